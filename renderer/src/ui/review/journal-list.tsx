import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import type { AssessmentContent, JournalEntry } from '../../domain/assessment/model';
import { verifyJournal } from '../../domain/journal/journal';
import { formatDateTime } from '../common/format';
import { readableField } from './journal-field';

export const JOURNAL_PAGE_SIZE = 20;
const MAX_VALUE_CHARS = 160;

/** A value in one line, shortened: the journal list shows what changed, not whole documents. */
function short(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}

/**
 * A hash-chained journal, verified every time it is shown: intact, or broken at a named entry (never silently
 * accepted). Entries newest first, one page at a time so a long journal stays readable and bounded.
 */
export function JournalList({
  id,
  title,
  entries,
  content,
}: {
  id: string;
  title: string;
  entries: readonly JournalEntry[];
  /** The assessment the entries belong to, to name findings and systems by title instead of by id. */
  content?: AssessmentContent;
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
            {shown.map((entry) => (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actor}</td>
                <td>{readableField(entry.field, content)}</td>
                <td>
                  {short(entry.oldValue)} → {short(entry.newValue)}
                </td>
              </tr>
            ))}
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
