/**
 * Writing one leaf of a merge state, immutably. A field of an answer not given yet starts from the empty
 * answer; an item leaf set to null removes the item, set to an item replaces it in place or appends it (an
 * item added by the other side goes after the lead's own); a field set to null is removed when optional.
 */
import { EMPTY_ANSWER, type AssessmentContent, type EvidenceMeta } from '../assessment/model';
import { isRecord } from '../is-record';
import type { MergeState } from './merge-state';

type Item = { id: string } & Record<string, unknown>;

function withItem(list: readonly Item[], id: string, value: unknown): Item[] {
  if (value === null || value === undefined) return list.filter((item) => item.id !== id);
  if (!isRecord(value) || value.id !== id) throw new Error(`The value for item “${id}” is not that item.`);
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return [...list, value as Item];
  return list.map((item, at) => (at === index ? (value as Item) : item));
}

function withField(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const { [key]: _old, ...rest } = record;
  return value === null || value === undefined ? rest : { ...rest, [key]: value };
}

function writeItemField(list: readonly Item[], id: string, field: string, value: unknown): Item[] {
  const item = list.find((existing) => existing.id === id);
  if (!item) throw new Error(`There is no item “${id}” to change.`);
  return withItem(list, id, withField(item, field, value));
}

/** A copy of `state` with `value` at `path` (a leaf path from merge-state.ts). */
export function writeLeaf(state: MergeState, path: readonly string[], value: unknown): MergeState {
  const [root, id, field] = path;
  if (root === undefined) throw new Error('Empty path.');
  const content = state.content as unknown as Record<string, unknown>;
  if (root === 'evidence' && id !== undefined)
    return {
      ...state,
      evidence: withItem(state.evidence, id, value) as unknown as EvidenceMeta[],
    };
  if (root === 'answers' && id !== undefined && field !== undefined) {
    const answer = state.content.answers[id] ?? { ...EMPTY_ANSWER };
    const answers = { ...state.content.answers, [id]: withField(answer, field, value) };
    return { ...state, content: { ...state.content, answers } as AssessmentContent };
  }
  const list = content[root];
  if (Array.isArray(list) && id !== undefined) {
    const items = list as Item[];
    const next = field === undefined ? withItem(items, id, value) : writeItemField(items, id, field, value);
    return { ...state, content: { ...content, [root]: next } as unknown as AssessmentContent };
  }
  if (id !== undefined) {
    const object = isRecord(content[root]) ? content[root] : {};
    return {
      ...state,
      content: { ...content, [root]: withField(object, id, value) } as unknown as AssessmentContent,
    };
  }
  return { ...state, content: withField(content, root, value) as unknown as AssessmentContent };
}
