/**
 * Optional sealing of a finished bundle for transport, in the age format (age-encryption.org/v1), so the
 * security team opens it with stock `age -d`. age-encryption encrypts ReadableStreams chunk by chunk
 * (64 KiB STREAM segments), so sealing a large bundle does not need it in memory.
 */
import { Encrypter } from 'age-encryption';
import { failure, success, type Result } from '../result';
import { parseAgeRecipient, type RecipientErrorCode } from './age-recipient';

export const SEALED_EXTENSION = '.airr.age';
export const MIN_SEAL_PASSPHRASE_LENGTH = 12;

/** Either public-key recipients (X25519 "age1…") or one passphrase (scrypt). age allows only one of the two. */
export type SealTarget = { recipients: readonly string[] } | { passphrase: string };

export type SealErrorCode = RecipientErrorCode | 'no-recipient' | 'weak-passphrase';

function encrypterFor(target: SealTarget): Result<Encrypter, SealErrorCode> {
  const encrypter = new Encrypter();
  if ('passphrase' in target) {
    if (target.passphrase.length < MIN_SEAL_PASSPHRASE_LENGTH) {
      return failure(
        'weak-passphrase',
        `Use a passphrase of at least ${MIN_SEAL_PASSPHRASE_LENGTH} characters to seal a bundle.`,
      );
    }
    encrypter.setPassphrase(target.passphrase);
    return success(encrypter);
  }
  if (target.recipients.length === 0) return failure('no-recipient', 'Add at least one age recipient.');
  for (const text of target.recipients) {
    const recipient = parseAgeRecipient(text);
    if (!recipient.ok) return recipient;
    encrypter.addRecipient(recipient.value);
  }
  return success(encrypter);
}

/** Encrypts a bundle stream to the target; the output stream is a complete binary age file. */
export async function sealStream(
  bundle: ReadableStream<Uint8Array>,
  target: SealTarget,
): Promise<Result<ReadableStream<Uint8Array>, SealErrorCode>> {
  const encrypter = encrypterFor(target);
  if (!encrypter.ok) return encrypter;
  return success(await encrypter.value.encrypt(bundle));
}

/** Encrypts bytes already in memory (small bundles, tests). */
export async function sealBytes(
  bundle: Uint8Array,
  target: SealTarget,
): Promise<Result<Uint8Array, SealErrorCode>> {
  const encrypter = encrypterFor(target);
  if (!encrypter.ok) return encrypter;
  return success(await encrypter.value.encrypt(bundle));
}
