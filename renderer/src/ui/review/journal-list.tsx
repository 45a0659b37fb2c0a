import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import type { AssessmentContent, JournalEntry } from '../../domain/assessment/model';
import { verifyJournal } from '../../domain/journal/journal';
import { formatDateTime } from '../common/format';
import { readableField } from './journal-field';
import { shortValue, type JournalLine } from './journal-line';

export const JOURNAL_PAGE_SIZE = 20;

/** The entry's path with ids named (journal-field.ts) and its raw values: for journals without labels. */
const rawLine =
  (content: AssessmentContent | undefined) =>
  (entry: JournalEntry): JournalLine => ({
    what: readableField(entry.field, content),
    change: `${shortValue(entry.oldValue)} → ${shortValue(entry.newValue)}`,
  });

/**
 * A hash-chained journal, verified every time it is shown: intact, or broken at a named entry (never silently
 * accepted). Entries newest first, one page at a time so a long journal stays readable and bounded.
 */
export function JournalList({
  id,
  title,
  entries,
  content,
  describe = rawLine(content),
}: {
  id: string;
  title: string;
  entries: readonly JournalEntry[];
  /** The assessment the entries belong to, to name findings and systems by title instead of by id. */
  content?: AssessmentContent;
  /** What an entry changed, in words (journal-line.ts); by default its path and raw values. */
  describe?: (entry: JournalEntry) => JournalLine;
}) {
  const [page, setPage] = useState(0);
  const verdict = verifyJournal(entries);
  const pages = Math.max(1, Math.ceil(entries.length / JOURNAL_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const newestFirst = [...entries].reverse();
  const shown = newestFirst.slice(current * JOURNAL_PAGE_SIZE, (current + 1) * JOURNAL_PAGE_SIZE);
  return (
    <section aria-labelledby={`${id}-heading`} className="journal-list" data-testid={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {verdict.ok ? (
        <p data-testid={`${id}-status`} className="journal-list__intact">
          Chain intact: {entries.length} {entries.length === 1 ? 'entry' : 'entries'}, each linked to the one
          before by its SHA-256.
        </p>
      ) : (
        <p data-testid={`${id}-status`} role="alert" className="usa-error-message">
          Chain broken at entry {verdict.atSeq}: {verdict.message} The journal cannot be relied on from that
          entry on.
        </p>
      )}
      {entries.length > 0 ? (
        <table className="usa-table usa-table--compact usa-table--borderless">
          <caption className="usa-sr-only">
            {title}, page {current + 1} of {pages}, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => {
              const line = describe(entry);
              return (
                <tr key={entry.seq}>
                  <td>{entry.seq}</td>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{entry.actor}</td>
                  <td>{line.what}</td>
                  <td>{line.change}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={`${title} pages`} className="library-pager">
          <Button type="button" outline disabled={current === 0} onClick={() => setPage(current - 1)}>
            Newer entries
          </Button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <Button type="button" outline disabled={current + 1 >= pages} onClick={() => setPage(current + 1)}>
            Older entries
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
