import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../renderer/src/domain/assessment/model';
import { JournalEntry as JournalEntrySchema } from '../../../renderer/src/domain/assessment/model';
import {
  COALESCE_IDLE_MS,
  GENESIS_HASH,
  appendEntry,
  coalesceEntry,
  journalEntryHash,
  mayCoalesce,
  verifyJournal,
} from '../../../renderer/src/domain/journal/journal';

function chainOf(length: number): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (let i = 0; i < length; i++) {
    entries.push(
      appendEntry(entries.at(-1), {
        at: `2025-01-0${i + 1}T10:00:00.000Z`,
        actor: 'Dana Reyes',
        field: `answers.CIO-SE-1.status`,
        oldValue: i === 0 ? null : `value ${i - 1}`,
        newValue: `value ${i}`,
      }),
    );
  }
  return entries;
}

function at(entries: JournalEntry[], index: number): JournalEntry {
  const entry = entries[index];
  if (!entry) throw new Error(`no entry at ${index}`);
  return entry;
}

describe('the change journal', () => {
  it('verifies a valid chain of 5 entries', () => {
    expect(verifyJournal(chainOf(5))).toEqual({ ok: true });
  });

  it('starts at seq 1 from the all-zero genesis hash and links each entry to the one before', () => {
    const entries = chainOf(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(at(entries, 0).prevHash).toBe(GENESIS_HASH);
    expect(at(entries, 1).prevHash).toBe(at(entries, 0).hash);
    expect(at(entries, 2).prevHash).toBe(at(entries, 1).hash);
  });

  it('hashes the canonical JSON of the entry without its hash, with SHA-256 in lower-case hex', () => {
    const entry = at(chainOf(1), 0);
    const canonical =
      '{"actor":"Dana Reyes","at":"2025-01-01T10:00:00.000Z","field":"answers.CIO-SE-1.status",' +
      `"newValue":"value 0","oldValue":null,"prevHash":"${GENESIS_HASH}","seq":1}`;
    expect(entry.hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
  });

  it('produces entries that satisfy the assessment schema and survive a JSON round trip', () => {
    const entries = chainOf(2);
    for (const entry of entries) expect(JournalEntrySchema.parse(entry)).toEqual(entry);
    expect(verifyJournal(JSON.parse(JSON.stringify(entries)) as JournalEntry[])).toEqual({ ok: true });
  });

  it('keeps an entry valid when the caller later mutates the value it passed in', () => {
    const value = { status: 'partial' };
    const entry = appendEntry(undefined, {
      at: '2025-01-01T10:00:00Z',
      actor: 'a',
      field: 'f',
      oldValue: undefined,
      newValue: value,
    });
    value.status = 'implemented';
    expect(entry.oldValue).toBeNull();
    expect(verifyJournal([entry])).toEqual({ ok: true });
  });

  it('ignores extra keys a storage row carries, such as its assessment id', () => {
    const rows = chainOf(3).map((e) => ({ ...e, assessmentId: 'a1' }));
    expect(verifyJournal(rows)).toEqual({ ok: true });
  });

  it('refuses to record a value JSON cannot carry', () => {
    expect(() =>
      appendEntry(undefined, { at: 'x', actor: 'a', field: 'f', oldValue: null, newValue: NaN }),
    ).toThrow();
  });

  it('detects an edited value at the edited entry', () => {
    const entries = chainOf(5);
    entries[2] = { ...at(entries, 2), newValue: 'implemented' };
    expect(verifyJournal(entries)).toMatchObject({ ok: false, code: 'journal-broken', atSeq: 3 });
  });

  it('detects a deleted middle entry at the entry that followed it', () => {
    const entries = chainOf(5);
    entries.splice(2, 1);
    expect(verifyJournal(entries)).toMatchObject({ ok: false, code: 'journal-broken', atSeq: 4 });
  });

  it('detects reordered entries at the first entry out of place', () => {
    const entries = chainOf(5);
    [entries[1], entries[2]] = [at(entries, 2), at(entries, 1)];
    expect(verifyJournal(entries)).toMatchObject({ ok: false, code: 'journal-broken', atSeq: 3 });
  });

  it('detects an edit whose hash was recomputed without relinking, at the next entry', () => {
    const entries = chainOf(5);
    const edited = { ...at(entries, 2), actor: 'Someone Else' };
    entries[2] = { ...edited, hash: journalEntryHash(edited) };
    expect(verifyJournal(entries)).toMatchObject({ ok: false, code: 'journal-broken', atSeq: 4 });
  });

  it('detects a forged hash on an otherwise unchanged entry', () => {
    const entries = chainOf(5);
    entries[4] = { ...at(entries, 4), hash: 'f'.repeat(64) };
    expect(verifyJournal(entries)).toMatchObject({ ok: false, atSeq: 5 });
  });

  it('detects a journal whose first entry was removed', () => {
    expect(verifyJournal(chainOf(5).slice(1))).toMatchObject({ ok: false, atSeq: 2 });
  });

  it('explains the break in a sentence', () => {
    const entries = chainOf(3);
    entries.splice(1, 1);
    const verdict = verifyJournal(entries);
    expect(verdict.ok ? '' : verdict.message).toBe(
      'Journal entry 3 does not link to the entry before it: an entry was removed, reordered or re-hashed.',
    );
  });
});

describe('coalescing journal entries', () => {
  const first = appendEntry(undefined, {
    at: '2030-01-01T08:00:00.000Z',
    actor: 'dana',
    field: 'assessment',
    oldValue: null,
    newValue: 'created',
  });
  const notes = appendEntry(first, {
    at: '2030-01-01T08:01:00.000Z',
    actor: 'dana',
    field: 'answers.CIO-SE-1.notes',
    oldValue: '',
    newValue: 'Seg',
  });
  const next = (minutes: number, over: Partial<{ actor: string; field: string }> = {}) => ({
    at: new Date(Date.parse(notes.at) + minutes * 60_000).toISOString(),
    actor: over.actor ?? 'dana',
    field: over.field ?? 'answers.CIO-SE-1.notes',
    newValue: 'Segmented',
  });

  it('allows only the same field and actor, within the idle gap, after the frozen seq', () => {
    expect(mayCoalesce(notes, next(1), 0)).toBe(true);
    expect(mayCoalesce(notes, next(COALESCE_IDLE_MS / 60_000), 0)).toBe(true);
    expect(mayCoalesce(notes, next(COALESCE_IDLE_MS / 60_000 + 1), 0)).toBe(false);
    expect(mayCoalesce(notes, next(-1), 0)).toBe(false);
    expect(mayCoalesce(notes, next(1, { actor: 'robin' }), 0)).toBe(false);
    expect(mayCoalesce(notes, next(1, { field: 'answers.CIO-SE-1.status' }), 0)).toBe(false);
    expect(mayCoalesce(notes, next(1), notes.seq)).toBe(false);
    expect(mayCoalesce(undefined, next(1), 0)).toBe(false);
  });

  it('rewrites the last entry so the chain still verifies and records the first old and latest new value', () => {
    const merged = coalesceEntry(notes, next(2));
    expect(merged).toMatchObject({ seq: 2, prevHash: first.hash, oldValue: '', newValue: 'Segmented' });
    expect(merged.at).toBe(next(2).at);
    expect(merged.hash).not.toBe(notes.hash);
    expect(verifyJournal([first, merged])).toEqual({ ok: true });
  });
});
