/**
 * Sealed bundles (.airr.age): the whole .airr encrypted with age to an X25519 recipient or a passphrase, so
 * `age -d` opens it without the app. Opening only decrypts; the result goes through verifyBundle like any
 * other bundle.
 *
 * Each failure says its real cause, because the remedy differs: no key, a string that is not an age key, or
 * a key the file was not sealed to (try another key); a file whose header or content fails age's
 * authentication, or that ends early (get a new copy: a key that opens the header proves the key right);
 * a file too large to open in memory (open it with `age -d` and import the .airr). The file is decrypted
 * as a stream from the file itself into one buffer of the plaintext's exact size, so only the plaintext is
 * ever held, once.
 */
import { Decrypter, armor } from 'age-encryption';
import { fromUtf8 } from '../crypto/bytes';
import { failure, success, type Failure, type Result } from '../result';
import { MAX_BUNDLE_BYTES } from '../size-limits';
import { VERIFY_SENTENCES, type SealedCode } from './verify-codes';

/** Plaintext bytes decrypted between two turns of the event loop. */
const PAUSE_EVERY_BYTES = 4 * 2 ** 20;
const BINARY_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_MAGIC = '-----BEGIN AGE ENCRYPTED FILE-----';

/** The key material a sealed bundle may be opened with; give either or both. */
export type SealedKey = { identity?: string; passphrase?: string };

/** A sealed file to open without reading it into memory first (a Blob or File). */
export type SealedFile = { readonly size: number; stream(): ReadableStream<Uint8Array> };

/** The decrypted bundle bytes, or why the file could not be opened. */
export type OpenSealedResult = Result<Uint8Array, SealedCode>;

export type OpenSealedOptions = {
  /** The largest plaintext opened; the largest bundle by default. */
  maxBytes?: number;
  /** The first bytes of a {@link SealedFile}, to tell binary from armored (read by the caller anyway). */
  head?: Uint8Array;
};

function startsWithText(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  return [...text].every((char, i) => bytes[i] === char.charCodeAt(0));
}

/** True when the bytes look like an age file (binary or ASCII-armored). */
export function isSealed(bytes: Uint8Array): boolean {
  return startsWithText(bytes, BINARY_MAGIC) || startsWithText(bytes, ARMOR_MAGIC);
}

const fail = (code: SealedCode, detail?: string): Failure<SealedCode> =>
  failure(code, detail ? `${VERIFY_SENTENCES[code]} ${detail}` : VERIFY_SENTENCES[code]);

function tooLarge(bytes: number, maxBytes: number): Failure<SealedCode> {
  const gib = (n: number) => (n / 2 ** 30).toFixed(1);
  return fail(
    'sealed-too-large',
    `It holds ${gib(bytes)} GiB; at most ${gib(maxBytes)} GiB open here. Open it with “age -d” and import the .airr file it gives.`,
  );
}

/**
 * What a failure while the header was read means. age reports a key that opens none of the file's stanzas
 * (an X25519 identity sealed to someone else, or a wrong passphrase: scrypt stanzas authenticate the
 * passphrase) as "no identity matched"; everything else there is a header that does not parse or fails its
 * MAC, or ends early. (A changed recipient stanza looks exactly like one for another key: age cannot tell.)
 */
function headerFailure(error: unknown): Failure<SealedCode> {
  if (error instanceof RangeError) return fail('sealed-too-large');
  const message = error instanceof Error ? error.message : String(error);
  if (/no identity matched/i.test(message)) return fail('wrong-key');
  return fail('sealed-damaged', 'Its header cannot be read.');
}

function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The sealed file as binary age: armored text is decoded first (armored files are read whole). */
async function binaryOf(
  input: Uint8Array | SealedFile,
  head: Uint8Array,
): Promise<Result<{ stream: ReadableStream<Uint8Array>; size: number }, SealedCode>> {
  if (!startsWithText(head, ARMOR_MAGIC)) {
    if (input instanceof Uint8Array) return success({ stream: bytesStream(input), size: input.length });
    return success({ stream: input.stream(), size: input.size });
  }
  try {
    const text =
      input instanceof Uint8Array ? input : new Uint8Array(await new Response(input.stream()).arrayBuffer());
    const binary = armor.decode(fromUtf8(text));
    return success({ stream: bytesStream(binary), size: binary.length });
  } catch {
    return fail('sealed-damaged', 'Its ASCII armor is broken.');
  }
}

/** A sealed file whose header a key opened: its plaintext as a stream, and how long that will be. */
export type OpenedSealed = { plaintext: ReadableStream<Uint8Array>; size: number };

/** Where plaintext goes: each write is awaited, so a slow sink throttles decryption. */
export type PlaintextSink = (chunk: Uint8Array) => void | Promise<void>;

/**
 * Decrypts the plaintext into `sink` chunk by chunk, and checks it is complete. Any failure after the header
 * opened is damage (or a sink that failed, which the caller reports itself, as the exception is rethrown).
 */
export async function pumpPlaintext(
  opened: OpenedSealed,
  sink: PlaintextSink,
): Promise<Result<number, SealedCode>> {
  const reader = opened.plaintext.getReader();
  let filled = 0;
  let pause = PAUSE_EVERY_BYTES;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        return fail('sealed-damaged', `Its content fails the check after ${filled} bytes.`);
      }
      if (next.done) break;
      if (filled + next.value.length > opened.size)
        return fail('sealed-damaged', 'It holds more than its size says.');
      await sink(next.value);
      filled += next.value.length;
      // Decryption runs on this thread: give the page a turn now and then.
      if (filled >= pause) {
        pause = filled + PAUSE_EVERY_BYTES;
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
  if (filled !== opened.size) return fail('sealed-damaged', 'It ends before its content does.');
  return success(filled);
}

/**
 * Opens a sealed bundle's header with an age identity (`AGE-SECRET-KEY-1…`) and/or a passphrase and returns
 * its plaintext as a stream, not yet decrypted (see {@link pumpPlaintext}). Every failure has its own code
 * (see the header of this file). Never throws.
 */
export async function openSealedStream(
  input: Uint8Array | SealedFile,
  key: SealedKey,
  options: OpenSealedOptions = {},
): Promise<Result<OpenedSealed, SealedCode>> {
  const head = input instanceof Uint8Array ? input : (options.head ?? new Uint8Array());
  if (!isSealed(head)) return fail('not-sealed');
  const identity = key.identity?.trim();
  if (!identity && !key.passphrase) return fail('key-required');
  const decrypter = new Decrypter();
  try {
    if (identity) decrypter.addIdentity(identity);
  } catch {
    return fail('invalid-key');
  }
  if (key.passphrase) decrypter.addPassphrase(key.passphrase);
  const binary = await binaryOf(input, head);
  if (!binary.ok) return binary;
  let plaintext: ReadableStream<Uint8Array> & { size(ciphertextSize: number): number };
  try {
    plaintext = await decrypter.decrypt(binary.value.stream);
  } catch (error) {
    return headerFailure(error);
  }
  let size: number;
  try {
    size = plaintext.size(binary.value.size);
  } catch {
    await plaintext.cancel().catch(() => undefined);
    return fail('sealed-damaged', 'Its length is not one an age file can have, so it was cut short.');
  }
  const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
  if (size > maxBytes) {
    await plaintext.cancel().catch(() => undefined);
    return tooLarge(size, maxBytes);
  }
  return success({ plaintext, size });
}

/**
 * Decrypts a sealed bundle (its bytes, or the file itself, streamed) into one buffer of exactly the
 * plaintext's size. Every failure has its own code (see the header). Never throws.
 */
export async function openSealed(
  input: Uint8Array | SealedFile,
  key: SealedKey,
  options: OpenSealedOptions = {},
): Promise<OpenSealedResult> {
  const opened = await openSealedStream(input, key, options);
  if (!opened.ok) return opened;
  let out: Uint8Array;
  try {
    out = new Uint8Array(opened.value.size);
  } catch {
    await opened.value.plaintext.cancel().catch(() => undefined);
    return tooLarge(opened.value.size, options.maxBytes ?? MAX_BUNDLE_BYTES);
  }
  let at = 0;
  const pumped = await pumpPlaintext(opened.value, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return pumped.ok ? success(out) : pumped;
}
