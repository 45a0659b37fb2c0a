/**
 * Moving an assessment's answers from one version of a pack to a newer one through the newer pack's mapping
 * (pack-mapping.ts). Pure: the caller stores the result in one transaction.
 *
 * Rules, per practice of the older version that has an answer:
 * - unchanged (same id in both, not mapped): the answer is carried as it is;
 * - renamed: the answer moves to the new id;
 * - split: the answer is copied to every new id (each should be re-checked; the summary lists them);
 * - merged: one answer from several, by the weakest status. Order, weakest first: not yet assessed,
 *   not implemented, partial, implemented. Not applicable counts only when every merged answer is not
 *   applicable (then it stays not applicable); otherwise those answers are ignored for the status. A merged
 *   practice any part of which was not yet assessed is therefore not yet assessed. Notes and justifications
 *   are joined, each under its old practice id; linked AI systems are the union;
 * - removed (or absent from the newer pack and unmapped): the answer is dropped and listed in the summary.
 * Practices of the newer pack nothing maps to are new and start not yet assessed (no answer).
 * Findings follow: their practice ids are renamed, split into all new ids, merged, or dropped when removed.
 * Evidence follows through `evidenceTarget` (old id → new id; a split practice's evidence goes to its first
 * new id); evidence of a removed practice keeps its old id and is counted in the summary.
 */
import type { Answer, AnswerStatus, AssessmentContent, PackRef } from '../assessment/model';
import { failure, success, type Result } from '../result';
import { mappedFrom, type MappingEntry, type UpgradePath } from './pack-mapping';
import type { FrameworkPack } from './pack-schema';

/** What an upgrade did, for the screen (before confirming) and the journal. */
export interface UpgradeSummary {
  from: PackRef;
  to: PackRef;
  /** Answered practices whose id did not change. */
  carried: string[];
  renamed: { from: string; to: string }[];
  split: { from: string; to: string[] }[];
  merged: { from: string[]; to: string; status: AnswerStatus }[];
  /** Answers dropped because their practice is gone, with the status they had. */
  removed: { from: string; status: AnswerStatus }[];
  /** Practices of the newer pack nothing maps to: not yet assessed. */
  added: string[];
  /** Findings whose practice ids changed. */
  findingsChanged: number;
}

export interface UpgradeOutcome {
  content: AssessmentContent;
  summary: UpgradeSummary;
  /** Where evidence filed under an old practice id goes. */
  evidenceTarget: Record<string, string>;
}

export type UpgradeCode = 'no-upgrade-path' | 'mapping-mismatch';

/** -1, 0 or 1 as semantic version a is lower than, equal to or higher than b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The newer pack's mapping from this older pack version, if it has one. */
export function upgradePathFrom(toPack: FrameworkPack, from: PackRef): UpgradePath | undefined {
  if (toPack.id !== from.id || compareVersions(toPack.version, from.version) <= 0) return undefined;
  return toPack.upgradesFrom?.find((path) => path.id === from.id && path.version === from.version);
}

const STATUS_RANK: Record<AnswerStatus, number> = {
  'not-assessed': 0,
  'not-implemented': 1,
  partial: 2,
  implemented: 3,
  'not-applicable': 4,
};

function joinTexts(parts: { id: string; text: string }[]): string {
  return parts
    .filter((part) => part.text.trim() !== '')
    .map((part) => `[${part.id}] ${part.text}`)
    .join('\n\n');
}

/** The one answer several merged practices give; undefined when none was answered. */
export function mergeAnswers(answers: { id: string; answer: Answer }[]): Answer | undefined {
  if (answers.length === 0) return undefined;
  const applicable = answers.filter(({ answer }) => answer.status !== 'not-applicable');
  const deciding = applicable.length > 0 ? applicable : answers;
  const status = deciding
    .map(({ answer }) => answer.status)
    .reduce((weakest, next) => (STATUS_RANK[next] < STATUS_RANK[weakest] ? next : weakest));
  return {
    status,
    notes: joinTexts(answers.map(({ id, answer }) => ({ id, text: answer.notes }))),
    justification:
      status === 'not-applicable'
        ? joinTexts(answers.map(({ id, answer }) => ({ id, text: answer.justification })))
        : '',
    systemIds: [...new Set(answers.flatMap(({ answer }) => answer.systemIds))],
  };
}

function checkMapping(
  mapping: readonly MappingEntry[],
  fromPack: FrameworkPack,
): Result<undefined, UpgradeCode> {
  const known = new Set(fromPack.practices.map((p) => p.id));
  for (const entry of mapping) {
    const unknown = mappedFrom(entry).find((id) => !known.has(id));
    if (unknown)
      return failure(
        'mapping-mismatch',
        `The mapping names practice "${unknown}", which ${fromPack.id} ${fromPack.version} does not have: nothing was changed.`,
      );
  }
  return success(undefined);
}

/**
 * Upgrades an assessment's content from `fromPack` to `toPack` by the mapping `toPack` carries for
 * `fromPack`'s version. Refuses when there is no such mapping or it names practices the older pack lacks.
 */
export function upgradeAssessment(
  content: AssessmentContent,
  fromPack: FrameworkPack,
  toPack: FrameworkPack,
): Result<UpgradeOutcome, UpgradeCode> {
  const path = upgradePathFrom(toPack, fromPack);
  if (!path)
    return failure(
      'no-upgrade-path',
      `${toPack.id} ${toPack.version} has no mapping from version ${fromPack.version}: nothing was changed.`,
    );
  const checked = checkMapping(path.mapping, fromPack);
  if (!checked.ok) return checked;

  const newIds = new Set(toPack.practices.map((p) => p.id));
  const byFrom = new Map<string, MappingEntry>();
  for (const entry of path.mapping) for (const id of mappedFrom(entry)) byFrom.set(id, entry);
  const answerOf = (id: string) => content.answers[id];
  const answers: Record<string, Answer> = {};
  const summary: UpgradeSummary = {
    from: { id: fromPack.id, version: fromPack.version },
    to: { id: toPack.id, version: toPack.version },
    carried: [],
    renamed: [],
    split: [],
    merged: [],
    removed: [],
    added: [],
    findingsChanged: 0,
  };
  const target: Record<string, string[]> = {};
  const produced = new Set<string>();

  for (const entry of path.mapping) {
    if (entry.kind === 'renamed') {
      target[entry.from] = [entry.to];
      produced.add(entry.to);
      const answer = answerOf(entry.from);
      if (answer) answers[entry.to] = answer;
      summary.renamed.push({ from: entry.from, to: entry.to });
    } else if (entry.kind === 'split') {
      target[entry.from] = [...entry.to];
      entry.to.forEach((id) => produced.add(id));
      const answer = answerOf(entry.from);
      if (answer) for (const id of entry.to) answers[id] = answer;
      summary.split.push({ from: entry.from, to: [...entry.to] });
    } else if (entry.kind === 'merged') {
      for (const id of entry.from) target[id] = [entry.to];
      produced.add(entry.to);
      const given = entry.from.flatMap((id) => {
        const answer = answerOf(id);
        return answer ? [{ id, answer }] : [];
      });
      const merged = mergeAnswers(given);
      if (merged) answers[entry.to] = merged;
      summary.merged.push({ from: [...entry.from], to: entry.to, status: merged?.status ?? 'not-assessed' });
    } else {
      target[entry.from] = [];
      const answer = answerOf(entry.from);
      summary.removed.push({ from: entry.from, status: answer?.status ?? 'not-assessed' });
    }
  }

  for (const practice of fromPack.practices) {
    if (byFrom.has(practice.id)) continue;
    const answer = answerOf(practice.id);
    if (newIds.has(practice.id)) {
      target[practice.id] = [practice.id];
      produced.add(practice.id);
      if (answer) {
        answers[practice.id] = answer;
        summary.carried.push(practice.id);
      }
    } else {
      target[practice.id] = [];
      summary.removed.push({ from: practice.id, status: answer?.status ?? 'not-assessed' });
    }
  }
  summary.added = toPack.practices.map((p) => p.id).filter((id) => !produced.has(id));

  const findings = content.findings.map((finding) => {
    const practiceIds = [...new Set(finding.practiceIds.flatMap((id) => target[id] ?? [id]))];
    const changed = practiceIds.join('\n') !== finding.practiceIds.join('\n');
    if (changed) summary.findingsChanged++;
    return changed ? { ...finding, practiceIds } : finding;
  });
  const evidenceTarget: Record<string, string> = {};
  for (const [from, to] of Object.entries(target)) {
    const first = to[0];
    if (first !== undefined && first !== from) evidenceTarget[from] = first;
  }
  return success({ content: { ...content, answers, findings }, summary, evidenceTarget });
}
