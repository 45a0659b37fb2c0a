/** The library screen's live reads: one page of matching assessments, the match count and the signer list. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryQuery } from '../storage/library-query';
import type { AssessmentHeader } from '../storage/rows';
import type { Store } from './store';
import { useStore } from './store-context';
import { useSignerContext } from './signer-hooks';

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
 * the rows arrive as soon as the page is read, the count (which may walk the whole table) after them.
 * Trust filters follow the trust store live.
 */
export function useLibraryPage(
  query: LibraryQuery,
  page: number,
  pageSize: number,
): { rows: AssessmentHeader[] | undefined; total: number | undefined } {
  const store = useStore();
  // Trust filters follow the trust store and the signer pins (a changed signer is its own state).
  const signers = useSignerContext();
  const trusted = signers?.trusted;
  const firstSigners = signers?.firstSigners;
  const rows = useLiveQuery(
    () => store.queryPage(query, page * pageSize, pageSize, trusted, firstSigners),
    [store, query, page, pageSize, trusted, firstSigners],
  );
  const total = useLiveQuery(
    () => store.countMatching(query, trusted, firstSigners),
    [store, query, trusted, firstSigners],
  );
  return { rows, total };
}

/** The signers of imported assessments (fingerprint and name), for the signer filter. */
export function useLibrarySigners(): Array<{ fingerprint: string; name: string }> | undefined {
  const store = useStore();
  return useLiveQuery(() => store.librarySigners(), [store]);
}
