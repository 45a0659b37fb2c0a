/** The contract types of the team merge (see docs/ARCHITECTURE.md, "Team merge"). */
import type { AreaCode, JournalEntry, RoleCode } from '../assessment/model';
import type { JournalChange } from '../journal/journal';
import type { Failure } from '../result';
import type { MergeState } from './merge-state';

/** Who made a side's latest change to a leaf, and when (from that side's journal). */
export interface Authored {
  value: unknown;
  actor: string;
  at: string;
}

/**
 * One side's change since the base, at one leaf. `kind: 'item'` is a whole keyed-list item added (value is
 * the item, base null) or removed (value null); its field leaves are folded into it. Absent values are null.
 */
export interface LeafChange extends Authored {
  key: string;
  path: readonly string[];
  kind: 'field' | 'item';
  /** For a field of a keyed-list item: the item's key, e.g. `systems.<id>`. */
  item?: string;
  base: unknown;
}

/** A leaf both sides changed to different values (or an item one side removed and the other edited). */
export interface MergeConflict {
  key: string;
  path: readonly string[];
  kind: 'field' | 'item';
  base: unknown;
  ours: Authored;
  theirs: Authored;
}

/** The work package's limit, over the framework's practices: absent lists do not limit. */
export interface PackageScope {
  areas?: readonly AreaCode[];
  roles?: readonly RoleCode[];
}

/** A journaled state: its content, evidence and the journal entries written after the base. */
export interface MergeSide extends MergeState {
  entries: readonly JournalEntry[];
}

export interface MergeInput {
  /** The handed-out state, identified by its journal head hash at hand-out. */
  base: MergeState & { headHash: string };
  /** The lead's current state. */
  ours: MergeSide;
  /** The return. */
  theirs: MergeSide;
  scope?: PackageScope;
  /** Which role and area each practice is in (the framework pack's practices). */
  practices: readonly { id: string; role: RoleCode; area: AreaCode }[];
}

/** A computed merge, before resolutions. */
export interface Merge {
  baseHead: string;
  /** The lead's journal head it was computed against: applying it anywhere else is refused. */
  oursHead: string;
  /** The lead's state it was computed from. */
  ours: MergeState;
  /** Ours with every auto-merged change of theirs applied. */
  merged: MergeState;
  /** Theirs' changes taken automatically, in journal order of their latest entry. */
  auto: readonly LeafChange[];
  conflicts: readonly MergeConflict[];
  /** Conflicts this return already had, resolved by an earlier merge (journaled): not asked again. */
  alreadyResolved: readonly string[];
  /** Ours' own answer changes since the base: who answered which practice (see answeredBy). */
  oursAnswers: readonly LeafChange[];
}

export type MergeCode =
  | 'journal-broken'
  | 'journal-not-after-base'
  | 'journal-unknown-field'
  | 'journal-does-not-explain-content'
  | 'journal-contradicts-content'
  | 'unmergeable-change'
  | 'out-of-scope';

/** A refused merge: which side and which leaf (or journal seq) it is about. */
export type MergeFailure = Failure<MergeCode> & { side: 'ours' | 'theirs'; key?: string; seq?: number };

export type Choice = 'ours' | 'theirs' | { value: unknown };

/** Per-conflict choices by key; `all` decides every conflict not named in `each`. */
export interface Resolutions {
  all?: 'ours' | 'theirs';
  each?: Readonly<Record<string, Choice>>;
}

export type ResolveCode = 'unresolved-conflict' | 'unknown-conflict' | 'invalid-merged-content';

/** The merged state and what to journal for it, in order. */
export interface ResolvedMerge {
  merged: MergeState;
  changes: readonly JournalChange[];
  /** Evidence the merge adds (whose files must come with the return) and removes, by id. */
  evidenceAdded: readonly string[];
  evidenceRemoved: readonly string[];
  /** For every practice whose answer status either side set since the base: whose status stands. */
  answeredBy: Readonly<Record<string, string>>;
}
