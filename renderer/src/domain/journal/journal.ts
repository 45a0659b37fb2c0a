/**
 * The change journal is a hash chain: each entry's hash covers its content and the previous entry's hash, so
 * editing, removing or reordering entries breaks the chain at a specific seq. Hashing is synchronous
 * (@noble/hashes, not WebCrypto) because entries are appended inside IndexedDB transactions, which commit as
 * soon as the code awaits something outside the transaction.
 *
 * The chain cannot detect entries cut off the end; the signed bundle covers that.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { JournalEntry } from '../assessment/model';
import { DONE, failure, type Failure, type Result } from '../result';
import { canonicalJson } from './canonical-json';

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);
/** seq of the first entry. */
export const FIRST_SEQ = 1;

/** What changed, as the caller describes it. */
export interface JournalChange {
  at: string;
  actor: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** An intact chain, or the first entry (by seq) where it breaks. */
export type JournalVerdict = Result<
  undefined,
  'journal-broken',
  Failure<'journal-broken'> & { atSeq: number }
>;

type Hashable = Pick<JournalEntry, 'seq' | 'at' | 'actor' | 'field' | 'oldValue' | 'newValue' | 'prevHash'>;

/**
 * SHA-256 (lower-case hex) of the canonical JSON of an entry's fields other than `hash`. Only the journal's
 * own fields are covered, so a storage row carrying extra keys (such as its assessment id) hashes the same.
 */
export function journalEntryHash(entry: Hashable): string {
  const { seq, at, actor, field, oldValue, newValue, prevHash } = entry;
  const text = canonicalJson({ seq, at, actor, field, oldValue, newValue, prevHash });
  return bytesToHex(sha256(utf8ToBytes(text)));
}

// Values are stored as their canonical JSON round trip: later mutation by the caller cannot alter a hashed
// entry, and the entry reads back from JSON exactly as it was hashed. Undefined becomes null for the same reason.
function frozenCopy(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(canonicalJson(value));
}

/**
 * Builds the entry that follows `prev` (or the first entry when `prev` is undefined). Synchronous so it can
 * run inside an IndexedDB transaction.
 * @throws CanonicalJsonError when a value cannot be represented as JSON (e.g. NaN).
 */
export function appendEntry(
  prev: Pick<JournalEntry, 'seq' | 'hash'> | undefined,
  change: JournalChange,
): JournalEntry {
  const body: Hashable = {
    seq: prev ? prev.seq + 1 : FIRST_SEQ,
    at: change.at,
    actor: change.actor,
    field: change.field,
    oldValue: frozenCopy(change.oldValue),
    newValue: frozenCopy(change.newValue),
    prevHash: prev ? prev.hash : GENESIS_HASH,
  };
  return { ...body, hash: journalEntryHash(body) };
}

/**
 * How long a field may rest before its next edit starts a new entry: consecutive edits of one field by one
 * actor within this idle gap rewrite the chain's last entry instead of appending (see {@link coalesceEntry}).
 */
export const COALESCE_IDLE_MS = 10 * 60_000;

/**
 * Whether `change` may be folded into `last` rather than appended after it. Only the chain's last entry is
 * ever rewritten (so no later entry's prevHash goes stale), only for the same field and actor, only while the
 * field has not rested longer than {@link COALESCE_IDLE_MS}, and never once the entry has gone into an export
 * (`frozenThroughSeq`: entries up to that seq are part of a bundle or report and stay as they were).
 */
export function mayCoalesce(
  last: Pick<JournalEntry, 'seq' | 'at' | 'actor' | 'field'> | undefined,
  change: Pick<JournalChange, 'at' | 'actor' | 'field'>,
  frozenThroughSeq: number,
): last is JournalEntry {
  if (!last || last.seq <= frozenThroughSeq) return false;
  if (last.field !== change.field || last.actor !== change.actor) return false;
  const idle = Date.parse(change.at) - Date.parse(last.at);
  return Number.isFinite(idle) && idle >= 0 && idle <= COALESCE_IDLE_MS;
}

/**
 * The last entry rewritten to end at `change`: same seq and prevHash, the value from before the first of
 * the coalesced edits, the value after the latest one, the latest time, and a fresh hash. The chain before it
 * is untouched, so it verifies exactly as if the edits had been one.
 */
export function coalesceEntry(
  last: JournalEntry,
  change: Pick<JournalChange, 'at' | 'newValue'>,
): JournalEntry {
  const body: Hashable = {
    seq: last.seq,
    at: change.at,
    actor: last.actor,
    field: last.field,
    oldValue: last.oldValue,
    newValue: frozenCopy(change.newValue),
    prevHash: last.prevHash,
  };
  return { ...body, hash: journalEntryHash(body) };
}

function broken(atSeq: number, message: string): JournalVerdict {
  return { ...failure('journal-broken', message), atSeq };
}

function safeHash(entry: Hashable): string | undefined {
  try {
    return journalEntryHash(entry);
  } catch {
    return undefined;
  }
}

/**
 * Checks a whole journal, first entry first. Reports the first entry that fails: one whose content does not
 * match its hash (edited or forged), one that does not link to the entry before it (an entry removed,
 * reordered or re-hashed without relinking), or one out of sequence.
 */
export function verifyJournal(entries: readonly JournalEntry[]): JournalVerdict {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    if (safeHash(entry) !== entry.hash) {
      return broken(
        entry.seq,
        `Journal entry ${entry.seq} has been altered: its content does not match its hash.`,
      );
    }
    if (entry.prevHash !== prevHash) {
      return broken(
        entry.seq,
        `Journal entry ${entry.seq} does not link to the entry before it: an entry was removed, reordered or re-hashed.`,
      );
    }
    if (entry.seq !== FIRST_SEQ + index) {
      return broken(
        entry.seq,
        `Journal entry ${entry.seq} is out of sequence: expected seq ${FIRST_SEQ + index}.`,
      );
    }
    prevHash = entry.hash;
  }
  return DONE;
}
