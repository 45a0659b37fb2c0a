/**
 * The library's first page, read while React is not rendering yet (main.tsx), so the library's first commit
 * already holds its rows: without it the first commit says "Loading assessments…" and the rows need a second
 * render, style and layout. The page is handed out once, as the first result of the library's live query,
 * which then replaces it with its own reads (and follows every later write as before).
 */
import type { LibraryQuery } from '../storage/library-query';
import type { AssessmentHeader } from '../storage/rows';

type ReadPage = (query: LibraryQuery, offset: number, limit: number) => Promise<AssessmentHeader[]>;

interface Primed {
  query: LibraryQuery;
  offset: number;
  limit: number;
  rows: AssessmentHeader[];
}

export function primedPage(read: ReadPage) {
  let primed: Primed | null = null;
  return {
    /** Reads the page and keeps it for {@link take}; a failed read keeps nothing (the live query reports it). */
    prime: async (query: LibraryQuery, offset: number, limit: number): Promise<void> => {
      try {
        primed = { query, offset, limit, rows: await read(query, offset, limit) };
      } catch {
        primed = null;
      }
    },
    /** The kept rows if they are this very query's page (the same query object); once, then forgotten. */
    take: (query: LibraryQuery, offset: number, limit: number): AssessmentHeader[] | undefined => {
      const kept = primed;
      primed = null;
      return kept && kept.query === query && kept.offset === offset && kept.limit === limit
        ? kept.rows
        : undefined;
    },
  };
}
