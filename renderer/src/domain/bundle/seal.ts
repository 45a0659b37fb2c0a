/**
 * Optional sealing of a finished bundle for transport, in the age format (age-encryption.org/v1), so the
 * security team opens it with stock `age -d`. The age library writes the header (recipient stanzas, MAC and
 * payload nonce); the payload, which is nearly all the work, is encrypted here in 64 KiB STREAM chunks by a
 * {@link CreatePayloadCipher} (libsodium, in workers when the caller passes them; see age-payload.ts), because
 * the library's own JavaScript ChaCha20 runs at a fraction of `age -e`'s speed. To do that, the file key is
 * taken as the library hands it to the recipients: one extra recipient that writes no stanza keeps it, and the
 * passphrase stanza is made here (the same scrypt recipe and work factor as the library's own).
 */
import { Encrypter, Stanza, type Recipient } from 'age-encryption';
import { hkdf } from '@noble/hashes/hkdf.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import sodium from 'libsodium-wrappers';
import { toBase64, utf8 } from '../crypto/bytes';
import { failure, success, type Result } from '../result';
import { parseAgeRecipient, type RecipientErrorCode } from './age-recipient';
import {
  agePayload,
  agePayloadOfBlob,
  AGE_TAG_BYTES,
  sodiumPayloadCipher,
  type CreatePayloadCipher,
  type PayloadCipher,
} from './age-payload';
import { chunksOfSource } from './byte-source';

export const SEALED_EXTENSION = '.airr.age';
export const MIN_SEAL_PASSPHRASE_LENGTH = 12;
/** scrypt's work factor (log2 N) for a passphrase, as the age library and `age -p` use. */
const SCRYPT_LOG_N = 18;
const NONCE_BYTES = 16;

/** Either public-key recipients (X25519 "age1…") or one passphrase (scrypt). age allows only one of the two. */
export type SealTarget = { recipients: readonly string[] } | { passphrase: string };

export type SealErrorCode = RecipientErrorCode | 'no-recipient' | 'weak-passphrase';

/** Keeps the file key the library draws for this file; adds nothing to the header. */
class FileKeyKeeper implements Recipient {
  fileKey: Uint8Array | null = null;
  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    this.fileKey = fileKey.slice();
    return [];
  }
}

/** The passphrase stanza of age-encryption.org/v1: scrypt over the label and a random salt wraps the key. */
class ScryptStanza implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly keeper: FileKeyKeeper,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    this.keeper.wrapFileKey(fileKey);
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const label = utf8('age-encryption.org/v1/scrypt');
    const labelAndSalt = new Uint8Array(label.length + salt.length);
    labelAndSalt.set(label);
    labelAndSalt.set(salt, label.length);
    const key = await scryptAsync(this.passphrase, labelAndSalt, {
      N: 2 ** SCRYPT_LOG_N,
      r: 8,
      p: 1,
      dkLen: 32,
    });
    await sodium.ready;
    const body = sodium.crypto_aead_chacha20poly1305_ietf_encrypt(
      fileKey,
      null,
      null,
      new Uint8Array(12),
      key,
    );
    key.fill(0);
    const unpadded = toBase64(salt).replace(/=+$/, '');
    return [new Stanza(['scrypt', unpadded, String(SCRYPT_LOG_N)], body)];
  }
}

function encrypterFor(target: SealTarget, keeper: FileKeyKeeper): Result<Encrypter, SealErrorCode> {
  const encrypter = new Encrypter();
  if ('passphrase' in target) {
    if (target.passphrase.length < MIN_SEAL_PASSPHRASE_LENGTH) {
      return failure(
        'weak-passphrase',
        `Use a passphrase of at least ${MIN_SEAL_PASSPHRASE_LENGTH} characters to seal a bundle.`,
      );
    }
    encrypter.addRecipient(new ScryptStanza(target.passphrase, keeper));
    return success(encrypter);
  }
  if (target.recipients.length === 0) return failure('no-recipient', 'Add at least one age recipient.');
  for (const text of target.recipients) {
    const recipient = parseAgeRecipient(text);
    if (!recipient.ok) return recipient;
    encrypter.addRecipient(recipient.value);
  }
  encrypter.addRecipient(keeper);
  return success(encrypter);
}

/**
 * The header and payload nonce of a new age file, and its payload key. The library seals an empty file: that
 * is the header, the 16-byte nonce and one empty final chunk (its 16-byte tag), which is dropped.
 */
async function startAgeFile(
  target: SealTarget,
): Promise<Result<{ head: Uint8Array; payloadKey: Uint8Array }, SealErrorCode>> {
  const keeper = new FileKeyKeeper();
  const encrypter = encrypterFor(target, keeper);
  if (!encrypter.ok) return encrypter;
  const empty = await encrypter.value.encrypt(new Uint8Array(0));
  const head = empty.subarray(0, empty.length - AGE_TAG_BYTES);
  const fileKey = keeper.fileKey;
  if (!fileKey) throw new Error('The age library did not hand out a file key.');
  const nonce = head.subarray(head.length - NONCE_BYTES);
  const payloadKey = hkdf(sha256, fileKey, nonce, utf8('payload'), 32);
  fileKey.fill(0);
  return success({ head, payloadKey });
}

/**
 * Encrypts a bundle stream to the target; the output stream is a complete binary age file. Pulled by the
 * consumer, so a slow disk throttles encryption; canceling it cancels the bundle.
 */
export async function sealStream(
  bundle: ReadableStream<Uint8Array>,
  target: SealTarget,
  createCipher: CreatePayloadCipher = sodiumPayloadCipher,
): Promise<Result<ReadableStream<Uint8Array>, SealErrorCode>> {
  return sealedFile(
    target,
    createCipher,
    (cipher) => agePayload(chunksOfSource(bundle), cipher),
    (reason) => bundle.cancel(reason).catch(() => undefined),
  );
}

/**
 * Encrypts a bundle that is one Blob (its parts, stored evidence among them by reference) to the target: the
 * age header, then each 4 MiB job sealed from a slice of it by the cipher (in workers, which read the slice
 * and hand the ciphertext over), in order. No plaintext passes through this thread's memory.
 */
export function sealBlobStream(
  bundle: Blob,
  target: SealTarget,
  createCipher: CreatePayloadCipher = sodiumPayloadCipher,
): Promise<Result<ReadableStream<Uint8Array>, SealErrorCode>> {
  return sealedFile(target, createCipher, (cipher) => agePayloadOfBlob(bundle, cipher));
}

/**
 * A complete binary age file as a pull stream: the header, then the payload `payloadOf` makes with the file's
 * cipher. Canceling it ends the payload (which disposes the cipher), then runs `onCancel`.
 */
async function sealedFile(
  target: SealTarget,
  createCipher: CreatePayloadCipher,
  payloadOf: (cipher: PayloadCipher) => AsyncGenerator<Uint8Array>,
  onCancel: (reason: unknown) => Promise<void> = () => Promise.resolve(),
): Promise<Result<ReadableStream<Uint8Array>, SealErrorCode>> {
  const started = await startAgeFile(target);
  if (!started.ok) return started;
  const { head, payloadKey } = started.value;
  const cipher = await createCipher(payloadKey);
  payloadKey.fill(0);
  const payload = payloadOf(cipher);
  let headSent = false;
  return success(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!headSent) {
          headSent = true;
          controller.enqueue(head);
          return;
        }
        try {
          const next = await payload.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel(reason) {
        await payload.return(undefined);
        await onCancel(reason);
      },
    }),
  );
}

/** Encrypts bytes already in memory (small bundles, backups, tests). */
export async function sealBytes(
  bundle: Uint8Array,
  target: SealTarget,
  createCipher: CreatePayloadCipher = sodiumPayloadCipher,
): Promise<Result<Uint8Array, SealErrorCode>> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bundle);
      controller.close();
    },
  });
  const sealed = await sealStream(source, target, createCipher);
  if (!sealed.ok) return sealed;
  return success(new Uint8Array(await new Response(sealed.value).arrayBuffer()));
}
