import type { AssessmentContent } from '../../domain/assessment/model';

/**
 * A journal entry's dotted field path as a reader can follow it: the ids of findings and AI systems become
 * their titles ("finding “Flat OT network” · status" rather than "ce23ac4e-….status"). Ids no longer in the
 * assessment (a removed finding) stay as they are.
 */
export function readableField(field: string, content: AssessmentContent | undefined): string {
  if (!content) return field;
  const names = new Map<string, string>([
    ...content.findings.map((finding): [string, string] => [
      finding.id,
      finding.title.trim() ? `finding “${finding.title.trim()}”` : 'untitled finding',
    ]),
    ...content.systems.map((system): [string, string] => [
      system.id,
      system.name.trim() ? `AI system “${system.name.trim()}”` : 'unnamed AI system',
    ]),
  ]);
  return field
    .split('.')
    .map((part) => names.get(part) ?? part)
    .join(' · ');
}
