/**
 * A framework pack installed from a file (v10 `packs`): the validated pack as the schema gave it, what its
 * signature said when it was installed (the trust state is looked up live by fingerprint), and the SHA-256 of
 * the pack's exact bytes. One schema for the repository and the backup's row check.
 */
import { z } from 'zod';
import { FrameworkPack } from '../domain/framework/pack-schema';

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
const TEXT = z.string().max(500);

export const PackSignatureRecord = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unsigned') }),
  z.object({
    kind: z.literal('signed'),
    fingerprint: SHA256_HEX,
    name: TEXT,
    organization: TEXT,
    certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----').max(8_000),
  }),
]);

export const PackRowSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  pack: FrameworkPack,
  packSha256: SHA256_HEX,
  signature: PackSignatureRecord,
  installedAt: z.iso.datetime({ offset: true }),
});
export type PackRow = z.infer<typeof PackRowSchema>;
