import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../app/app-context';
import { getJournal } from '../../storage/assessment-repository';
import { JournalList } from './journal-list';

/** Who changed what in the assessment itself, with the chain checked as stored (not as it once was). */
export function RecordJournalSection({ assessmentId }: { assessmentId: string }) {
  const { db } = useApp();
  const entries = useLiveQuery(() => getJournal(db, assessmentId), [db, assessmentId]);
  return (
    <section aria-labelledby="record-journal-section-heading">
      <h2 id="record-journal-section-heading">Change journal</h2>
      {entries === undefined ? (
        <p role="status">Checking the journal…</p>
      ) : (
        <JournalList id="record-journal" title="Assessment journal" entries={entries} />
      )}
    </section>
  );
}
