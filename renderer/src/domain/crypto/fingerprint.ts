/**
 * The one place a certificate fingerprint is computed, formatted, read back from what a person typed, and
 * compared. Trust rests on the whole SHA-256 value (256 bits): there is deliberately no short form here that a
 * trust decision could lean on, because a chosen 32-bit suffix can be ground on ordinary hardware.
 */
import { sha256Bytes, toHex } from './bytes';
import { failure, success, type Result } from '../result';

/** Hex characters in a SHA-256 fingerprint. */
export const FINGERPRINT_HEX_LENGTH = 64;
/** Hex characters per group when a fingerprint is shown for reading aloud (16 groups of 4). */
export const FINGERPRINT_GROUP_LENGTH = 4;

/** A certificate's SHA-256 fingerprint in the two forms the app stores and exchanges. */
export type Fingerprint = {
  /** Uppercase hex pairs joined by colons, as `openssl x509 -fingerprint -sha256` prints it. */
  colon: string;
  /** 64 lowercase hex characters, for storage, manifests and comparisons. */
  compact: string;
};

/** SHA-256 fingerprint of a DER-encoded certificate (over exactly these bytes). */
export async function fingerprintOf(der: Uint8Array): Promise<Fingerprint> {
  const compact = toHex(await sha256Bytes(der));
  return { compact, colon: colonFingerprint(compact) };
}

function hexOnly(text: string): string {
  return text.replace(/[\s:]/g, '').toUpperCase();
}

/** The openssl form "AB:CD:…" of a fingerprint given in any of the forms {@link normalizeFingerprint} reads. */
export function colonFingerprint(hex: string): string {
  return (hexOnly(hex).match(/.{1,2}/g) ?? []).join(':');
}

/** The fingerprint as 16 groups of 4 uppercase hex characters, the form read aloud over the phone. */
export function fingerprintGroups(hex: string): string[] {
  return hexOnly(hex).match(new RegExp(`.{1,${FINGERPRINT_GROUP_LENGTH}}`, 'g')) ?? [];
}

/** "ABCD EF01 …": {@link fingerprintGroups} joined by single spaces. */
export function groupedFingerprint(hex: string): string {
  return fingerprintGroups(hex).join(' ');
}

/** Groups shown where a table has no room for all 16: 8 groups are 128 bits, never less. */
export const FINGERPRINT_START_GROUPS = 8;

/**
 * The first 128 bits, grouped, with an ellipsis ("ABCD EF01 … 6789…"): context that tells signers apart in a
 * list. It is labelled as a beginning wherever it is shown; trust is never decided on it.
 */
export function fingerprintStart(hex: string): string {
  return `${fingerprintGroups(hex).slice(0, FINGERPRINT_START_GROUPS).join(' ')}…`;
}

// openssl prints "sha256 Fingerprint=AB:CD:…" (older versions "SHA256 Fingerprint="); a pasted line is welcome.
const OPENSSL_PREFIX = /^\s*sha-?256\s+fingerprint\s*=/i;
const MAX_TYPED_LENGTH = 512;

/**
 * Reads a fingerprint as a person typed or pasted it: either case, spaces, tabs, line breaks and colons
 * anywhere, optionally the "sha256 Fingerprint=" prefix openssl prints. Returns 64 lowercase hex characters,
 * or null when the input is anything else (too short, too long, or other characters).
 */
export function normalizeFingerprint(input: string): string | null {
  if (input.length > MAX_TYPED_LENGTH) return null;
  const clean = input.replace(OPENSSL_PREFIX, '').replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(clean) ? clean : null;
}

/** Why a typed fingerprint does not confirm a certificate. */
export type FingerprintCheckCode = 'fingerprint-not-hex' | 'fingerprint-incomplete' | 'fingerprint-differs';

export const FINGERPRINT_CHECK_MESSAGES: Record<FingerprintCheckCode, string> = {
  'fingerprint-not-hex':
    'A fingerprint has only the characters 0–9 and A–F (spaces and colons between them are fine).',
  'fingerprint-incomplete':
    'Enter the whole fingerprint: 64 characters, 16 groups of 4. A part of it is not enough to tell certificates apart.',
  'fingerprint-differs':
    'This is not the fingerprint of this certificate. Do not trust the signer until the assessor reads you the fingerprint from their own app again.',
};

/**
 * Compares the whole fingerprint a person was given out of band with a certificate's (64 hex). Every one of
 * the 64 characters must match; the failure says which group differs first, to help find a typing slip.
 */
export function checkTypedFingerprint(
  expectedHex: string,
  typed: string,
): Result<true, FingerprintCheckCode> {
  const normalized = normalizeFingerprint(typed);
  if (normalized === null) {
    const clean = typed.replace(OPENSSL_PREFIX, '').replace(/[\s:]/g, '');
    const code = /^[0-9a-f]*$/i.test(clean) ? 'fingerprint-incomplete' : 'fingerprint-not-hex';
    return failure(code, FINGERPRINT_CHECK_MESSAGES[code]);
  }
  const expected = normalizeFingerprint(expectedHex);
  if (expected === normalized) return success(true);
  const typedGroups = fingerprintGroups(normalized);
  const differing = fingerprintGroups(expected ?? '').findIndex(
    (group, index) => group !== typedGroups[index],
  );
  const where = differing >= 0 ? ` The first difference is in group ${differing + 1} of 16.` : '';
  return failure('fingerprint-differs', `${FINGERPRINT_CHECK_MESSAGES['fingerprint-differs']}${where}`);
}

/** True when two fingerprints (in any form {@link normalizeFingerprint} reads) are the same full value. */
export function sameFingerprint(a: string, b: string): boolean {
  const left = normalizeFingerprint(a);
  return left !== null && left === normalizeFingerprint(b);
}
