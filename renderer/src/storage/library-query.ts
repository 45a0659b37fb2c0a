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

/**
 * Above this many text matches, a page is found by walking the sort index (the matches are dense, so a page
 * fills after a few records); at or below it, reading just the matches and sorting them is cheaper.
 */
const DENSE_MATCHES = 1_000;

/** The query's text criterion alone: for a page, the first term's word index narrows enough. */
const TEXT_ONLY = { sector: '', status: '', signer: '', from: '', to: '' } as const;

/**
 * The ids of the headers that every indexed criterion of the query admits, read from the indexes alone
 * (key-only reads, no header read): one set per search term (the word index), the sector, the status, the
 * signer and the date range, intersected. Undefined when the query has no indexed criterion. Reading every
 * term's keys costs a few ms each, far less than reading the headers of the first term's matches to check
 * the others (measured in `npm run bench -- library storage`).
 */
function candidateIds(
  db: AirrDatabase,
  query: LibraryQuery,
  terms: readonly string[],
): Promise<Set<string>> | undefined {
  const table = db.assessments;
  const toEnd = query.to ? `${query.to}\uffff` : '';
  const reads: Array<Promise<string[]>> = terms.map((term) =>
    table.where('searchWords').startsWith(term).primaryKeys(),
  );
  if (query.sector) reads.push(table.where('sector').equals(query.sector).primaryKeys());
  if (query.status) reads.push(table.where('status').equals(query.status).primaryKeys());
  if (query.signer) reads.push(table.where('signerFingerprint').equals(query.signer).primaryKeys());
  if (query.from || toEnd) {
    const range = table.where('updatedAt');
    reads.push(
      (query.from && toEnd
        ? range.between(query.from, toEnd, true, true)
        : query.from
          ? range.aboveOrEqual(query.from)
          : range.belowOrEqual(toEnd)
      ).primaryKeys(),
    );
  }
  // Undefined at once, not after an await: a live query that reads the table directly then stays in Dexie's
  // zone and keeps observing it.
  if (reads.length === 0) return undefined;
  return Promise.all(reads).then((found) => {
    const sets = found.sort((x, y) => x.length - y.length);
    let ids = new Set(sets[0]);
    for (const keys of sets.slice(1)) {
      const next = new Set(keys);
      ids = new Set([...ids].filter((id) => next.has(id)));
    }
    return ids;
  });
}

/** IndexedDB's own order for the sort field: by value (code units), ties by primary key. */
function indexOrder(field: SortField, descending: boolean) {
  const direction = descending ? -1 : 1;
  return (a: AssessmentHeader, b: AssessmentHeader) => {
    const [x, y] = [String(a[field]), String(b[field])];
    if (x !== y) return direction * (x < y ? -1 : 1);
    return direction * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

async function readMatches(
  db: AirrDatabase,
  ids: ReadonlySet<string>,
  matches: (header: AssessmentHeader) => boolean,
): Promise<AssessmentHeader[]> {
  const headers = await db.assessments.bulkGet([...ids]);
  return headers.filter((header): header is AssessmentHeader => header !== undefined && matches(header));
}

/** One page of matching headers in the requested order (the same order whichever way it is found). */
export async function queryPage(
  db: AirrDatabase,
  query: LibraryQuery,
  offset: number,
  limit: number,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): Promise<AssessmentHeader[]> {
  const matches = headerMatcher(query, trusted, firstSigners);
  // Only the first term's keys: reading the other indexes too was measured slower for a page, which a walk
  // of the sort index fills after a few records (the intersection is what makes the count cheap).
  const reading = candidateIds(db, { ...query, ...TEXT_ONLY }, searchTerms(query.text).slice(0, 1));
  if (reading === undefined) return ordered(db, query).filter(matches).offset(offset).limit(limit).toArray();
  const ids = await reading;
  if (ids.size === 0) return [];
  if (ids.size > DENSE_MATCHES)
    return ordered(db, query)
      .filter((header) => ids.has(header.id) && matches(header))
      .offset(offset)
      .limit(limit)
      .toArray();
  const found = await readMatches(db, ids, matches);
  return found.sort(indexOrder(query.sort, query.descending)).slice(offset, offset + limit);
}

/**
 * How many headers match. The indexes answer every criterion but the trust state, so without a trust filter
 * the count reads no header at all.
 */
export async function countMatching(
  db: AirrDatabase,
  query: LibraryQuery,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): Promise<number> {
  const reading = candidateIds(db, query, searchTerms(query.text));
  const matches = headerMatcher(query, trusted, firstSigners);
  if (reading === undefined)
    return query.trust ? db.assessments.filter(matches).count() : db.assessments.count();
  const ids = await reading;
  if (!query.trust) return ids.size;
  return (await readMatches(db, ids, matches)).length;
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
