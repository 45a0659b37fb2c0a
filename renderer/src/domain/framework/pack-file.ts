/**
 * The pack file (`.airrpack`): one JSON envelope that carries the pack's exact bytes and, when signed, a
 * detached ECDSA P-256 / SHA-256 signature over those bytes and the publisher's self-signed certificate:
 *
 *   { "format": "airr-pack-file", "formatVersion": 1, "pack": <base64 of pack.json>,
 *     "signature": <base64 of the DER signature>, "signer": <certificate PEM> }
 *
 * The signature covers the pack's bytes, not a re-serialization, so `openssl dgst -sha256 -verify` checks it
 * by hand once the two fields are base64-decoded. A bare pack JSON (format "airr-framework-pack") is read too,
 * as unsigned. Reading is strict and ordered like a bundle import: size, JSON scan (duplicate keys, depth),
 * envelope shape, signature, then the pack's own JSON scan, schema and rules. Trust is the caller's decision
 * (the trust store is consulted live); this module only says whether the signature holds and whose it is.
 */
import { z } from 'zod';
import { fromBase64, fromUtf8, toBase64, toHex, utf8 } from '../crypto/bytes';
import { parseCertificate } from '../crypto/parse-certificate';
import { signDetached, verifyDetached } from '../crypto/sign';
import { scanStrictJson } from '../import/strict-json';
import { failure, success, type Result } from '../result';
import { loadPack } from './load-pack';
import { PACK_FORMAT_ID, type FrameworkPack } from './pack-schema';

export const PACK_FILE_FORMAT_ID = 'airr-pack-file';
export const PACK_FILE_FORMAT_VERSION = 1;
/** Far above any real pack (the built-in one is 58 kB), far below what would hurt the page. */
export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;
export const PACK_FILE_EXTENSION = '.airrpack';

const Base64 = z
  .string()
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'Expected padded base64.');

const PackFileEnvelope = z.strictObject({
  format: z.literal(PACK_FILE_FORMAT_ID),
  formatVersion: z.literal(PACK_FILE_FORMAT_VERSION),
  pack: Base64.max(MAX_PACK_FILE_BYTES),
  signature: Base64.max(200).optional(),
  signer: z.string().max(8_000).optional(),
});

/** Why a pack file was refused; each code has its own sentence. */
export type PackFileCode =
  | 'pack-file-too-large'
  | 'pack-file-not-json'
  | 'pack-file-unknown-format'
  | 'pack-file-newer-version'
  | 'pack-file-malformed'
  | 'pack-signature-incomplete'
  | 'pack-signer-invalid'
  | 'pack-signature-invalid'
  | 'pack-invalid';

/** Who signed a pack, as its certificate says; trust is looked up by `fingerprint`. */
export interface PackSigner {
  /** 64 lowercase hex: SHA-256 of the certificate's DER. */
  fingerprint: string;
  name: string;
  organization: string;
  certificatePem: string;
}

export type PackSignature = { kind: 'unsigned' } | ({ kind: 'signed' } & PackSigner);

/** A pack read from a file: validated, with its signature state and the SHA-256 of its exact bytes. */
export interface ReadPack {
  pack: FrameworkPack;
  signature: PackSignature;
  packSha256: string;
}

function parseJson(text: string, what: string): Result<unknown, PackFileCode> {
  const problem = scanStrictJson(text, what);
  if (problem) return failure('pack-file-not-json', `The pack file is refused: ${problem.message}`);
  try {
    return success(JSON.parse(text) as unknown);
  } catch {
    return failure('pack-file-not-json', `The pack file is refused: ${what} is not valid JSON.`);
  }
}

function decodeText(bytes: Uint8Array, what: string): Result<string, PackFileCode> {
  try {
    return success(fromUtf8(bytes));
  } catch {
    return failure('pack-file-not-json', `The pack file is refused: ${what} is not UTF-8 text.`);
  }
}

async function checkSignature(
  packBytes: Uint8Array,
  signature: Uint8Array | undefined,
  signer: string | undefined,
): Promise<Result<PackSignature, PackFileCode>> {
  if (signature === undefined && signer === undefined) return success({ kind: 'unsigned' });
  if (signature === undefined || signer === undefined)
    return failure(
      'pack-signature-incomplete',
      'The pack file is refused: it has a signature without a signer certificate, or a certificate without a signature.',
    );
  const certificate = await parseCertificate(signer);
  if (!certificate.ok)
    return failure(
      'pack-signer-invalid',
      `The pack file is refused: its signer certificate cannot be used (${certificate.message})`,
    );
  const valid = await verifyDetached(certificate.value, packBytes, signature);
  if (!valid)
    return failure(
      'pack-signature-invalid',
      'The pack file is refused: its signature does not match the pack (the pack was changed after it was signed, or signed with another key).',
    );
  const { subject, fingerprint } = certificate.value;
  return success({
    kind: 'signed',
    fingerprint: fingerprint.compact,
    name: subject.name,
    organization: subject.organization,
    certificatePem: signer,
  });
}

async function readPackBytes(
  packBytes: Uint8Array,
  signature: PackSignature,
): Promise<Result<ReadPack, PackFileCode>> {
  const text = decodeText(packBytes, 'the pack');
  if (!text.ok) return text;
  const json = parseJson(text.value, 'the pack');
  if (!json.ok) return json;
  const loaded = loadPack(json.value);
  if (!loaded.ok) return failure('pack-invalid', `The pack file is refused. ${loaded.message}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(packBytes)));
  return success({ pack: loaded.value, signature, packSha256: toHex(digest) });
}

/** Reads a pack file (or a bare pack JSON) strictly. Never throws; nothing is stored here. */
export async function readPackFile(bytes: Uint8Array): Promise<Result<ReadPack, PackFileCode>> {
  if (bytes.length > MAX_PACK_FILE_BYTES)
    return failure(
      'pack-file-too-large',
      `The pack file is refused: it is larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MiB.`,
    );
  const text = decodeText(bytes, 'the file');
  if (!text.ok) return text;
  const json = parseJson(text.value, 'the file');
  if (!json.ok) return json;
  const top = json.value as { format?: unknown; formatVersion?: unknown } | null;
  const format = typeof top === 'object' && top !== null ? top.format : undefined;
  if (format === PACK_FORMAT_ID) return readPackBytes(bytes, { kind: 'unsigned' });
  if (format !== PACK_FILE_FORMAT_ID)
    return failure(
      'pack-file-unknown-format',
      'The pack file is refused: it is neither an AIRR pack file (.airrpack) nor a framework pack JSON.',
    );
  if (typeof top?.formatVersion === 'number' && top.formatVersion > PACK_FILE_FORMAT_VERSION)
    return failure(
      'pack-file-newer-version',
      `The pack file is refused: it is format version ${top.formatVersion}; this app reads version ${PACK_FILE_FORMAT_VERSION}. Update the app.`,
    );
  const envelope = PackFileEnvelope.safeParse(json.value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return failure(
      'pack-file-malformed',
      `The pack file is refused: ${issue?.message ?? 'it is malformed'}${where}.`,
    );
  }
  const { pack, signature, signer } = envelope.data;
  let packBytes: Uint8Array;
  let signatureBytes: Uint8Array | undefined;
  try {
    packBytes = fromBase64(pack);
    signatureBytes = signature === undefined ? undefined : fromBase64(signature);
  } catch {
    return failure('pack-file-malformed', 'The pack file is refused: a base64 field cannot be decoded.');
  }
  const signed = await checkSignature(packBytes, signatureBytes, signer);
  if (!signed.ok) return signed;
  return readPackBytes(packBytes, signed.value);
}

/**
 * Writes a pack file around the pack's exact bytes, signed when a publisher key and certificate are given.
 * Used by tests and by whoever publishes packs; the app itself only reads them.
 */
export async function buildPackFile(
  packBytes: Uint8Array,
  publisher?: { signingKey: CryptoKey; certificatePem: string },
): Promise<Uint8Array> {
  const envelope: z.infer<typeof PackFileEnvelope> = {
    format: PACK_FILE_FORMAT_ID,
    formatVersion: PACK_FILE_FORMAT_VERSION,
    pack: toBase64(packBytes),
  };
  if (publisher) {
    envelope.signature = toBase64(await signDetached(publisher.signingKey, packBytes));
    envelope.signer = publisher.certificatePem;
  }
  return utf8(JSON.stringify(envelope, null, 2));
}
