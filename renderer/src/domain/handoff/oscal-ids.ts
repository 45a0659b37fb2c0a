import { sha256 } from '@noble/hashes/sha2.js';
import { utf8 } from '../crypto/bytes';

/**
 * A name-based UUID: SHA-256 of "<assessment id>\n<item key>", truncated to 128 bits with the version (5) and
 * RFC 4122 variant bits set. OSCAL asks for the same UUID for the same subject across revisions, so the key
 * never includes the revision, and exporting one revision twice gives identical output.
 */
export function stableUuid(assessmentId: string, key: string): string {
  const bytes = sha256(utf8(`${assessmentId}\n${key}`)).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An OSCAL token (XML NCName): characters outside letters, digits, ".", "-", "_" become "_". */
export function oscalToken(text: string): string {
  const cleaned = text.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** An OSCAL string: non-empty, no leading, trailing or repeated whitespace; null when nothing is left. */
export function oscalString(text: string): string | null {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}

/** An OSCAL date-time (UTC) from an ISO timestamp or a yyyy-mm-dd date. */
export function oscalDateTime(value: string, endOfDay = false): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${endOfDay ? '23:59:59' : '00:00:00'}Z` : value;
  return new Date(iso).toISOString();
}

/** Namespace of this app's OSCAL props (a name, never fetched). */
export const AIRR_NS = 'urn:airr-assessor:oscal';

export type OscalProp = { name: string; value: string; ns: string; class?: string };

/** Props for the non-empty values only (OSCAL forbids empty prop values). */
export function props(values: Record<string, string | null | undefined>): OscalProp[] | undefined {
  const list: OscalProp[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const value = raw === null || raw === undefined ? null : oscalString(raw);
    if (value) list.push({ name: oscalToken(name), value, ns: AIRR_NS });
  }
  return list.length > 0 ? list : undefined;
}
