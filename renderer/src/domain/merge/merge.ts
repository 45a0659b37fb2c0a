/**
 * The three-way merge of a returned work package into the lead's assessment. Both sides' changes since the
 * handed-out base come from their journals (side-changes.ts); a leaf only one side changed is taken from that
 * side, a leaf both changed to the same value is no conflict, and a leaf both changed differently, or an item
 * one side removed while the other edited it, is a conflict for the lead to resolve (resolve.ts). Rules in
 * docs/ARCHITECTURE.md, "Team merge".
 */
import { isRecord } from '../is-record';
import { failure, success, type Result } from '../result';
import { UNMERGEABLE_ROOTS, leavesOf, type MergeState } from './merge-state';
import type {
  Authored,
  LeafChange,
  Merge,
  MergeCode,
  MergeConflict,
  MergeFailure,
  MergeInput,
  MergeSide,
} from './merge-types';
import { outsideScope } from './package-scope';
import { RESOLUTION_PREFIX, TAKEN_CHOICE, sameValue, sideChanges } from './side-changes';
import { writeLeaf } from './write-leaf';

export type MergeResult = Result<Merge, MergeCode, MergeFailure>;

function headOf(side: MergeSide, baseHead: string): string {
  return side.entries.at(-1)?.hash ?? baseHead;
}

/** For each leaf a resolution in ours' journal decided: the theirs value it decided against. */
function resolvedBefore(ours: MergeSide): Map<string, unknown> {
  const resolved = new Map<string, unknown>();
  for (const entry of ours.entries) {
    if (!entry.field.startsWith(RESOLUTION_PREFIX) || !isRecord(entry.oldValue)) continue;
    if (isRecord(entry.newValue) && entry.newValue.choice === TAKEN_CHOICE) continue; // no conflict decided
    const theirs = entry.oldValue.theirs;
    if (isRecord(theirs)) resolved.set(entry.field.slice(RESOLUTION_PREFIX.length), theirs.value);
  }
  return resolved;
}

function authored(change: Pick<LeafChange, 'value' | 'actor' | 'at'>, value = change.value): Authored {
  return { value, actor: change.actor, at: change.at };
}

function latest(changes: readonly LeafChange[]): LeafChange | undefined {
  return changes.reduce<LeafChange | undefined>(
    (last, c) => (!last || c.at >= last.at ? c : last),
    undefined,
  );
}

function refuse(code: MergeCode, change: LeafChange, message: string): MergeResult {
  return { ...failure(code, message), side: 'theirs', key: change.key };
}

/** Theirs changes checked for what a return may change at all. */
function refusalOf(input: MergeInput, theirs: readonly LeafChange[]): MergeResult | null {
  const unmergeable = theirs.find((c) => (UNMERGEABLE_ROOTS as readonly string[]).includes(c.path[0] ?? ''));
  if (unmergeable)
    return refuse(
      'unmergeable-change',
      unmergeable,
      `The return changes “${unmergeable.key}”, which only this app writes: it cannot be merged.`,
    );
  const outside = outsideScope(input, theirs);
  if (outside)
    return refuse(
      'out-of-scope',
      outside,
      `The return changes “${outside.key}”, which is outside its work package.`,
    );
  return null;
}

interface Sorted {
  auto: LeafChange[];
  conflicts: Map<string, MergeConflict>;
}

/** Field changes by the item they are in. */
function byItem(changes: readonly LeafChange[]): Map<string, LeafChange[]> {
  const grouped = new Map<string, LeafChange[]>();
  for (const change of changes)
    if (change.item !== undefined) grouped.set(change.item, [...(grouped.get(change.item) ?? []), change]);
  return grouped;
}

function sortTheirs(input: MergeInput, ours: readonly LeafChange[], theirs: readonly LeafChange[]): Sorted {
  const oursByKey = new Map(ours.map((c) => [c.key, c]));
  const oursByItem = byItem(ours);
  const theirsByItem = byItem(theirs);
  const oursLeaves = leavesOf(input.ours);
  const theirsLeaves = leavesOf(input.theirs);
  const sorted: Sorted = { auto: [], conflicts: new Map() };
  const itemConflict = (key: string, path: readonly string[], base: unknown, o: Authored, t: Authored) =>
    sorted.conflicts.set(key, { key, path, kind: 'item', base, ours: o, theirs: t });
  for (const change of theirs) {
    const same = oursByKey.get(change.key);
    const oursRemovedItem = change.item === undefined ? undefined : oursByKey.get(change.item);
    const oursEdits = oursByItem.get(change.key) ?? [];
    if (oursRemovedItem && change.item !== undefined) {
      const edits = theirsByItem.get(change.item) ?? [];
      itemConflict(
        change.item,
        oursRemovedItem.path,
        oursRemovedItem.base,
        authored(oursRemovedItem),
        authored(latest(edits) ?? change, theirsLeaves.get(change.item)?.value ?? null),
      );
    } else if (same) {
      if (!sameValue(same.value, change.value))
        sorted.conflicts.set(change.key, {
          key: change.key,
          path: change.path,
          kind: change.kind,
          base: change.base,
          ours: authored(same),
          theirs: authored(change),
        });
    } else if (change.kind === 'item' && oursEdits.length > 0) {
      itemConflict(
        change.key,
        change.path,
        change.base,
        authored(latest(oursEdits) ?? change, oursLeaves.get(change.key)?.value ?? null),
        authored(change),
      );
    } else sorted.auto.push(change);
  }
  return sorted;
}

/**
 * Computes the merge of a return (`theirs`) into the lead's assessment (`ours`) against the handed-out base:
 * the auto-merged state and the conflicts left to resolve, or a refusal naming the side and the leaf.
 */
export function mergeReturn(input: MergeInput): MergeResult {
  const ours = sideChanges('ours', input.base, input.ours);
  if (!Array.isArray(ours)) return ours;
  const theirs = sideChanges('theirs', input.base, input.theirs);
  if (!Array.isArray(theirs)) return theirs;
  const refused = refusalOf(input, theirs);
  if (refused) return refused;
  const { auto, conflicts } = sortTheirs(input, ours, theirs);
  const resolved = resolvedBefore(input.ours);
  const open: MergeConflict[] = [];
  const alreadyResolved: string[] = [];
  for (const conflict of conflicts.values()) {
    const decided =
      resolved.has(conflict.key) && sameValue(resolved.get(conflict.key), conflict.theirs.value);
    if (decided) alreadyResolved.push(conflict.key);
    else open.push(conflict);
  }
  const start: MergeState = { content: input.ours.content, evidence: input.ours.evidence };
  return success({
    baseHead: input.base.headHash,
    oursHead: headOf(input.ours, input.base.headHash),
    ours: start,
    merged: auto.reduce((state, change) => writeLeaf(state, change.path, change.value), start),
    auto,
    conflicts: open,
    alreadyResolved,
    oursAnswers: ours.filter((c) => c.path[0] === 'answers' && c.path[2] === 'status'),
  });
}
