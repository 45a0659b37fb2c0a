/** The stable failure codes of bundle import, each with the one sentence the UI shows for it. */
import type { Failure, Result } from '../result';

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
  // Container strictness: a bundle is exactly what the exporter (bundle/zip-writer.ts) writes.
  'zip-prefix',
  'zip-trailing-bytes',
  'zip-comment',
  'zip-gap',
  'zip64-unsupported',
  'zip64-malformed',
  'zip64-unneeded',
  'zip64-mismatch',
  'non-canonical-zip',
  'header-mismatch',
  'size-mismatch',
  'crc-mismatch',
  'encrypted-entry',
  'unsupported-compression',
  'unexpected-zip-flags',
  'unexpected-extra-field',
  'symlink-entry',
  'special-mode-bits',
  'directory-entry',
  'unexpected-file-mode',
  // Signed text in the documented form only.
  'non-canonical-signature',
  'sha256sums-bom',
  'sha256sums-line-ending',
  'sha256sums-no-final-newline',
  'sha256sums-duplicate',
  'sha256sums-unsorted',
  'sha256sums-malformed',
  'duplicate-json-key',
  'json-too-deep',
  'non-canonical-json',
  // Every part verified.
  'journal-broken',
  'report-unsigned',
  'report-signature-invalid',
  'report-signer-mismatch',
  'report-digest-mismatch',
  'redaction-inconsistent',
  'wrong-bundle-kind',
  // Work packages (bundle/work-package-check.ts): signed by the one their role names.
  'work-package-wrong-signer',
  // Supplier bundles (domain/supplier): manifest, document and attachment files must agree.
  'supplier-digest-mismatch',
  'supplier-id-mismatch',
  'supplier-attachment-count',
  'supplier-attachment-mismatch',
] as const;
export type VerifyCode = (typeof VERIFY_CODES)[number];

/**
 * Codes of {@link openSealed}, one per cause: what the user can fix with another key (the first three),
 * a file that is damaged or cut short, one too large to open here, and a file that is not sealed at all.
 */
export const SEALED_CODES = [
  'key-required',
  'invalid-key',
  'wrong-key',
  'sealed-damaged',
  'sealed-too-large',
  'not-sealed',
] as const;
export type SealedCode = (typeof SEALED_CODES)[number];

/** The sealed-file codes a different key or passphrase can fix: the import screen asks again. */
export const KEY_CODES = [
  'key-required',
  'invalid-key',
  'wrong-key',
] as const satisfies readonly SealedCode[];
export type KeyCode = (typeof KEY_CODES)[number];

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
  'zip-prefix': 'The bundle has bytes before its first ZIP entry, which the exporter never writes.',
  'zip-trailing-bytes': 'The bundle has bytes after the end of its ZIP archive.',
  'zip-comment': 'The bundle carries a ZIP comment, which the exporter never writes.',
  'zip-gap': 'The bundle has bytes between its ZIP records that belong to no file.',
  'zip64-unsupported':
    'The bundle uses a ZIP64 variant the exporter never writes (several disks, or an extended end record).',
  'zip64-malformed': 'The bundle’s ZIP64 records are incomplete or malformed.',
  'zip64-unneeded':
    'The bundle uses ZIP64 for a value that fits its ordinary field, which the exporter never does.',
  'zip64-mismatch': 'The bundle’s ZIP64 records disagree with each other or with the ordinary ZIP records.',
  'non-canonical-zip': 'The ZIP records are not in the form the exporter writes.',
  'header-mismatch': 'A ZIP entry describes itself differently in its local header and in the ZIP directory.',
  'size-mismatch': 'A ZIP entry declares a size that differs from its contents or from its other records.',
  'crc-mismatch': 'A file in the bundle does not match its ZIP CRC-32 checksum.',
  'encrypted-entry': 'A file in the bundle is marked as encrypted, which the exporter never does.',
  'unsupported-compression': 'A file in the bundle uses a compression method the exporter never uses.',
  'unexpected-zip-flags': 'A ZIP entry sets flags the exporter never sets.',
  'unexpected-extra-field': 'A ZIP entry carries extra fields the exporter never writes.',
  'symlink-entry': 'The bundle contains a symbolic link, which the exporter never writes.',
  'special-mode-bits': 'A file in the bundle has setuid, setgid or sticky mode bits.',
  'directory-entry': 'The bundle contains a directory entry, which the exporter never writes.',
  'unexpected-file-mode': 'A file in the bundle is not marked as a plain rw-r--r-- file.',
  'non-canonical-signature':
    'SHA256SUMS.sig is not a strict DER ECDSA signature, so stock tools such as openssl would refuse it.',
  'sha256sums-bom': 'SHA256SUMS starts with a byte order mark, which the exporter never writes.',
  'sha256sums-line-ending': 'SHA256SUMS has carriage returns; its lines end in a line feed only.',
  'sha256sums-no-final-newline': 'SHA256SUMS does not end with a line feed.',
  'sha256sums-duplicate': 'SHA256SUMS lists the same file twice.',
  'sha256sums-unsorted': 'SHA256SUMS is not sorted by file name in byte order, as the exporter writes it.',
  'sha256sums-malformed':
    'SHA256SUMS has a line that is not a lowercase SHA-256, two spaces and the name of a bundle file.',
  'duplicate-json-key': 'A JSON file in the bundle repeats a key, so two readers could see different values.',
  'json-too-deep': 'A JSON file in the bundle nests deeper than any assessment does.',
  'non-canonical-json': 'A JSON file in the bundle is not in the canonical form the exporter writes.',
  'journal-broken': 'The change journal of the assessment is not an intact hash chain.',
  'report-unsigned': 'report.pdf does not carry a PDF signature in the form the exporter writes.',
  'report-signature-invalid': 'The PDF signature of report.pdf does not match the report.',
  'report-signer-mismatch': 'report.pdf was signed by a different certificate than the bundle.',
  'report-digest-mismatch':
    'report.pdf names a different assessment digest than the SHA-256 of assessment.json.',
  'redaction-inconsistent':
    'A redacted bundle’s manifest, assessment data and files disagree about what was removed.',
  'wrong-bundle-kind': 'This file is not an assessment bundle, so it cannot be imported here.',
  'work-package-wrong-signer':
    'A work package is signed by someone other than its lead (hand-out) or its assigned assessor (return).',
  'supplier-digest-mismatch':
    'The manifest records a different SHA-256 for the request or response than the one in the bundle.',
  'supplier-id-mismatch': 'The manifest and the request or response name different ids.',
  'supplier-attachment-count': 'The manifest counts a different number of attachments than the bundle holds.',
  'supplier-attachment-mismatch':
    'The response lists attachments that differ from the files in the bundle (missing, extra or another size).',
  'key-required': 'Give the private key or the passphrase to open this sealed bundle.',
  'invalid-key': 'The private key is not an age identity (AGE-SECRET-KEY-1…).',
  'wrong-key': 'The key or passphrase does not open this sealed bundle: it is sealed to another.',
  'sealed-damaged':
    'The sealed bundle is damaged or cut short: it fails age’s integrity check. Ask for a new copy.',
  'sealed-too-large': 'The sealed bundle is larger than this app can open.',
  'not-sealed': 'The file is not a sealed (age-encrypted) bundle.',
};

/** A rejected bundle: a code, a sentence naming what was wrong and, where known, the file and field. */
export type VerifyFailure = Failure<VerifyCode> & { file?: string; path?: string };

/** A step of verification: its value, or the bundle's rejection (a Result whose failure may name a file). */
export type Verified<T> = Result<T, VerifyCode, VerifyFailure>;

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
