/**
 * Merge properties over a realistic assessment (answers, notes, systems, a finding, evidence, header fields), with edit
 * sets drawn at random. Non-conflicting sets merge the same whichever side is the lead (up to the order of
 * items both added) and keep every edit of both; with conflicts, every value either side left is in the
 * result or in a conflict, and in the journal after resolving; merging the same return again does nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWER_STATUSES, EMPTY_ANSWER } from '../../../../renderer/src/domain/assessment/model';
import { mergeReturn } from '../../../../renderer/src/domain/merge/merge';
import { resolveMerge } from '../../../../renderer/src/domain/merge/resolve';
import type { Merge, MergeSide } from '../../../../renderer/src/domain/merge/merge-types';
import { sameValue } from '../../../../renderer/src/domain/merge/side-changes';
import { readPath } from '../../../../renderer/src/storage/content-path';
import {
  afterMerge,
  evidence,
  input,
  makeBase,
  normalized,
  sideFrom,
  system,
  type Edit,
} from './merge-fixtures';

const base = makeBase();
const AT = '2030-01-05T00:00:00.000Z';

const PRACTICES = ['CIO-SE-1', 'CCP-SE-1', 'CIO-DD-1', 'CIO-DD-2', 'CCP-DD-1'];
const FIELD_SLOTS: { path: string[]; value: fc.Arbitrary<unknown> }[] = [
  ...PRACTICES.flatMap((p) => [
    { path: ['answers', p, 'status'], value: fc.constantFrom(...ANSWER_STATUSES) },
    { path: ['answers', p, 'notes'], value: fc.string({ maxLength: 8 }) },
  ]),
  ...['s1', 's2'].flatMap((s) => [
    { path: ['systems', s, 'name'], value: fc.string({ maxLength: 8 }) },
    { path: ['systems', s, 'notes'], value: fc.string({ maxLength: 8 }) },
  ]),
  { path: ['findings', 'f1', 'title'], value: fc.string({ maxLength: 8 }) },
  { path: ['findings', 'f1', 'severity'], value: fc.constantFrom('low', 'moderate', 'high', 'critical') },
  { path: ['title'], value: fc.string({ maxLength: 8 }) },
  { path: ['subsector'], value: fc.string({ maxLength: 8 }) },
  { path: ['site', 'address'], value: fc.string({ maxLength: 8 }) },
  { path: ['executiveSummary'], value: fc.string({ maxLength: 8 }) },
];

type Owner = 'none' | 'A' | 'B' | 'both';
interface Plan {
  fields: { owner: Owner; a: unknown[]; b: unknown[] }[];
  /** Who removes system s3 and evidence e1 (nobody else touches them). */
  removeS3: Owner;
  removeE1: Owner;
  /** Who removes system s2, whose fields others may edit: a conflict when the other side did. */
  removeS2: Owner;
  addsA: number;
  addsB: number;
}

function planOf(owners: fc.Arbitrary<Owner>, removeS2: fc.Arbitrary<Owner> = owners): fc.Arbitrary<Plan> {
  return fc.record({
    fields: fc.tuple(
      ...FIELD_SLOTS.map((slot) =>
        fc.record({
          owner: owners,
          a: fc.array(slot.value, { minLength: 1, maxLength: 2 }),
          b: fc.array(slot.value, { minLength: 1, maxLength: 2 }),
        }),
      ),
    ),
    removeS3: owners,
    removeE1: owners,
    removeS2,
    addsA: fc.nat({ max: 2 }),
    addsB: fc.nat({ max: 2 }),
  });
}

const owns = (owner: Owner, side: 'A' | 'B') => owner === side || owner === 'both';

function editsOf(plan: Plan, side: 'A' | 'B'): Edit[] {
  const edits: Edit[] = [];
  plan.fields.forEach((field, index) => {
    if (!owns(field.owner, side)) return;
    for (const value of side === 'A' ? field.a : field.b)
      edits.push({ kind: 'set', path: FIELD_SLOTS[index]!.path, value });
  });
  if (owns(plan.removeS3, side)) edits.push({ kind: 'remove', list: 'systems', id: 's3' });
  if (owns(plan.removeE1, side)) edits.push({ kind: 'remove-evidence', id: 'e1' });
  if (owns(plan.removeS2, side)) edits.push({ kind: 'remove', list: 'systems', id: 's2' });
  for (let n = 0; n < (side === 'A' ? plan.addsA : plan.addsB); n++) {
    edits.push({ kind: 'add', list: 'systems', item: system(`${side}-sys-${n}`) });
    edits.push({
      kind: 'add-evidence',
      meta: {
        ...evidence(`${side}-ev-${n}`, 'CIO-DD-1'),
        sha256: side === 'A' ? 'b'.repeat(64) : 'c'.repeat(64),
      },
    });
  }
  return edits;
}

function sides(plan: Plan): { a: MergeSide; b: MergeSide } {
  return {
    a: sideFrom(base, 'alice', editsOf(plan, 'A'), 1),
    b: sideFrom(base, 'bob', editsOf(plan, 'B'), 200),
  };
}

function merged(ours: MergeSide, theirs: MergeSide): Merge {
  const result = mergeReturn(input(base, ours, theirs));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

/** What the base holds at a field slot: an answer not given yet reads as the empty answer, a summary as ''. */
function baseValue(path: string[]): unknown {
  const stored = readPath(base.content, path);
  if (stored !== undefined) return stored;
  return path[0] === 'answers' ? (EMPTY_ANSWER as Record<string, unknown>)[path[2]!] : '';
}

/**
 * Every final value one side left that differs from the base, at its path (a removed item is null at the
 * item's path). A field set back to its base value is no change of that side.
 */
function finalValues(plan: Plan, side: 'A' | 'B'): { path: string[]; value: unknown }[] {
  const values = plan.fields.flatMap((field, index) => {
    const path = FIELD_SLOTS[index]!.path;
    const value = (side === 'A' ? field.a : field.b).at(-1);
    return owns(field.owner, side) && !sameValue(value, baseValue(path)) ? [{ path, value }] : [];
  });
  if (owns(plan.removeS3, side)) values.push({ path: ['systems', 's3'], value: null });
  // A side that removed s2 after editing it left no value in it.
  if (owns(plan.removeS2, side))
    return [...values.filter((v) => v.path[1] !== 's2'), { path: ['systems', 's2'], value: null }];
  return values;
}

describe('merge properties', () => {
  it('merges non-conflicting edit sets the same whichever side leads, and keeps every edit of both', () => {
    fc.assert(
      fc.property(planOf(fc.constantFrom<Owner>('none', 'A', 'B'), fc.constant('none')), (plan) => {
        const { a, b } = sides(plan);
        const ab = merged(a, b);
        const ba = merged(b, a);
        expect(ab.conflicts).toEqual([]);
        expect(ba.conflicts).toEqual([]);
        expect(normalized(ab.merged)).toEqual(normalized(ba.merged));
        for (const side of ['A', 'B'] as const)
          for (const { path, value } of finalValues(plan, side))
            expect(readPath(ab.merged.content, path) ?? null).toEqual(value);
        const ids = ab.merged.content.systems.map((s) => s.id);
        for (let n = 0; n < plan.addsA; n++) expect(ids).toContain(`A-sys-${n}`);
        for (let n = 0; n < plan.addsB; n++) expect(ids).toContain(`B-sys-${n}`);
        expect(ab.merged.evidence.some((e) => e.id === 'e1')).toBe(plan.removeE1 === 'none');
        expect(resolveMerge(ab, {}, 'lead', AT).ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('loses no edit when both sides changed the same fields: each value is in the result or a conflict, and in the journal', () => {
    fc.assert(
      fc.property(
        planOf(fc.constantFrom<Owner>('none', 'A', 'B', 'both')),
        fc.constantFrom('ours', 'theirs' as const),
        (plan, bulk) => {
          const { a, b } = sides(plan);
          const merge = merged(a, b);
          for (const side of ['A', 'B'] as const)
            for (const { path, value } of finalValues(plan, side)) {
              const key = path.join('.');
              const inResult = sameValue(readPath(merge.merged.content, path), value);
              const inConflict = merge.conflicts.some((c) => {
                const held = (v: unknown) => (c.key === key ? v : readPath(v, path.slice(2)));
                const under = c.key === key || key.startsWith(`${c.key}.`);
                return (
                  under && (sameValue(held(c.ours.value), value) || sameValue(held(c.theirs.value), value))
                );
              });
              expect(inResult || inConflict, `${side} ${key}`).toBe(true);
            }
          const resolved = resolveMerge(merge, { all: bulk }, 'lead', AT);
          if (!resolved.ok) throw new Error(resolved.message);
          for (const conflict of merge.conflicts) {
            const entry = resolved.value.changes.find((c) => c.field === `merge.${conflict.key}`);
            expect(entry?.oldValue).toMatchObject({ ours: conflict.ours, theirs: conflict.theirs });
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('does nothing when the same return is merged a second time', () => {
    fc.assert(
      fc.property(
        planOf(fc.constantFrom<Owner>('none', 'A', 'B', 'both')),
        fc.constantFrom('ours', 'theirs' as const),
        (plan, bulk) => {
          const { a, b } = sides(plan);
          const first = resolveMerge(merged(a, b), { all: bulk }, 'lead', AT);
          if (!first.ok) throw new Error(first.message);
          const lead = afterMerge(a, first.value.merged, first.value.changes);
          const again = merged(lead, b);
          expect(again.auto).toEqual([]);
          expect(again.conflicts).toEqual([]);
          const second = resolveMerge(again, {}, 'lead', AT);
          expect(second.ok && second.value.changes).toEqual([]);
          expect(normalized(again.merged)).toEqual(normalized(first.value.merged));
        },
      ),
      { numRuns: 100 },
    );
  });
});
