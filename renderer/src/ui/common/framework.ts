/**
 * The framework pack and scoring as the screens use them: the built-in pack bound in, so components call
 * practicesInScopeFor(roles) rather than threading the pack through every prop.
 */
import { BUILT_IN_PACK, BUILT_IN_PACK_REF } from '../../domain/framework/builtin-pack';
import { practicesInScope, sectorName as packSectorName } from '../../domain/framework/pack-queries';
import type { Practice } from '../../domain/framework/pack-schema';
import { answerProblems, isAnswerComplete } from '../../domain/scoring/answer-rules';
import { scoreAssessment, type AssessmentScore } from '../../domain/scoring/score-assessment';
import type { Answer, AssessmentContent, RoleCode } from '../../domain/assessment/model';

export type { Practice };
export const PACK = BUILT_IN_PACK;
export { BUILT_IN_PACK_REF };
export const SECTORS = BUILT_IN_PACK.sectors;

export function sectorName(id: string): string {
  return id ? packSectorName(BUILT_IN_PACK, id) : '';
}

export function practicesInScopeFor(roles: readonly RoleCode[]): Practice[] {
  return practicesInScope(BUILT_IN_PACK, roles);
}

/** Answered and without problems (a Not applicable needs its reason). */
export function isAnswered(answer: Answer | undefined): boolean {
  return isAnswerComplete(answer);
}

/** The first problem with an answer as a sentence, or null. */
export function answerProblem(answer: Answer): string | null {
  return answerProblems(answer)[0]?.message ?? null;
}

export function scoreContent(content: AssessmentContent): AssessmentScore {
  return scoreAssessment(BUILT_IN_PACK, content);
}
