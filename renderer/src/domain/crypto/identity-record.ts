/**
 * The stored form of an assessor identity, apart from the code that makes one, so storage can validate
 * records without loading certificate and key-generation code (pkijs) at start-up.
 */
import { z } from 'zod';
import { WrappedKey } from './key-wrap';

export const IDENTITY_FORMAT_ID = 'airr-identity';

export const EMAIL = z.union([z.literal(''), z.email().max(254)]);

/** An assessor identity as storage keeps it. */
export const IdentityRecord = z.object({
  format: z.literal(IDENTITY_FORMAT_ID),
  formatVersion: z.literal(1),
  id: z.uuid(),
  name: z.string().min(1).max(200),
  organization: z.string().max(200),
  email: EMAIL,
  createdAt: z.iso.datetime({ offset: true }),
  certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  /** SHA-256 of the certificate DER, 64 lowercase hex characters. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  key: WrappedKey,
});
export type IdentityRecord = z.infer<typeof IdentityRecord>;
