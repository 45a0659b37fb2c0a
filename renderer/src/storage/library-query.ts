/**
 * Library search: one page of headers at a time. The sort runs on an index and the filter is applied while
 * the cursor walks it, so the first page of 10,000 assessments arrives without reading them all; the total
 * is counted separately.
 */
import type { AirrDatabase } from './database';
import type { AssessmentHeader } from './rows';
import { searchTerms } from './search-words';

export const SORT_FIELDS = ['updatedAt', 'createdAt', 'title', 'siteName', 'sector', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface LibraryQuery {
  /** Words that must all appear in the title or the site name (case-insensitive). */
  text: string;
  sector: string;
  status: string;
  /** yyyy-mm-dd bounds on the last change, inclusive; empty for none. */
  from: string;
  to: string;
  sort: SortField;
  descending: boolean;
}

export const DEFAULT_QUERY: LibraryQuery = {
  text: '',
  sector: '',
  status: '',
  from: '',
  to: '',
  sort: 'updatedAt',
  descending: true,
};

export function headerMatcher(query: LibraryQuery): (header: AssessmentHeader) => boolean {
  const terms = searchTerms(query.text);
  const toEnd = query.to ? `${query.to}\uffff` : '';
  return (header) => {
    if (query.sector && header.sector !== query.sector) return false;
    if (query.status && header.status !== query.status) return false;
    if (query.from && header.updatedAt < query.from) return false;
    if (toEnd && header.updatedAt > toEnd) return false;
    return terms.every((term) => header.searchWords.some((word) => word.startsWith(term)));
  };
}

function ordered(db: AirrDatabase, query: LibraryQuery) {
  const collection = db.assessments.orderBy(query.sort);
  return query.descending ? collection.reverse() : collection;
}

/** One page of matching headers in the requested order. */
export function queryPage(
  db: AirrDatabase,
  query: LibraryQuery,
  offset: number,
  limit: number,
): Promise<AssessmentHeader[]> {
  return ordered(db, query).filter(headerMatcher(query)).offset(offset).limit(limit).toArray();
}

/** How many headers match (walks the table; shown after the first page). */
export function countMatching(db: AirrDatabase, query: LibraryQuery): Promise<number> {
  return db.assessments.filter(headerMatcher(query)).count();
}
