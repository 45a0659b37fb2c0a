/** The library screen's live reads: one page of matching assessments, the match count and the signer list. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryQuery } from '../storage/library-query';
import type { AssessmentHeader } from '../storage/rows';
import type { Store } from './store';
import { useStore } from './store-context';

export interface LibraryPage {
  rows: AssessmentHeader[];
  total: number;
}

/** One page of the library and the number of matches, read together (for callers that need both at once). */
export async function readLibraryPage(
  store: Store,
  query: LibraryQuery,
  page: number,
  pageSize: number,
  trusted: ReadonlySet<string> | undefined,
  firstSigners?: ReadonlyMap<string, string>,
): Promise<LibraryPage> {
  const [rows, total] = await Promise.all([
    store.queryPage(query, page * pageSize, pageSize, trusted, firstSigners),
    store.countMatching(query, trusted, firstSigners),
  ]);
  return { rows, total };
}

/**
 * Page `page` (from 0) of the assessments matching `query`, and the number of matches, as two live reads:
 * the rows arrive as soon as the page is read; the count (which reads every criterion's index) starts after
 * them and is undefined until it is known for this query.
 * Trust filters follow the trust store live.
 */
export function useLibraryPage(
  query: LibraryQuery,
  page: number,
  pageSize: number,
): { rows: AssessmentHeader[] | undefined; total: number | undefined } {
  const store = useStore();
  // Only a trust filter needs the trust store and the signer pins (a changed signer is its own state); any
  // other query neither waits for them nor runs again when they arrive.
  const filtersTrust = query.trust !== '';
  const signers = useLiveQuery(
    () => (filtersTrust ? store.readSignerContext() : undefined),
    [store, filtersTrust],
  );
  const waiting = filtersTrust && signers === undefined;
  const trusted = query.trust ? signers?.trusted : undefined;
  const firstSigners = query.trust ? signers?.firstSigners : undefined;
  // The page main.tsx read before the first render, if it is this one: the first commit shows its rows.
  const [primed] = useState(() => {
    const rows = filtersTrust ? undefined : store.takePrimedLibraryPage(query, page * pageSize, pageSize);
    return rows && { query, rows };
  });
  const read = useLiveQuery(
    async () =>
      waiting
        ? undefined
        : { query, rows: await store.queryPage(query, page * pageSize, pageSize, trusted, firstSigners) },
    [store, query, page, pageSize, waiting, trusted, firstSigners],
    primed,
  );
  // The count starts once this query's rows are shown, so its index reads never queue ahead of the page's.
  const counting = read?.query === query;
  const total = useLiveQuery(
    () => (counting ? store.countMatching(query, trusted, firstSigners) : undefined),
    [store, query, counting, trusted, firstSigners],
  );
  return { rows: read?.rows, total };
}

/** The signers of imported assessments (fingerprint and name), for the signer filter. */
export function useLibrarySigners(): Array<{ fingerprint: string; name: string }> | undefined {
  const store = useStore();
  return useLiveQuery(() => store.librarySigners(), [store]);
}
