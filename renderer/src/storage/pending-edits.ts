/**
 * The write-ahead log of edits that are typed but not yet committed to IndexedDB. An IndexedDB transaction
 * still running when a page reloads, closes or crashes is aborted, and an autosave waits up to
 * AUTOSAVE_DELAY_MS after a keystroke; so each field edit is also written here, synchronously, to the
 * page's local storage (which survives all three), and removed once the database holds it. At the next
 * start, what is still here is applied through applyChange — journaled, validated and refused on a signed
 * record like any other edit — and then removed.
 *
 * Only field sets are logged: they are idempotent (applying one twice is one edit), and they are what is
 * typed. Everything read back is parsed: local storage is a boundary like any file.
 */
import { z } from 'zod';
import { applyChange, applyChangeWithin } from './assessment-repository';
import type { ContentChange } from './content-binding';
import { readPath } from './content-path';
import type { AirrDatabase } from './database';
import { PENDING_EDITS_PREFIX as PREFIX, pendingEditKeys } from './pending-edit-keys';
import { Refusal } from './storage-errors';

/** The part of the Web Storage API used here (a Map stands in for it in Node tests). */
export interface KeyValueArea {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One assessment's pending edits may take this many characters; beyond it the log is skipped, not the save. */
export const MAX_PENDING_CHARS = 2_000_000;
/** Bounds what a start-up reads back, whatever was written into local storage. */
const MAX_ENTRIES = 500;
const MAX_PATH_DEPTH = 8;

const Entry = z
  .object({
    path: z.array(z.string().min(1).max(200)).min(1).max(MAX_PATH_DEPTH),
    value: z.unknown(),
    actor: z.string().max(500),
    at: z.string().datetime(),
  })
  .strict();
type Entry = z.infer<typeof Entry>;
const Log = z.record(z.string(), Entry).refine((log) => Object.keys(log).length <= MAX_ENTRIES, {
  message: `more than ${MAX_ENTRIES} pending edits`,
});
type Log = z.infer<typeof Log>;

const keyOf = (assessmentId: string) => `${PREFIX}${assessmentId}`;
const entryKey = (path: readonly string[]) => JSON.stringify(path);

function read(area: KeyValueArea, key: string): Log | null {
  const raw = area.getItem(key);
  if (raw === null || raw.length > MAX_PENDING_CHARS) return null;
  try {
    const parsed = Log.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function write(area: KeyValueArea, key: string, log: Log): void {
  if (Object.keys(log).length === 0) {
    area.removeItem(key);
    return;
  }
  const text = JSON.stringify(log);
  try {
    if (text.length <= MAX_PENDING_CHARS) area.setItem(key, text);
    else area.removeItem(key);
  } catch {
    // Quota or a disabled storage: the database save still runs; only the crash cover is lost.
    area.removeItem(key);
  }
}

/** Logs a field edit before it is saved. Other kinds of change are not logged. */
export function notePendingEdit(
  area: KeyValueArea,
  assessmentId: string,
  change: ContentChange,
  actor: string,
  now = new Date(),
): void {
  if (change.kind !== 'set') return;
  const key = keyOf(assessmentId);
  const log = read(area, key) ?? {};
  log[entryKey(change.path)] = { path: [...change.path], value: change.value, actor, at: now.toISOString() };
  write(area, key, log);
}

/** The database now holds `change`: its log entry goes, unless a newer edit of the field replaced it. */
export function settlePendingEdit(area: KeyValueArea, assessmentId: string, change: ContentChange): void {
  if (change.kind !== 'set') return;
  const key = keyOf(assessmentId);
  const log = read(area, key);
  if (!log) return;
  const field = entryKey(change.path);
  const entry = log[field];
  if (!entry || JSON.stringify(entry.value) !== JSON.stringify(change.value)) return;
  delete log[field];
  write(area, key, log);
}

export interface ReplayReport {
  /** Edits the database now holds that it did not hold before. */
  restored: number;
  /** Edits refused (a signed record, a deleted item, an invalid value) or unreadable, and dropped. */
  dropped: number;
}

/**
 * Applies every logged edit (oldest first per assessment) and empties the log. Run once at start, before
 * any field is edited.
 */
export async function replayPendingEdits(db: AirrDatabase, area: KeyValueArea): Promise<ReplayReport> {
  const report: ReplayReport = { restored: 0, dropped: 0 };
  for (const key of pendingEditKeys(area)) {
    const assessmentId = key.slice(PREFIX.length);
    const log = read(area, key);
    if (!log) {
      report.dropped += 1;
      area.removeItem(key);
      continue;
    }
    const entries = Object.values(log).sort((a, b) => a.at.localeCompare(b.at));
    for (const entry of entries) {
      const held = readPath((await db.contents.get(assessmentId))?.content, entry.path);
      if (JSON.stringify(held) === JSON.stringify(entry.value)) continue;
      const result = await applyChange(db, assessmentId, changeOf(entry), entry.actor, new Date(entry.at));
      if (result.ok) report.restored += 1;
      else report.dropped += 1;
    }
    area.removeItem(key);
  }
  return report;
}

/**
 * Applies one assessment's logged edits (oldest first) inside the caller's transaction, over the tables
 * applyChange writes, each journaled under its own actor and time; an edit storage refuses is dropped and the
 * rest still apply. A write that moves practice ids (a pack upgrade) runs this first, so an edit typed just
 * before it is moved with the answers it belongs to instead of landing later under an id that is gone.
 * `settle` empties the log of these edits: call it once the transaction has committed.
 */
export async function applyPendingEditsWithin(
  db: AirrDatabase,
  area: KeyValueArea,
  assessmentId: string,
): Promise<{ report: ReplayReport; settle: () => void }> {
  const report: ReplayReport = { restored: 0, dropped: 0 };
  const entries = Object.values(read(area, keyOf(assessmentId)) ?? {}).sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  for (const entry of entries) {
    const held = readPath((await db.contents.get(assessmentId))?.content, entry.path);
    if (JSON.stringify(held) === JSON.stringify(entry.value)) continue;
    try {
      await applyChangeWithin(db, assessmentId, changeOf(entry), entry.actor, new Date(entry.at));
      report.restored += 1;
    } catch (error) {
      // A refusal is thrown before anything is written: the transaction is intact, only this edit is lost.
      if (!(error instanceof Refusal)) throw error;
      report.dropped += 1;
    }
  }
  const settle = () => {
    for (const entry of entries) settlePendingEdit(area, assessmentId, changeOf(entry));
  };
  return { report, settle };
}

function changeOf(entry: Entry): ContentChange {
  return { kind: 'set', path: entry.path, value: entry.value } as unknown as ContentChange;
}
