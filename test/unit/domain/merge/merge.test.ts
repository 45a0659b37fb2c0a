import { describe, expect, it } from 'vitest';
import { mergeReturn } from '../../../../renderer/src/domain/merge/merge';
import { resolveMerge } from '../../../../renderer/src/domain/merge/resolve';
import type { Merge } from '../../../../renderer/src/domain/merge/merge-types';
import { afterMerge, evidence, input, makeBase, sideFrom, system, type Edit } from './merge-fixtures';

const base = makeBase();
const ours = (edits: Edit[]) => sideFrom(base, 'lead', edits, 1);
const theirs = (edits: Edit[]) => sideFrom(base, 'ann', edits, 100);

function merged(oursEdits: Edit[], theirsEdits: Edit[]): Merge {
  const result = mergeReturn(input(base, ours(oursEdits), theirs(theirsEdits)));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

const set = (path: string[], value: unknown): Edit => ({ kind: 'set', path, value });

describe('mergeReturn', () => {
  it('takes a change only the return made, under its author and time', () => {
    const merge = merged(
      [set(['title'], 'Lead title')],
      [set(['answers', 'CIO-SE-1', 'notes'], 'Seen on site')],
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.content.title).toBe('Lead title');
    expect(merge.merged.content.answers['CIO-SE-1']?.notes).toBe('Seen on site');
    expect(merge.auto).toHaveLength(1);
    expect(merge.auto[0]).toMatchObject({ key: 'answers.CIO-SE-1.notes', actor: 'ann', base: 'Base note' });
    expect(merge.auto[0]?.at).toBe('2030-01-02T09:40:00.000Z');
  });

  it('gives the author and time of the latest of several edits of one field', () => {
    const merge = merged([], [set(['title'], 'One'), set(['title'], 'Two')]);
    expect(merge.auto).toEqual([
      expect.objectContaining({ key: 'title', value: 'Two', at: '2030-01-02T09:41:00.000Z' }),
    ]);
  });

  it('treats a field changed and changed back as no change', () => {
    const merge = merged([], [set(['title'], 'Other'), set(['title'], 'Plant A visit')]);
    expect(merge.auto).toEqual([]);
  });

  it('sees no conflict when both sides made the same change', () => {
    const merge = merged(
      [set(['answers', 'CIO-SE-1', 'status'], 'implemented')],
      [set(['answers', 'CIO-SE-1', 'status'], 'implemented')],
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.auto).toEqual([]);
  });

  it('reports a field both sides changed differently with the base and each side’s value, who and when', () => {
    const merge = merged(
      [set(['answers', 'CIO-SE-1', 'status'], 'implemented')],
      [set(['answers', 'CIO-SE-1', 'status'], 'not-implemented')],
    );
    expect(merge.conflicts).toEqual([
      {
        key: 'answers.CIO-SE-1.status',
        path: ['answers', 'CIO-SE-1', 'status'],
        kind: 'field',
        base: 'partial',
        ours: { value: 'implemented', actor: 'lead', at: '2030-01-02T08:01:00.000Z' },
        theirs: { value: 'not-implemented', actor: 'ann', at: '2030-01-02T09:40:00.000Z' },
      },
    ]);
    expect(merge.merged.content.answers['CIO-SE-1']?.status).toBe('implemented');
  });

  it('merges different fields of one answer without a conflict', () => {
    const merge = merged(
      [set(['answers', 'CIO-SE-1', 'status'], 'implemented')],
      [set(['answers', 'CIO-SE-1', 'notes'], 'Theirs')],
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.content.answers['CIO-SE-1']).toMatchObject({
      status: 'implemented',
      notes: 'Theirs',
    });
  });

  it('takes a new answer from the return, seeded from the empty answer', () => {
    const merge = merged([], [set(['answers', 'CIO-DD-1', 'status'], 'implemented')]);
    expect(merge.merged.content.answers['CIO-DD-1']).toEqual({
      status: 'implemented',
      notes: '',
      justification: '',
      systemIds: [],
    });
  });

  it('keeps items both sides added under different ids, the return’s after the lead’s', () => {
    const merge = merged(
      [{ kind: 'add', list: 'systems', item: system('lead-1') }],
      [{ kind: 'add', list: 'systems', item: system('ann-1') }, set(['systems', 'ann-1', 'notes'], 'Seen')],
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.content.systems.map((s) => s.id)).toEqual(['s1', 's2', 's3', 'lead-1', 'ann-1']);
    expect(merge.auto).toEqual([expect.objectContaining({ key: 'systems.ann-1', kind: 'item', base: null })]);
    expect(merge.merged.content.systems.at(-1)?.notes).toBe('Seen');
  });

  it('reports one item conflict when both sides added the same id differently', () => {
    const merge = merged(
      [{ kind: 'add', list: 'systems', item: system('x', 'Ours') }],
      [{ kind: 'add', list: 'systems', item: system('x', 'Theirs') }],
    );
    expect(merge.conflicts).toEqual([
      expect.objectContaining({ key: 'systems.x', kind: 'item', base: null }),
    ]);
  });

  it('reports an item the return removed and the lead edited as a conflict on the item', () => {
    const merge = merged(
      [set(['systems', 's2', 'name'], 'Renamed')],
      [{ kind: 'remove', list: 'systems', id: 's2' }],
    );
    expect(merge.conflicts).toHaveLength(1);
    expect(merge.conflicts[0]).toMatchObject({
      key: 'systems.s2',
      kind: 'item',
      ours: { value: expect.objectContaining({ name: 'Renamed' }) as unknown, actor: 'lead' },
      theirs: { value: null, actor: 'ann' },
    });
    expect(merge.merged.content.systems.some((s) => s.id === 's2')).toBe(true);
  });

  it('reports an item the lead removed and the return edited as one conflict on the item', () => {
    const merge = merged(
      [{ kind: 'remove', list: 'systems', id: 's2' }],
      [set(['systems', 's2', 'name'], 'Renamed'), set(['systems', 's2', 'notes'], 'Noted')],
    );
    expect(merge.conflicts).toHaveLength(1);
    expect(merge.conflicts[0]).toMatchObject({
      key: 'systems.s2',
      ours: { value: null, actor: 'lead' },
      theirs: {
        value: expect.objectContaining({ name: 'Renamed', notes: 'Noted' }) as unknown,
        actor: 'ann',
      },
    });
    expect(merge.auto).toEqual([]);
  });

  it('removes an item only the return removed, and sees no conflict when both removed it', () => {
    expect(
      merged([], [{ kind: 'remove', list: 'systems', id: 's3' }]).merged.content.systems.map((s) => s.id),
    ).toEqual(['s1', 's2']);
    const both = merged(
      [{ kind: 'remove', list: 'systems', id: 's3' }],
      [{ kind: 'remove', list: 'systems', id: 's3' }],
    );
    expect(both.conflicts).toEqual([]);
    expect(both.auto).toEqual([]);
  });

  it('merges evidence metadata added and removed by id', () => {
    const merge = merged(
      [],
      [
        { kind: 'add-evidence', meta: evidence('e2', 'CIO-SE-1') },
        { kind: 'remove-evidence', id: 'e1' },
      ],
    );
    expect(merge.merged.evidence.map((e) => e.id)).toEqual(['e2']);
  });

  it('clears the carried-over marker of an answer the return re-checked', () => {
    const carried = makeBase({
      ...base.content,
      answers: {
        ...base.content.answers,
        'CIO-SE-1': {
          status: 'partial',
          notes: '',
          justification: '',
          systemIds: [],
          carriedOver: {
            fromAssessmentId: '00000000-0000-4000-8000-000000000000',
            fromRevision: 1,
            at: '2030-01-01T08:00:00.000Z',
          },
        } as never,
      },
    });
    const result = mergeReturn(
      input(
        carried,
        sideFrom(carried, 'lead', []),
        sideFrom(carried, 'ann', [set(['answers', 'CIO-SE-1', 'notes'], 'Checked')]),
      ),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value.merged.content.answers['CIO-SE-1']).not.toHaveProperty('carriedOver');
    expect(result.value.auto.map((c) => c.key).sort()).toEqual([
      'answers.CIO-SE-1.carriedOver',
      'answers.CIO-SE-1.notes',
    ]);
  });
});

describe('resolveMerge', () => {
  const conflicting = () =>
    merged(
      [set(['answers', 'CIO-SE-1', 'status'], 'implemented'), set(['title'], 'Lead')],
      [
        set(['answers', 'CIO-SE-1', 'status'], 'not-implemented'),
        set(['title'], 'Ann'),
        set(['subsector'], 'Grid'),
      ],
    );

  it('journals the auto-merged changes under their author at the merge’s time with their own time kept, then each resolution naming both values', () => {
    const result = resolveMerge(
      conflicting(),
      { each: { title: 'theirs', 'answers.CIO-SE-1.status': 'ours' } },
      'lead',
      '2030-01-03T00:00:00.000Z',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value.merged.content.title).toBe('Ann');
    expect(result.value.merged.content.answers['CIO-SE-1']?.status).toBe('implemented');
    expect(result.value.changes).toEqual([
      {
        at: '2030-01-03T00:00:00.000Z',
        actor: 'ann',
        field: 'merge.subsector',
        oldValue: { base: '', theirs: { value: 'Grid', actor: 'ann', at: '2030-01-02T09:42:00.000Z' } },
        newValue: { choice: 'taken', value: 'Grid' },
      },
      {
        at: '2030-01-03T00:00:00.000Z',
        actor: 'lead',
        field: 'merge.answers.CIO-SE-1.status',
        oldValue: {
          base: 'partial',
          ours: { value: 'implemented', actor: 'lead', at: '2030-01-02T08:01:00.000Z' },
          theirs: { value: 'not-implemented', actor: 'ann', at: '2030-01-02T09:40:00.000Z' },
        },
        newValue: { choice: 'ours', value: 'implemented' },
      },
      expect.objectContaining({ field: 'merge.title', newValue: { choice: 'theirs', value: 'Ann' } }),
    ]);
  });

  it('resolves every conflict at once with all ours or all theirs, and a named one overrides the bulk choice', () => {
    const all = resolveMerge(conflicting(), { all: 'theirs' }, 'lead', '2030-01-03T00:00:00.000Z');
    if (!all.ok) throw new Error(all.message);
    expect(all.value.merged.content.title).toBe('Ann');
    expect(all.value.merged.content.answers['CIO-SE-1']?.status).toBe('not-implemented');
    const mixed = resolveMerge(
      conflicting(),
      { all: 'ours', each: { title: { value: 'Agreed' } } },
      'lead',
      '2030-01-03T00:00:00.000Z',
    );
    if (!mixed.ok) throw new Error(mixed.message);
    expect(mixed.value.merged.content.title).toBe('Agreed');
    expect(mixed.value.merged.content.answers['CIO-SE-1']?.status).toBe('implemented');
    expect(mixed.value.changes.at(-1)?.newValue).toEqual({ choice: 'value', value: 'Agreed' });
  });

  it('records who answered each practice: the author of the status that stands', () => {
    const merge = merged(
      [
        set(['answers', 'CCP-SE-1', 'status'], 'partial'),
        set(['answers', 'CIO-SE-1', 'status'], 'implemented'),
      ],
      [
        set(['answers', 'CIO-DD-1', 'status'], 'implemented'),
        set(['answers', 'CIO-SE-1', 'status'], 'partial-x'),
      ],
    );
    const theirsWins = resolveMerge(merge, { all: 'theirs' }, 'boss', '2030-01-03T00:00:00.000Z');
    // 'partial-x' is not a status: the merged content is refused before anything is recorded.
    expect(theirsWins).toMatchObject({ ok: false, code: 'invalid-merged-content' });
    const oursWins = resolveMerge(merge, { all: 'ours' }, 'boss', '2030-01-03T00:00:00.000Z');
    if (!oursWins.ok) throw new Error(oursWins.message);
    expect(oursWins.value.answeredBy).toEqual({ 'CCP-SE-1': 'lead', 'CIO-SE-1': 'lead', 'CIO-DD-1': 'ann' });
    const own = resolveMerge(
      merge,
      { each: { 'answers.CIO-SE-1.status': { value: 'not-implemented' } } },
      'boss',
      '2030-01-03T00:00:00.000Z',
    );
    if (!own.ok) throw new Error(own.message);
    expect(own.value.answeredBy['CIO-SE-1']).toBe('boss');
  });

  it('refuses while a conflict is unresolved, and a resolution for a conflict that does not exist', () => {
    expect(
      resolveMerge(conflicting(), { each: { title: 'ours' } }, 'lead', '2030-01-03T00:00:00.000Z'),
    ).toMatchObject({
      ok: false,
      code: 'unresolved-conflict',
      message: 'The conflict at “answers.CIO-SE-1.status” has not been resolved.',
    });
    expect(
      resolveMerge(
        conflicting(),
        { all: 'ours', each: { sector: 'ours' } },
        'lead',
        '2030-01-03T00:00:00.000Z',
      ),
    ).toMatchObject({
      ok: false,
      code: 'unknown-conflict',
    });
  });

  it('does nothing when merging the same return again after its conflicts were resolved', () => {
    const lead = ours([
      set(['answers', 'CIO-SE-1', 'status'], 'implemented'),
      { kind: 'remove', list: 'systems', id: 's2' },
    ]);
    const ann = theirs([
      set(['answers', 'CIO-SE-1', 'status'], 'not-implemented'),
      set(['systems', 's2', 'name'], 'Renamed'),
      set(['answers', 'CIO-DD-1', 'notes'], 'New'),
    ]);
    const first = mergeReturn(input(base, lead, ann));
    if (!first.ok) throw new Error(first.message);
    expect(first.value.conflicts).toHaveLength(2);
    const resolved = resolveMerge(first.value, { all: 'ours' }, 'lead', '2030-01-03T00:00:00.000Z');
    if (!resolved.ok) throw new Error(resolved.message);
    const again = mergeReturn(
      input(base, afterMerge(lead, resolved.value.merged, resolved.value.changes), ann),
    );
    if (!again.ok) throw new Error(again.message);
    expect(again.value.auto).toEqual([]);
    expect(again.value.conflicts).toEqual([]);
    expect([...again.value.alreadyResolved].sort()).toEqual(['answers.CIO-SE-1.status', 'systems.s2']);
    const none = resolveMerge(again.value, {}, 'lead', '2030-01-04T00:00:00.000Z');
    expect(none.ok && none.value.changes).toEqual([]);
  });
});
