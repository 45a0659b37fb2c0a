import { describe, expect, it } from 'vitest';
import { mergeReturn } from '../../../../renderer/src/domain/merge/merge';
import { appendEntry, journalEntryHash } from '../../../../renderer/src/domain/journal/journal';
import { evidence, finding, input, makeBase, sideFrom, system, type Edit } from './merge-fixtures';

const base = makeBase();
const lead = sideFrom(base, 'lead', []);
const set = (path: string[], value: unknown): Edit => ({ kind: 'set', path, value });
const ann = (edits: Edit[]) => sideFrom(base, 'ann', edits, 100);

describe('mergeReturn refuses', () => {
  it('a journal that does not continue from the handed-out base', () => {
    const other = makeBase({ ...base.content, title: 'Elsewhere' });
    const stray = sideFrom(other, 'ann', [set(['title'], 'X')]);
    expect(mergeReturn(input(base, lead, stray))).toMatchObject({
      ok: false,
      code: 'journal-not-after-base',
      side: 'theirs',
      seq: 2,
    });
  });

  it('a journal with an altered entry', () => {
    const side = ann([set(['title'], 'X'), set(['subsector'], 'Y')]);
    const first = side.entries[0]!;
    const altered = { ...side, entries: [{ ...first, newValue: 'Z' }, ...side.entries.slice(1)] };
    expect(mergeReturn(input(base, lead, altered))).toMatchObject({
      ok: false,
      code: 'journal-broken',
      seq: 2,
    });
  });

  it('a journal with an entry cut out of the middle', () => {
    const side = ann([set(['title'], 'X'), set(['subsector'], 'Y'), set(['sector'], 'water')]);
    const cut = { ...side, entries: [side.entries[0]!, side.entries[2]!] };
    expect(mergeReturn(input(base, lead, cut))).toMatchObject({ ok: false, code: 'journal-broken', seq: 4 });
  });

  it('a journal entry of a field the merge does not know', () => {
    const entry = appendEntry(base.head, {
      at: '2030-01-02T00:00:00.000Z',
      actor: 'ann',
      field: 'bogus.x',
      oldValue: null,
      newValue: 1,
    });
    expect(mergeReturn(input(base, lead, { ...base, entries: [entry] }))).toMatchObject({
      ok: false,
      code: 'journal-unknown-field',
      key: 'bogus.x',
    });
  });

  it('a content change no journal entry records', () => {
    const side = ann([set(['title'], 'X')]);
    const silent = { ...side, content: { ...side.content, subsector: 'Unrecorded' } };
    expect(mergeReturn(input(base, lead, silent))).toMatchObject({
      ok: false,
      code: 'journal-does-not-explain-content',
      side: 'theirs',
      key: 'subsector',
      message: '“subsector” changed, but no journal entry records who changed it.',
    });
  });

  it('an unrecorded change on the lead’s own side too', () => {
    const silent = { ...lead, content: { ...lead.content, title: 'Unrecorded' } };
    expect(mergeReturn(input(base, silent, ann([])))).toMatchObject({
      ok: false,
      code: 'journal-does-not-explain-content',
      side: 'ours',
    });
  });

  it('an item removed with no journal entry', () => {
    const silent = { ...lead, content: { ...lead.content, systems: lead.content.systems.slice(1) } };
    expect(mergeReturn(input(base, lead, { ...silent, entries: [] }))).toMatchObject({
      code: 'journal-does-not-explain-content',
      key: 'systems.s1',
    });
  });

  it('an item added with only edits of its fields journaled', () => {
    const side = ann([set(['systems', 's1', 'notes'], 'x')]);
    const entry = appendEntry(base.head, {
      ...side.entries[0]!,
      field: 'systems.ghost.notes',
      newValue: 'x',
    });
    const ghost = {
      ...side,
      content: { ...base.content, systems: [...base.content.systems, system('ghost')] },
      entries: [entry],
    };
    expect(mergeReturn(input(base, lead, ghost))).toMatchObject({
      code: 'journal-does-not-explain-content',
      key: 'systems.ghost',
    });
  });

  it('an item whose add entry holds another item than the content', () => {
    const side = ann([{ kind: 'add', list: 'systems', item: system('new', 'Journaled') }]);
    const swapped = {
      ...side,
      content: { ...side.content, systems: [...base.content.systems, system('new', 'Other')] },
    };
    expect(mergeReturn(input(base, lead, swapped))).toMatchObject({
      code: 'journal-contradicts-content',
      key: 'systems.new',
    });
  });

  it('a journal that says a field holds something the content does not', () => {
    const side = ann([set(['title'], 'X')]);
    const forged = { ...side, content: { ...side.content, title: 'Y' } };
    expect(mergeReturn(input(base, lead, forged))).toMatchObject({
      ok: false,
      code: 'journal-contradicts-content',
      key: 'title',
      seq: 2,
    });
  });

  it('a change to what only the app writes (the cycle link)', () => {
    const cycle = { seriesId: '00000000-0000-4000-8000-000000000001' };
    const entry = appendEntry(base.head, {
      at: '2030-01-02T00:00:00.000Z',
      actor: 'ann',
      field: 'cycle',
      oldValue: null,
      newValue: cycle,
    });
    const side = { ...base, content: { ...base.content, cycle } as never, entries: [entry] };
    expect(mergeReturn(input(base, lead, side))).toMatchObject({
      ok: false,
      code: 'unmergeable-change',
      key: 'cycle',
    });
  });

  it('a change outside the work package’s roles and areas', () => {
    const scope = { roles: ['CIO' as const], areas: ['SE' as const, 'DD' as const] };
    const inside = ann([
      set(['answers', 'CIO-SE-1', 'notes'], 'ok'),
      set(['answers', 'CIO-DD-1', 'status'], 'implemented'),
      { kind: 'add', list: 'systems', item: system('new') },
      set(['systems', 's1', 'notes'], 'ok'),
      { kind: 'add-evidence', meta: evidence('e2', 'CIO-DD-1') },
      { kind: 'add', list: 'findings', item: finding('f2', ['CIO-SE-1', 'CIO-DD-1']) },
      set(['findings', 'f1', 'title'], 'ok'),
    ]);
    expect(mergeReturn(input(base, lead, inside, scope)).ok).toBe(true);
    const outside: [string, Edit][] = [
      ['answers.CCP-SE-1.notes', set(['answers', 'CCP-SE-1', 'notes'], 'no')],
      ['answers.CIO-MP-1.status', set(['answers', 'CIO-MP-1', 'status'], 'implemented')],
      ['title', set(['title'], 'no')],
      ['site.address', set(['site', 'address'], 'no')],
      ['roles', set(['roles'], ['CIO'])],
      ['systems.s2', { kind: 'remove', list: 'systems', id: 's2' }],
      ['evidence.e3', { kind: 'add-evidence', meta: evidence('e3', 'CCP-SE-1') }],
      ['findings.f3', { kind: 'add', list: 'findings', item: finding('f3', ['CIO-SE-1', 'CCP-SE-1']) }],
      ['findings.f4', { kind: 'add', list: 'findings', item: finding('f4', []) }],
    ];
    for (const [key, edit] of outside)
      expect(mergeReturn(input(base, lead, ann([edit]), scope)), key).toMatchObject({
        ok: false,
        code: 'out-of-scope',
        key,
      });
  });

  it('nothing outside the package when the package is not limited', () => {
    expect(mergeReturn(input(base, lead, ann([set(['title'], 'Fine')]), {})).ok).toBe(true);
  });

  it('a forged hash that no longer matches its entry', () => {
    const side = ann([set(['title'], 'X')]);
    const entry = { ...side.entries[0]!, actor: 'mallory' };
    expect(journalEntryHash(entry)).not.toBe(entry.hash);
    expect(mergeReturn(input(base, lead, { ...side, entries: [entry] }))).toMatchObject({
      code: 'journal-broken',
    });
  });
});

describe('mergeReturn reads the lead’s other journaled writers', () => {
  it('takes evidence an accepted supplier response stored under its one entry as explained', () => {
    const meta = evidence('sup-1', 'CIO-SE-1');
    const attestations = [{ id: 'att-1' }];
    const entry = appendEntry(base.head, {
      at: '2030-01-02T00:00:00.000Z',
      actor: 'lead',
      field: 'supplierAttestations.resp-1',
      oldValue: null,
      newValue: { supplier: 'Acme', evidence: [meta] },
    });
    const accepted = {
      content: { ...base.content, supplierAttestations: attestations } as never,
      evidence: [...base.evidence, meta],
      entries: [entry],
    };
    const result = mergeReturn(input(base, accepted, ann([set(['title'], 'Theirs')])));
    expect(result).toMatchObject({ ok: true, value: { conflicts: [] } });
    const unlisted = appendEntry(base.head, { ...entry, newValue: { supplier: 'Acme', evidence: [] } });
    expect(mergeReturn(input(base, { ...accepted, entries: [unlisted] }, ann([])))).toMatchObject({
      code: 'journal-does-not-explain-content',
      key: 'evidence.sup-1',
    });
  });
});
