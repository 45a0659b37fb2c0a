import { useState } from 'react';
import { routeHref } from '../app/router';
import { DEFAULT_QUERY, useLibraryPage, useLibrarySigners, useSignerStates } from '../../data';
import type { LibraryQuery } from '../../storage/library-query';
import { usePageTitle } from '../common/use-page-title';
import { useReadyMark } from '../common/ready-mark';
import { LibraryFilters } from './library-filters';
import { LibraryTable } from './library-table';

export const PAGE_SIZE = 25;

/** The library: every assessment, own and imported, searchable, filterable, sortable, one page at a time. */
export function AssessmentsPage() {
  usePageTitle('Assessments');
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(0);
  const signers = useLibrarySigners();
  const { rows, total } = useLibraryPage(query, page, PAGE_SIZE);
  const signerStates = useSignerStates(rows);
  const pages = total === undefined ? undefined : Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Ready when the first rows show; the count follows (it may walk all 10,000 headers).
  useReadyMark(rows !== undefined);
  const change = (next: LibraryQuery) => {
    setQuery(next);
    setPage(0);
  };
  return (
    <>
      <div className="page-heading">
        <h1>Assessments</h1>
        <a className="usa-button" href={routeHref('assessments', 'new')}>
          New assessment
        </a>
      </div>
      <LibraryFilters query={query} onChange={change} signers={signers ?? []} />
      <p role="status" data-testid="library-count">
        {total === undefined ? 'Counting…' : `${total} assessment${total === 1 ? '' : 's'} found.`}
      </p>
      {rows === undefined ? (
        <p>Loading assessments…</p>
      ) : rows.length === 0 ? (
        <p>No assessment matches. Start one with “New assessment”, or import a bundle.</p>
      ) : (
        <LibraryTable rows={rows} signerStates={signerStates} />
      )}
      {pages !== undefined && pages > 1 ? (
        <nav aria-label="Library pages" className="library-pager">
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={page === 0}
            onClick={() => setPage(page - 1)}
          >
            Previous page
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button
            type="button"
            className="usa-button usa-button--outline"
            disabled={page + 1 >= pages}
            onClick={() => setPage(page + 1)}
          >
            Next page
          </button>
        </nav>
      ) : null}
    </>
  );
}
