/** The stable failure codes of bundle import, each with the one sentence the UI shows for it. */
import type { Failure } from '../result';

export const VERIFY_CODES = [
  'not-a-zip',
  'truncated',
  'missing-file',
  'unlisted-file',
  'hash-mismatch',
  'bad-signature',
  'fingerprint-mismatch',
  'unknown-format-version',
  'schema-violation',
  'too-large',
  'zip-bomb',
  'unsafe-path',
  'duplicate-entry',
] as const;
export type VerifyCode = (typeof VERIFY_CODES)[number];

/** Codes of {@link openSealed}. */
export type SealedCode = 'wrong-key' | 'not-sealed';

/** One plain sentence per code, for lists and logs; a failure's own message adds the file or field. */
export const VERIFY_SENTENCES: Readonly<Record<VerifyCode | SealedCode, string>> = {
  'not-a-zip': 'The file is not a bundle: it is not a well-formed ZIP archive.',
  truncated: 'The bundle is incomplete: it ends before all of its contents.',
  'missing-file': 'The bundle is missing a file it must contain.',
  'unlisted-file': 'The bundle contains a file that its signed checksum list does not cover.',
  'hash-mismatch': 'A file in the bundle was changed after the bundle was signed.',
  'bad-signature': 'The signature does not match the bundle contents and the signer certificate.',
  'fingerprint-mismatch': 'The manifest names a different signer than the certificate in the bundle.',
  'unknown-format-version': 'The bundle was made in a format this version of the app cannot read.',
  'schema-violation': 'The bundle contents do not follow the assessment format.',
  'too-large': 'The bundle is larger than this app accepts.',
  'zip-bomb': 'The bundle expands far beyond its size, which only a malicious archive does.',
  'unsafe-path': 'The bundle contains a file name that is unsafe or not part of the bundle layout.',
  'duplicate-entry': 'The bundle contains the same file name twice.',
  'wrong-key': 'The key or passphrase does not open this sealed bundle, or the file is damaged.',
  'not-sealed': 'The file is not a sealed (age-encrypted) bundle.',
};

/** A rejected bundle: a code, a sentence naming what was wrong and, where known, the file and field. */
export type VerifyFailure = Failure<VerifyCode> & { file?: string; path?: string };

/** Builds a {@link VerifyFailure}. */
export function reject(
  code: VerifyCode,
  message: string,
  where: { file?: string; path?: string } = {},
): VerifyFailure {
  return { ok: false, code, message, ...where };
}

/** A file name as it may appear in a message: quoted, control characters escaped, length capped. */
export function shownName(name: string): string {
  const escaped = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  return `“${escaped.slice(1, -1)}”`;
}
