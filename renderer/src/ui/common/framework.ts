/**
 * The framework pack and scoring as the screens use them. An assessment is shown on its own pack (its
 * PackRef, resolved by AssessmentPackGate), which the wizard and review provide through ActivePackContext;
 * components read it with useFramework() instead of assuming the built-in pack. Outside an assessment (the
 * library, a new assessment, the framework page) the built-in pack is the default.
 */
import { createContext, useContext, useMemo } from 'react';
import { BUILT_IN_PACK, BUILT_IN_PACK_REF } from '../../domain/framework/builtin-pack';
import { practicesInScope, sectorName as packSectorName } from '../../domain/framework/pack-queries';
import type { FrameworkPack, Practice } from '../../domain/framework/pack-schema';
import { answerProblems, isAnswerComplete } from '../../domain/scoring/answer-rules';
import { scoreAssessment, type AssessmentScore } from '../../domain/scoring/score-assessment';
import type { Answer, AssessmentContent, RoleCode } from '../../domain/assessment/model';

export type { FrameworkPack, Practice };
/** The built-in pack: for screens that are not about one assessment. */
export const PACK = BUILT_IN_PACK;
export { BUILT_IN_PACK_REF };

/** The pack of the assessment on screen; the built-in pack where none is provided. */
export const ActivePackContext = createContext<FrameworkPack>(BUILT_IN_PACK);

export function sectorName(id: string, pack: FrameworkPack = BUILT_IN_PACK): string {
  return id ? packSectorName(pack, id) : '';
}

export function practicesInScopeFor(
  roles: readonly RoleCode[],
  pack: FrameworkPack = BUILT_IN_PACK,
): Practice[] {
  return practicesInScope(pack, roles);
}

/** Answered and without problems (a Not applicable needs its reason). */
export function isAnswered(answer: Answer | undefined): boolean {
  return isAnswerComplete(answer);
}

/** The first problem with an answer as a sentence, or null. */
export function answerProblem(answer: Answer): string | null {
  return answerProblems(answer)[0]?.message ?? null;
}

export function scoreContent(
  content: AssessmentContent,
  pack: FrameworkPack = BUILT_IN_PACK,
): AssessmentScore {
  return scoreAssessment(pack, content);
}

/** The active pack and the helpers bound to it. */
export interface Framework {
  pack: FrameworkPack;
  practicesInScopeFor: (roles: readonly RoleCode[]) => Practice[];
  scoreContent: (content: AssessmentContent) => AssessmentScore;
  sectorName: (id: string) => string;
}

export function useFramework(): Framework {
  const pack = useContext(ActivePackContext);
  return useMemo(
    () => ({
      pack,
      practicesInScopeFor: (roles) => practicesInScope(pack, roles),
      scoreContent: (content) => scoreAssessment(pack, content),
      sectorName: (id) => sectorName(id, pack),
    }),
    [pack],
  );
}
