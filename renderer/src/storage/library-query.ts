/**
 * Library search: one page of headers at a time. The sort runs on an index and the filter is applied while
 * the cursor walks it, so the first page of 10,000 assessments arrives without reading them all; the total
 * is counted separately.
 */
import type { AirrDatabase } from './database';
import type { AssessmentHeader } from './rows';
import { searchTerms } from './search-words';
import { signedByHeader, signerStateKind, type SignerContext } from './signer-state';

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
  /** Signer certificate fingerprint (lowercase hex); empty for any. */
  signer: string;
  /**
   * 'trusted' / 'unknown' (imported, signer not in the trust store) / 'changed' (imported, signed by another
   * certificate than the first one, accepted by a recorded key change) / 'local'; empty for any.
   */
  trust: '' | 'trusted' | 'unknown' | 'changed' | 'local';
}

export const DEFAULT_QUERY: LibraryQuery = {
  text: '',
  sector: '',
  status: '',
  from: '',
  to: '',
  sort: 'updatedAt',
  descending: true,
  signer: '',
  trust: '',
};

const NO_TRUST: ReadonlySet<string> = new Set();
const NO_PINS: ReadonlyMap<string, string> = new Map();

/** The signer state's kind as the trust filter names it (the same rule as the "Signed by" column). */
function trustOf(header: AssessmentHeader, signers: SignerContext): LibraryQuery['trust'] {
  const kind = signerStateKind(
    signedByHeader(header),
    signers.trusted.has(header.signerFingerprint),
    signers.firstSigners.get(header.id),
  );
  return kind === 'own' ? 'local' : kind;
}

/**
 * The filter as a predicate; `trusted` holds the trust store's fingerprints (lowercase hex), `firstSigners`
 * the first pinned certificate of each imported assessment (see signer-state.ts).
 */
export function headerMatcher(
  query: LibraryQuery,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): (header: AssessmentHeader) => boolean {
  const signers: SignerContext = { trusted, firstSigners };
  const terms = searchTerms(query.text);
  const toEnd = query.to ? `${query.to}\uffff` : '';
  return (header) => {
    if (query.sector && header.sector !== query.sector) return false;
    if (query.status && header.status !== query.status) return false;
    if (query.signer && header.signerFingerprint !== query.signer) return false;
    if (query.trust && trustOf(header, signers) !== query.trust) return false;
    if (query.from && header.updatedAt < query.from) return false;
    if (toEnd && header.updatedAt > toEnd) return false;
    return terms.every((term) => header.searchWords.some((word) => word.startsWith(term)));
  };
}

function ordered(db: AirrDatabase, query: LibraryQuery) {
  const collection = db.assessments.orderBy(query.sort);
  return query.descending ? collection.reverse() : collection;
}

/** Headers holding a word that starts with the first search term, read through the word index. */
async function candidatesForText(
  db: AirrDatabase,
  query: LibraryQuery,
  trusted: ReadonlySet<string>,
  firstSigners: ReadonlyMap<string, string>,
): Promise<AssessmentHeader[]> {
  const [first = ''] = searchTerms(query.text);
  const keys = await db.assessments.where('searchWords').startsWith(first).primaryKeys();
  const headers = await db.assessments.bulkGet([...new Set(keys)]);
  const matches = headers
    .filter((header): header is AssessmentHeader => header !== undefined)
    .filter(headerMatcher(query, trusted, firstSigners));
  const direction = query.descending ? -1 : 1;
  return matches.sort((a, b) => direction * String(a[query.sort]).localeCompare(String(b[query.sort])));
}

/** One page of matching headers in the requested order. */
export async function queryPage(
  db: AirrDatabase,
  query: LibraryQuery,
  offset: number,
  limit: number,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): Promise<AssessmentHeader[]> {
  if (searchTerms(query.text).length > 0) {
    return (await candidatesForText(db, query, trusted, firstSigners)).slice(offset, offset + limit);
  }
  return ordered(db, query)
    .filter(headerMatcher(query, trusted, firstSigners))
    .offset(offset)
    .limit(limit)
    .toArray();
}

/** How many headers match: with search terms through the word index, otherwise by walking the table. */
export async function countMatching(
  db: AirrDatabase,
  query: LibraryQuery,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): Promise<number> {
  if (searchTerms(query.text).length > 0)
    return (await candidatesForText(db, query, trusted, firstSigners)).length;
  return db.assessments.filter(headerMatcher(query, trusted, firstSigners)).count();
}

/** The signers of imported assessments, for the signer filter: fingerprint and name, by name. */
export async function librarySigners(
  db: AirrDatabase,
): Promise<Array<{ fingerprint: string; name: string }>> {
  const imported = await db.assessments.where('source').equals('imported').toArray();
  const byFingerprint = new Map(
    imported.map((header) => [header.signerFingerprint, header.signerName ?? '']),
  );
  return [...byFingerprint]
    .map(([fingerprint, name]) => ({ fingerprint, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
