import type { AssessmentContent, JournalEntry } from '../../domain/assessment/model';
import { useRecordJournal } from '../../data';
import { useFramework } from '../common/framework';
import { JournalList } from './journal-list';
import { journalLine } from './journal-line';

/**
 * Who changed what in the assessment itself, with the chain checked as stored (not as it once was). Shown
 * inside the assessment's pack gate, or with `packMissing` where this device lacks its pack.
 */
export function RecordJournalSection({
  assessmentId,
  content,
  packMissing = false,
}: {
  assessmentId: string;
  content: AssessmentContent;
  packMissing?: boolean;
}) {
  const entries = useRecordJournal(assessmentId);
  const framework = useFramework();
  // Named by the assessment's own pack, so a practice reads with the title the wizard showed; by id without it.
  const pack = packMissing ? null : framework.pack;
  const describe = (entry: JournalEntry) => journalLine(entry, { pack, content });
  return (
    <section aria-labelledby="record-journal-section-heading">
      <h2 id="record-journal-section-heading">Change journal</h2>
      {entries === undefined ? (
        <p role="status">Checking the journal…</p>
      ) : (
        <JournalList
          id="record-journal"
          title="Assessment journal"
          entries={entries}
          content={content}
          describe={describe}
        />
      )}
    </section>
  );
}
