/**
 * The merge's view of an assessment: its content plus its evidence metadata (which lives beside the content,
 * not in it), flattened into leaves addressed by the same dotted paths the journal's `field` uses. Keyed lists
 * (assessors, systems, findings, evidence) give one item leaf per id (`systems.<id>`) and, except evidence
 * (whose metadata never changes once captured), one leaf per top-level field of the item
 * (`systems.<id>.name`); an answer gives one leaf per field (`answers.<practice>.notes`); the header objects
 * give one leaf per field (`site.name`). Lists of plain values (`roles`, an answer's `systemIds`) are one
 * leaf each. Leaves are what merges: two sides conflict only where they change the same leaf, or where one
 * removes an item the other edited.
 */
import { EMPTY_ANSWER, type AssessmentContent, type EvidenceMeta } from '../assessment/model';
import { isRecord } from '../is-record';

/** An assessment as the merge reads and writes it. */
export interface MergeState {
  content: AssessmentContent;
  evidence: readonly EvidenceMeta[];
}

/** The keyed lists of the content, addressed by item id. */
export const CONTENT_LISTS = ['assessors', 'systems', 'findings'] as const;
export type ContentList = (typeof CONTENT_LISTS)[number];
/** Keyed lists, evidence included. */
export type KeyedList = ContentList | 'evidence';

/** Parts of the content only the app itself writes (imports, redaction, next cycle): never merged in. */
export const UNMERGEABLE_ROOTS = ['supplierAttestations', 'cycle', 'redaction'] as const;

export const SCALAR_ROOTS = [
  'title',
  'sector',
  'subsector',
  'startDate',
  'endDate',
  'executiveSummary',
  'keyFindings',
  'roles',
] as const;
export const OBJECT_ROOTS = ['site', 'marking'] as const;

/** One leaf: where it is and what it holds. `item` names the item leaf a field leaf belongs to. */
export interface Leaf {
  path: readonly string[];
  value: unknown;
  item?: string;
}

export type Leaves = Map<string, Leaf>;

export function keyOf(path: readonly string[]): string {
  return path.join('.');
}

function put(leaves: Leaves, path: readonly string[], value: unknown, item?: string): void {
  if (value === undefined) return;
  leaves.set(keyOf(path), item === undefined ? { path, value } : { path, value, item });
}

function putItems(leaves: Leaves, list: KeyedList, items: readonly { id: string }[]): void {
  for (const item of items) {
    const itemKey = keyOf([list, item.id]);
    put(leaves, [list, item.id], item);
    if (list === 'evidence') continue;
    for (const [field, value] of Object.entries(item))
      if (field !== 'id') put(leaves, [list, item.id, field], value, itemKey);
  }
}

/** Every leaf of a state. Optional values that are absent give no leaf. */
export function leavesOf(state: MergeState): Leaves {
  const leaves: Leaves = new Map();
  const content = state.content as Record<string, unknown>;
  for (const root of SCALAR_ROOTS) put(leaves, [root], content[root]);
  for (const root of UNMERGEABLE_ROOTS) put(leaves, [root], content[root]);
  for (const root of OBJECT_ROOTS) {
    const object = content[root];
    if (isRecord(object)) for (const [key, value] of Object.entries(object)) put(leaves, [root, key], value);
  }
  for (const [practiceId, answer] of Object.entries(state.content.answers))
    for (const [field, value] of Object.entries(answer)) put(leaves, ['answers', practiceId, field], value);
  for (const list of CONTENT_LISTS) putItems(leaves, list, state.content[list]);
  putItems(leaves, 'evidence', state.evidence);
  return leaves;
}

const ANSWER_DEFAULTS: Record<string, unknown> = { ...EMPTY_ANSWER };
const TEXT_DEFAULTS: Record<string, unknown> = { executiveSummary: '', keyFindings: '' };

/**
 * What a leaf holds when it is absent: a field of an answer not given yet reads as the empty answer's (so
 * setting one field of a new answer changes only that field), an optional text never written reads as ''.
 */
export function defaultOf(path: readonly string[]): unknown {
  if (path[0] === 'answers' && path.length === 3) return ANSWER_DEFAULTS[path[2] ?? ''];
  if (path.length === 1) return TEXT_DEFAULTS[path[0] ?? ''];
  return undefined;
}

/** The leaf's value, its default when absent, or undefined for nothing at all. */
export function valueAt(leaves: Leaves, path: readonly string[]): unknown {
  const leaf = leaves.get(keyOf(path));
  return leaf ? leaf.value : defaultOf(path);
}
