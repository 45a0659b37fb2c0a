/**
 * Test fixtures for the merge: a realistic handed-out base (answers, systems, a finding, evidence) and sides
 * built from it by edits journaled the way storage journals them (assessment-repository's applyChange and the
 * evidence repository): same field paths, same old and new values, the answer seeded from the empty answer and
 * its carried-over marker cleared by any edit. Built on storage's own path helpers, not the merge's.
 */
import {
  EMPTY_ANSWER,
  emptyContent,
  type AiSystem,
  type AssessmentContent,
  type EvidenceMeta,
  type Finding,
  type JournalEntry,
} from '../../../../renderer/src/domain/assessment/model';
import { appendEntry, type JournalChange } from '../../../../renderer/src/domain/journal/journal';
import { canonicalJson } from '../../../../renderer/src/domain/journal/canonical-json';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import type { MergeInput, MergeSide } from '../../../../renderer/src/domain/merge/merge-types';
import type { MergeState } from '../../../../renderer/src/domain/merge/merge-state';
import { appendAt, readPath, removeAt, writePath } from '../../../../renderer/src/storage/content-path';

export const PRACTICES = BUILT_IN_PACK.practices.map(({ id, role, area }) => ({ id, role, area }));

export function system(id: string, name = `System ${id}`): AiSystem {
  return {
    id,
    name,
    supplier: 'Acme',
    purpose: 'Leak detection',
    criticality: 'high',
    autonomy: 'advisory',
    connectivity: 'isolated',
    dataUsed: '',
    notes: '',
  };
}

export function finding(id: string, practiceIds: string[]): Finding {
  return {
    id,
    title: `Finding ${id}`,
    description: '',
    severity: 'moderate',
    riskCategoryId: '',
    riskLevelId: '',
    practiceIds,
    systemIds: [],
    recommendation: '',
    owner: '',
    dueDate: '',
    createdAt: '2030-01-01T08:00:00.000Z',
    remediation: { status: 'open', owner: '', dueDate: '', note: '' },
  };
}

export function evidence(id: string, practiceId: string): EvidenceMeta {
  return {
    id,
    practiceId,
    name: `${id}.pdf`,
    type: 'application/pdf',
    size: 10,
    sha256: 'a'.repeat(64),
    capturedAt: '2030-01-01T08:00:00.000Z',
  };
}

export function baseContent(): AssessmentContent {
  return {
    ...emptyContent(),
    title: 'Plant A visit',
    site: { name: 'Plant A', address: '1 Main St' },
    sector: 'energy',
    roles: ['CIO', 'CCP'],
    systems: [system('s1'), system('s2'), system('s3')],
    answers: {
      'CIO-SE-1': { ...EMPTY_ANSWER, status: 'partial', notes: 'Base note' },
      'CCP-SE-1': { ...EMPTY_ANSWER, status: 'implemented' },
    },
    findings: [finding('f1', ['CIO-SE-1'])],
  };
}

export interface Base extends MergeState {
  headHash: string;
  head: JournalEntry;
}

/** The handed-out state: base content, one evidence file, and a journal of one entry. */
export function makeBase(content = baseContent()): Base {
  const head = appendEntry(undefined, {
    at: '2030-01-01T08:00:00.000Z',
    actor: 'lead',
    field: 'assessment',
    oldValue: null,
    newValue: { title: content.title },
  });
  return { content, evidence: [evidence('e1', 'CIO-SE-1')], headHash: head.hash, head };
}

export type Edit =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'add'; list: 'systems' | 'findings' | 'assessors'; item: { id: string } }
  | { kind: 'remove'; list: 'systems' | 'findings' | 'assessors'; id: string }
  | { kind: 'add-evidence'; meta: EvidenceMeta }
  | { kind: 'remove-evidence'; id: string };

function seeded(content: AssessmentContent, path: string[]): AssessmentContent {
  const [root, practiceId] = path;
  if (root !== 'answers' || practiceId === undefined || content.answers[practiceId]) return content;
  return { ...content, answers: { ...content.answers, [practiceId]: { ...EMPTY_ANSWER } } };
}

function rechecked(content: AssessmentContent, path: string[]): AssessmentContent {
  const [root, practiceId] = path;
  const answer = root === 'answers' && practiceId !== undefined ? content.answers[practiceId] : undefined;
  if (!answer?.carriedOver || practiceId === undefined) return content;
  const { carriedOver: _marker, ...rest } = answer;
  return { ...content, answers: { ...content.answers, [practiceId]: rest } };
}

/** The change one edit makes: the next state and what storage would journal for it. */
function applied(state: MergeState, edit: Edit) {
  const { content } = state;
  switch (edit.kind) {
    case 'set':
      return {
        state: {
          ...state,
          content: rechecked(writePath(seeded(content, edit.path), edit.path, edit.value), edit.path),
        },
        field: edit.path.join('.'),
        oldValue: readPath(content, edit.path) ?? null,
        newValue: edit.value,
      };
    case 'add':
      return {
        state: { ...state, content: appendAt(content, [edit.list], edit.item) },
        field: `${edit.list}.${edit.item.id}`,
        oldValue: null,
        newValue: edit.item,
      };
    case 'remove':
      return {
        state: { ...state, content: removeAt(content, [edit.list], edit.id) },
        field: `${edit.list}.${edit.id}`,
        oldValue: readPath(content, [edit.list, edit.id]) ?? null,
        newValue: null,
      };
    case 'add-evidence':
      return {
        state: { ...state, evidence: [...state.evidence, edit.meta] },
        field: `evidence.${edit.meta.id}`,
        oldValue: null,
        newValue: edit.meta,
      };
    case 'remove-evidence':
      return {
        state: { ...state, evidence: state.evidence.filter((meta) => meta.id !== edit.id) },
        field: `evidence.${edit.id}`,
        oldValue: state.evidence.find((meta) => meta.id === edit.id) ?? null,
        newValue: null,
      };
  }
}

/** A side: `edits` made by `actor` one minute apart, starting `startMinute` after the base. */
export function sideFrom(
  from: MergeState & { headHash: string; head?: Pick<JournalEntry, 'seq' | 'hash'> },
  actor: string,
  edits: readonly Edit[],
  startMinute = 1,
  prior: readonly JournalEntry[] = [],
): MergeSide {
  let state: MergeState = { content: from.content, evidence: from.evidence };
  let prev: Pick<JournalEntry, 'seq' | 'hash'> | undefined = prior.at(-1) ?? from.head;
  const entries: JournalEntry[] = [...prior];
  edits.forEach((edit, index) => {
    const change = applied(state, edit);
    state = change.state;
    const at = new Date(Date.parse('2030-01-02T08:00:00Z') + (startMinute + index) * 60_000).toISOString();
    const entry = appendEntry(prev, { at, actor, ...change });
    entries.push(entry);
    prev = entry;
  });
  return { ...state, entries };
}

export function input(
  base: Base,
  ours: MergeSide,
  theirs: MergeSide,
  scope?: MergeInput['scope'],
): MergeInput {
  return { base, ours, theirs, practices: PRACTICES, ...(scope ? { scope } : {}) };
}

/**
 * A state as commutativity compares it: keyed lists in id order (items added on both sides go in either
 * order), and no empty answers or empty optional texts (absent and empty are the same to the merge).
 */
export function normalized(state: MergeState): unknown {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  const answers = Object.fromEntries(
    Object.entries(state.content.answers).filter(
      ([, answer]) => canonicalJson(answer) !== canonicalJson(EMPTY_ANSWER),
    ),
  );
  const { executiveSummary, keyFindings, ...rest } = state.content;
  return {
    content: {
      ...rest,
      ...(executiveSummary ? { executiveSummary } : {}),
      ...(keyFindings ? { keyFindings } : {}),
      answers,
      systems: byId(state.content.systems),
      findings: byId(state.content.findings),
      assessors: byId(state.content.assessors),
    },
    evidence: byId(state.evidence),
  };
}

/** The lead's side after a resolved merge was applied: its content and its journal continued by the changes. */
export function afterMerge(
  ours: MergeSide,
  merged: MergeState,
  changes: readonly JournalChange[],
): MergeSide {
  const entries = [...ours.entries];
  for (const change of changes) entries.push(appendEntry(entries.at(-1), change));
  return { ...merged, entries };
}
