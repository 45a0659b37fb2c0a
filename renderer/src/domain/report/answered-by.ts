/**
 * Who answered each practice, for the report of a team assessment: whoever set the status that stands, from
 * the journal (merge/resolve.ts answeredByFromJournal). A report names them only when the assessment was
 * team work (a return was merged into it, or statuses were set by more than one person); an assessment one
 * person answered prints as before.
 */
import type { AssessmentDocument } from '../assessment/model';
import { answeredByFromJournal } from '../merge/resolve';

/** Per practice id, who answered it; null when the assessment is not team work (or carries no journal). */
export function teamAnsweredBy(
  document: Pick<AssessmentDocument, 'journal'>,
): Readonly<Record<string, string>> | null {
  const answeredBy = answeredByFromJournal(document.journal);
  const merged = document.journal.some((entry) => entry.field.startsWith('merge.'));
  const people = new Set(Object.values(answeredBy));
  return merged || people.size > 1 ? answeredBy : null;
}
