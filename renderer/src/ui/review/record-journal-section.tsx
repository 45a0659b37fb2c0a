import type { AssessmentContent } from '../../domain/assessment/model';
import { useRecordJournal } from '../../data';
import { JournalList } from './journal-list';

/** Who changed what in the assessment itself, with the chain checked as stored (not as it once was). */
export function RecordJournalSection({
  assessmentId,
  content,
}: {
  assessmentId: string;
  content: AssessmentContent;
}) {
  const entries = useRecordJournal(assessmentId);
  return (
    <section aria-labelledby="record-journal-section-heading">
      <h2 id="record-journal-section-heading">Change journal</h2>
      {entries === undefined ? (
        <p role="status">Checking the journal…</p>
      ) : (
        <JournalList id="record-journal" title="Assessment journal" entries={entries} content={content} />
      )}
    </section>
  );
}
