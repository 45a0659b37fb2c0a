/**
 * Resolving a computed merge: each conflict takes ours, theirs or a value the lead gives, one by one or all
 * at once. What to journal, every entry dated at the merge (so the chain's times never go backwards): every
 * auto-merged change of theirs as `merge.<leaf>` under its original author, whose old value names the base and
 * theirs (value, who and the time they made it) and whose new value is `{ choice: 'taken', value }`; then one
 * entry per conflict, `merge.<leaf>`, by the resolver, whose old value names the base and both sides (value,
 * who, when) and whose new value is the choice and the value chosen, so both values stay on record whatever
 * was chosen, and a later merge of the same return knows the conflict was already decided.
 */
import { AssessmentContent, EvidenceMeta, type JournalEntry } from '../assessment/model';
import type { JournalChange } from '../journal/journal';
import { isRecord } from '../is-record';
import { failure, success, type Result } from '../result';
import type { MergeState } from './merge-state';
import type {
  Choice,
  LeafChange,
  Merge,
  MergeConflict,
  Resolutions,
  ResolveCode,
  ResolvedMerge,
} from './merge-types';
import { RESOLUTION_PREFIX, TAKEN_CHOICE, sameValue } from './side-changes';
import { writeLeaf } from './write-leaf';

type Picked = { conflict: MergeConflict; choice: Choice; value: unknown };

function pick(merge: Merge, resolutions: Resolutions): Result<Picked[], ResolveCode> {
  const keys = new Set(merge.conflicts.map((c) => c.key));
  const unknown = Object.keys(resolutions.each ?? {}).find((key) => !keys.has(key));
  if (unknown !== undefined)
    return failure('unknown-conflict', `There is no conflict at “${unknown}” in this merge.`);
  const picked: Picked[] = [];
  for (const conflict of merge.conflicts) {
    const choice = resolutions.each?.[conflict.key] ?? resolutions.all;
    if (choice === undefined)
      return failure('unresolved-conflict', `The conflict at “${conflict.key}” has not been resolved.`);
    const value =
      choice === 'ours' ? conflict.ours.value : choice === 'theirs' ? conflict.theirs.value : choice.value;
    picked.push({ conflict, choice, value: value ?? null });
  }
  return success(picked);
}

/** A change of theirs taken as is: its author, the merge's time, its own time kept in the old value. */
function takenChange(change: LeafChange, at: string): JournalChange {
  return {
    at,
    actor: change.actor,
    field: `${RESOLUTION_PREFIX}${change.key}`,
    oldValue: { base: change.base, theirs: { value: change.value, actor: change.actor, at: change.at } },
    newValue: { choice: TAKEN_CHOICE, value: change.value },
  };
}

function resolutionChange(picked: Picked, resolver: string, at: string): JournalChange {
  const { conflict, choice, value } = picked;
  return {
    at,
    actor: resolver,
    field: `${RESOLUTION_PREFIX}${conflict.key}`,
    oldValue: { base: conflict.base, ours: conflict.ours, theirs: conflict.theirs },
    newValue: { choice: typeof choice === 'string' ? choice : 'value', value },
  };
}

function evidenceDelta(before: MergeState, after: MergeState) {
  const has = (state: MergeState, meta: EvidenceMeta) =>
    state.evidence.some((other) => other.id === meta.id && sameValue(other, meta));
  return {
    evidenceAdded: after.evidence.filter((meta) => !has(before, meta)).map((meta) => meta.id),
    evidenceRemoved: before.evidence.filter((meta) => !has(after, meta)).map((meta) => meta.id),
  };
}

function answerPractice(field: string): string | undefined {
  const [root, practiceId, name] = field.split('.');
  return root === 'answers' && name === 'status' ? practiceId : undefined;
}

/**
 * Who answered each practice, from journal entries oldest first: whoever set the status that stands; for
 * a resolved conflict, the author of the side chosen, or the resolver for a value of their own.
 */
export function answeredByFromJournal(
  entries: readonly Pick<JournalEntry, 'actor' | 'field' | 'oldValue' | 'newValue'>[],
): Record<string, string> {
  const answeredBy: Record<string, string> = {};
  for (const entry of entries) {
    const resolution = entry.field.startsWith(RESOLUTION_PREFIX);
    const practiceId = answerPractice(resolution ? entry.field.slice(RESOLUTION_PREFIX.length) : entry.field);
    if (practiceId === undefined) continue;
    let actor = entry.actor;
    const choice = isRecord(entry.newValue) ? entry.newValue.choice : undefined;
    if (resolution && (choice === 'ours' || choice === 'theirs') && isRecord(entry.oldValue)) {
      const side = entry.oldValue[choice];
      if (isRecord(side) && typeof side.actor === 'string') actor = side.actor;
    }
    answeredBy[practiceId] = actor;
  }
  return answeredBy;
}

/** Applies the resolutions to a computed merge: the merged state and what to journal, or why not. */
export function resolveMerge(
  merge: Merge,
  resolutions: Resolutions,
  resolver: string,
  at: string,
): Result<ResolvedMerge, ResolveCode> {
  const picked = pick(merge, resolutions);
  if (!picked.ok) return picked;
  let merged = merge.merged;
  try {
    for (const { conflict, value } of picked.value) merged = writeLeaf(merged, conflict.path, value);
  } catch (error) {
    return failure('invalid-merged-content', `The merge cannot be saved: ${(error as Error).message}`);
  }
  const content = AssessmentContent.safeParse(merged.content);
  const evidence = EvidenceMeta.array().safeParse(merged.evidence);
  const issue = !content.success
    ? content.error.issues[0]
    : !evidence.success
      ? evidence.error.issues[0]
      : undefined;
  if (issue) {
    const where = issue.path.join('.');
    return failure('invalid-merged-content', `The merge cannot be saved: ${where} ${issue.message}.`);
  }
  const changes: JournalChange[] = [
    ...merge.auto.map((c) => takenChange(c, at)),
    ...picked.value.map((p) => resolutionChange(p, resolver, at)),
  ];
  const answeredBy = answeredByFromJournal([
    ...merge.oursAnswers.map((c) => ({ actor: c.actor, field: c.key, oldValue: c.base, newValue: c.value })),
    ...changes,
  ]);
  return success({ merged, changes, ...evidenceDelta(merge.ours, merged), answeredBy });
}
