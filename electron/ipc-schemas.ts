/**
 * Runtime schemas for every invoke payload (zod). The `satisfies` clause ties each schema to the contract's
 * request type, so contract and validation cannot drift apart.
 */
import { z } from 'zod';
import type { AutoBackupSkipReason, IpcChannel, IpcRequest } from './ipc-contract';
import {
  MAX_BACKUP_KEEP,
  MAX_OPEN_FILE_BYTES,
  MAX_READ_CHUNK_BYTES,
  MAX_SAVE_CHUNK_BYTES,
  MIN_BACKUP_KEEP,
} from './limits';

const extension = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/i, 'an extension is letters and digits, without a leading dot');
const token = z.string().regex(/^[0-9a-f]{32}$/, 'a token is 32 hex digits');
const chunk = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_SAVE_CHUNK_BYTES, 'a chunk is at most 16 MiB');
/** An X25519 age recipient; the renderer checks the checksum and that it is one of its saved recipients. */
export const AGE_RECIPIENT = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'a recipient is "age1…"');
export const SKIP_REASONS = [
  'no-identity',
  'identity-locked',
  'recipient-missing',
  'archive-failed',
  'write-failed',
] as const satisfies readonly AutoBackupSkipReason[];
const handshakeId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const IPC_SCHEMAS = {
  'app:info': z.undefined(),
  'save:begin': z.strictObject({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((name) => !/[\\/\0]/.test(name), 'a suggested name has no path separators'),
    extensions: z.array(extension).max(8),
  }),
  'save:chunk': z.strictObject({ token, bytes: chunk }),
  'save:commit': z.strictObject({ token }),
  'save:abort': z.strictObject({ token }),
  'file:open': z.strictObject({ extensions: z.array(extension).max(8), multiple: z.boolean() }),
  'file:read': z.strictObject({
    token,
    offset: z.number().int().min(0).max(MAX_OPEN_FILE_BYTES),
    length: z.number().int().min(1).max(MAX_READ_CHUNK_BYTES),
  }),
  'file:close': z.strictObject({ token }),
  'app:flush-done': z.strictObject({ id: handshakeId }),
  'backup:get-settings': z.undefined(),
  'backup:set-settings': z.strictObject({
    enabled: z.boolean(),
    keep: z.number().int().min(MIN_BACKUP_KEEP).max(MAX_BACKUP_KEEP),
    recipient: AGE_RECIPIENT.nullable(),
  }),
  'backup:choose-folder': z.undefined(),
  'backup:begin': z.undefined(),
  'backup:chunk': z.strictObject({ token, bytes: chunk }),
  'backup:commit': z.strictObject({ token }),
  'backup:abort': z.strictObject({ token }),
  'backup:skipped': z.strictObject({ reason: z.enum(SKIP_REASONS) }),
  'backup:request-done': z.strictObject({ id: handshakeId }),
} satisfies { [C in IpcChannel]: z.ZodType<IpcRequest<C>> };
