/**
 * One side's changes since the base, read from its journal and checked against its content. The journal says
 * which leaves changed, who changed them and when; the content says what they hold now. A side whose journal
 * does not link to the base head, is broken, names a field the merge does not know, leaves a changed leaf
 * unexplained, or says a leaf holds something the content does not, is refused with its own code: a merge
 * must never take a value nobody is on record for.
 */
import type { JournalEntry } from '../assessment/model';
import { canonicalJson } from '../journal/canonical-json';
import { journalEntryHash } from '../journal/journal';
import { isRecord } from '../is-record';
import { failure } from '../result';
import {
  CONTENT_LISTS,
  OBJECT_ROOTS,
  SCALAR_ROOTS,
  UNMERGEABLE_ROOTS,
  keyOf,
  leavesOf,
  valueAt,
  type Leaves,
} from './merge-state';
import type { LeafChange, MergeCode, MergeFailure, MergeSide } from './merge-types';
import type { MergeState } from './merge-state';

/** The journal field prefix of a conflict's resolution entry (see resolve.ts). */
export const RESOLUTION_PREFIX = 'merge.';

/** The choice of a `merge.<leaf>` entry that took a change of theirs without a conflict (see resolve.ts). */
export const TAKEN_CHOICE = 'taken';

/**
 * When the change an entry records was made: its own time, except for a change a merge took, which is dated
 * at the merge and keeps the time its author made it in its old value.
 */
export function changedAt(entry: Pick<JournalEntry, 'at' | 'field' | 'oldValue' | 'newValue'>): string {
  if (!entry.field.startsWith(RESOLUTION_PREFIX) || !isRecord(entry.newValue)) return entry.at;
  if (entry.newValue.choice !== TAKEN_CHOICE || !isRecord(entry.oldValue)) return entry.at;
  const theirs = entry.oldValue.theirs;
  return isRecord(theirs) && typeof theirs.at === 'string' ? theirs.at : entry.at;
}

/** Equal as JSON, absent and null being the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

interface Touch {
  seq: number;
  actor: string;
  at: string;
  /** The entry's field is exactly this leaf, so its new value must be what the leaf holds. */
  exact: boolean;
  newValue: unknown;
}

type Side = 'ours' | 'theirs';

function refusal(side: Side, code: MergeCode, message: string, extra: { key?: string; seq?: number }) {
  return { ...failure(code, message), side, ...extra } satisfies MergeFailure;
}

const KNOWN_ROOTS = new Set<string>([
  ...SCALAR_ROOTS,
  ...OBJECT_ROOTS,
  'answers',
  'evidence',
  ...CONTENT_LISTS,
  ...UNMERGEABLE_ROOTS,
]);

/** An accepted supplier response stores its attachments as evidence under its one entry, which lists them. */
function attachedEvidence(root: string, newValue: unknown): string[] {
  if (root !== 'supplierAttestations' || !isRecord(newValue) || !Array.isArray(newValue.evidence)) return [];
  return newValue.evidence.flatMap((meta) =>
    isRecord(meta) && typeof meta.id === 'string' ? [keyOf(['evidence', meta.id])] : [],
  );
}

/** The leaves (or leaf prefixes) an entry touches, with the value it says the field holds; null if unknown. */
function touchedBy(entry: JournalEntry): { keys: string[]; exact: boolean; newValue: unknown } | null {
  const resolution = entry.field.startsWith(RESOLUTION_PREFIX);
  const field = resolution ? entry.field.slice(RESOLUTION_PREFIX.length) : entry.field;
  const newValue = resolution && isRecord(entry.newValue) ? entry.newValue.value : entry.newValue;
  const [root, id, name] = field.split('.');
  if (root === undefined || !KNOWN_ROOTS.has(root)) return null;
  if ((UNMERGEABLE_ROOTS as readonly string[]).includes(root))
    return { keys: [root, ...attachedEvidence(root, newValue)], exact: false, newValue };
  if ((CONTENT_LISTS as readonly string[]).includes(root) && id === undefined) {
    // An add-all entry: its new value is the list of items added.
    if (!Array.isArray(newValue)) return null;
    const keys = newValue.map((item) => (isRecord(item) ? keyOf([root, String(item.id)]) : root));
    return { keys, exact: false, newValue };
  }
  // Any edit of an answer is its re-check: the carried-over marker goes under the same entry.
  if (root === 'answers' && id !== undefined && name !== undefined)
    return { keys: [field, keyOf(['answers', id, 'carriedOver'])], exact: true, newValue };
  if ((root === 'answers' || root === 'evidence') && id === undefined) return null;
  return { keys: [field], exact: true, newValue };
}

function checkChain(side: Side, entries: readonly JournalEntry[], baseHead: string): MergeFailure | null {
  let prev = baseHead;
  let seq: number | undefined;
  for (const entry of entries) {
    if (entry.prevHash !== prev)
      return seq === undefined
        ? refusal(
            side,
            'journal-not-after-base',
            `The ${side === 'ours' ? 'lead’s' : 'returned'} journal does not continue from the handed-out state (entry ${entry.seq}).`,
            { seq: entry.seq },
          )
        : refusal(
            side,
            'journal-broken',
            `Journal entry ${entry.seq} does not link to the entry before it.`,
            { seq: entry.seq },
          );
    if ((seq !== undefined && entry.seq !== seq + 1) || journalEntryHash(entry) !== entry.hash)
      return refusal(
        side,
        'journal-broken',
        `Journal entry ${entry.seq} has been altered or is out of sequence.`,
        { seq: entry.seq },
      );
    prev = entry.hash;
    seq = entry.seq;
  }
  return null;
}

function touchesOf(side: Side, entries: readonly JournalEntry[]): Map<string, Touch> | MergeFailure {
  const touches = new Map<string, Touch>();
  for (const entry of entries) {
    const touched = touchedBy(entry);
    if (!touched)
      return refusal(
        side,
        'journal-unknown-field',
        `Journal entry ${entry.seq} changes “${entry.field}”, which a merge cannot take.`,
        { seq: entry.seq, key: entry.field },
      );
    for (const [index, key] of touched.keys.entries())
      touches.set(key, {
        seq: entry.seq,
        actor: entry.actor,
        at: changedAt(entry),
        exact: touched.exact && index === 0,
        newValue: touched.newValue,
      });
  }
  return touches;
}

/** The latest touch of a leaf: of the leaf itself or of any leaf it lies under. */
function latestTouch(touches: Map<string, Touch>, key: string): Touch | undefined {
  let latest: Touch | undefined;
  const parts = key.split('.');
  for (let end = parts.length; end > 0; end--) {
    const touch = touches.get(parts.slice(0, end).join('.'));
    if (touch && (!latest || touch.seq > latest.seq))
      latest = { ...touch, exact: touch.exact && end === parts.length };
  }
  return latest;
}

/** The latest touch of an item or of anything in it. */
function latestUnder(touches: Map<string, Touch>, itemKey: string): Touch | undefined {
  let latest = latestTouch(touches, itemKey);
  for (const [key, touch] of touches)
    if (key.startsWith(`${itemKey}.`) && (!latest || touch.seq > latest.seq)) latest = touch;
  return latest;
}

function differing(base: Leaves, side: Leaves): LeafChange[] {
  const changes: LeafChange[] = [];
  for (const key of new Set([...base.keys(), ...side.keys()])) {
    const leaf = (side.get(key) ?? base.get(key))!;
    const item = leaf.item;
    const isItem = item === undefined && leaf.path.length === 2 && isItemLeaf(leaf.path);
    if (item !== undefined && base.has(item) !== side.has(item)) continue; // folded into the item's change
    const before = isItem ? (base.get(key)?.value ?? null) : valueAt(base, leaf.path);
    const after = isItem ? (side.get(key)?.value ?? null) : valueAt(side, leaf.path);
    if (isItem ? (before === null) === (after === null) : sameValue(before, after)) continue;
    changes.push({
      key,
      path: leaf.path,
      kind: isItem ? 'item' : 'field',
      ...(item === undefined ? {} : { item }),
      base: before ?? null,
      value: after ?? null,
      actor: '',
      at: '',
    });
  }
  return changes;
}

function isItemLeaf(path: readonly string[]): boolean {
  return path[0] === 'evidence' || (CONTENT_LISTS as readonly string[]).includes(path[0] ?? '');
}

/**
 * The changes of one side since the base, each with the actor and time of its latest journal entry, or why
 * the side is refused. Leaves changed and changed back are no change.
 */
export function sideChanges(
  side: Side,
  base: MergeState & { headHash: string },
  state: MergeSide,
): LeafChange[] | MergeFailure {
  const broken = checkChain(side, state.entries, base.headHash);
  if (broken) return broken;
  const touches = touchesOf(side, state.entries);
  if (!(touches instanceof Map)) return touches;
  const changes = differing(leavesOf(base), leavesOf(state));
  const order = new Map<LeafChange, number>();
  for (const change of changes) {
    // An item added or removed is explained only by an entry for the item, never by edits of its fields.
    const explained = latestTouch(touches, change.key);
    const touch = change.kind === 'item' ? latestUnder(touches, change.key) : explained;
    if (!explained || !touch)
      return refusal(
        side,
        'journal-does-not-explain-content',
        `“${change.key}” changed, but no journal entry records who changed it.`,
        { key: change.key },
      );
    const claimed = change.kind === 'item' ? touches.get(change.key) : touch;
    // An item entry with later edits of its fields can only vouch for whether the item is there.
    const presenceOnly = change.kind === 'item' && claimed?.seq !== touch.seq;
    const contradicts =
      claimed?.exact === true &&
      (presenceOnly
        ? (claimed.newValue === null) !== (change.value === null)
        : !sameValue(claimed.newValue, change.value));
    if (contradicts)
      return refusal(
        side,
        'journal-contradicts-content',
        `The journal says “${change.key}” was set to something the content does not hold.`,
        { key: change.key, seq: claimed.seq },
      );
    change.actor = touch.actor;
    change.at = touch.at;
    order.set(change, touch.seq);
  }
  return changes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
