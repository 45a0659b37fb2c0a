/**
 * Library search: one page of headers at a time. Every criterion but the trust state has an index, so a page
 * is found from keys (the matching ids, in the sort index's order) and only its own headers are read; the
 * total is counted separately, from the same keys.
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

/** One indexed criterion of a query: the test a header must pass, and every header passing it, by index. */
interface Criterion {
  admits: (header: AssessmentHeader) => boolean;
  read: () => Promise<AssessmentHeader[]>;
}

/** The query's indexed criteria (the trust state has no index and is not among them). */
function indexedCriteria(db: AirrDatabase, query: LibraryQuery): Criterion[] {
  const table = db.assessments;
  const criteria: Criterion[] = searchTerms(query.text).map((term) => ({
    admits: (header) => header.searchWords.some((word) => word.startsWith(term)),
    read: () => table.where('searchWords').startsWith(term).toArray(),
  }));
  const equal = (field: 'sector' | 'status' | 'signerFingerprint', value: string) => {
    if (value)
      criteria.push({
        admits: (header) => header[field] === value,
        read: () => table.where(field).equals(value).toArray(),
      });
  };
  equal('sector', query.sector);
  equal('status', query.status);
  equal('signerFingerprint', query.signer);
  const toEnd = query.to ? `${query.to}\uffff` : '';
  if (query.from || toEnd) {
    const from = query.from || '';
    criteria.push({
      admits: (header) => header.updatedAt >= from && (!toEnd || header.updatedAt <= toEnd),
      read: () => {
        const range = table.where('updatedAt');
        return (
          query.from && toEnd
            ? range.between(query.from, toEnd, true, true)
            : query.from
              ? range.aboveOrEqual(query.from)
              : range.belowOrEqual(toEnd)
        ).toArray();
      },
    });
  }
  return criteria;
}

/** Records read by the first step of a page walk; each further step reads twice as many. */
const FIRST_STEP = 100;

/**
 * Records of the sort index a page walk reads, per wanted match, before it stops walking and reads the
 * matches of the query's most selective criterion instead.
 */
const WALK_PER_MATCH = 12;

/**
 * Walks the sort index in order, a growing step at a time (one bounded read each, not a cursor step per
 * record), keeping the headers that match, until `wanted` matched, the index ended or `budget` records were
 * read. Steps resume at the last key read; records already read at that key (ties) are skipped.
 */
async function walkSorted(
  db: AirrDatabase,
  query: LibraryQuery,
  matches: (header: AssessmentHeader) => boolean,
  wanted: number,
  budget: number,
): Promise<{ found: AssessmentHeader[]; read: AssessmentHeader[]; complete: boolean }> {
  const field = query.sort;
  const found: AssessmentHeader[] = [];
  const read: AssessmentHeader[] = [];
  let last: string | undefined;
  let atLast = new Set<string>();
  let step = FIRST_STEP;
  while (found.length < wanted && read.length < budget) {
    const from =
      last === undefined
        ? ordered(db, query)
        : query.descending
          ? db.assessments.where(field).belowOrEqual(last).reverse()
          : db.assessments.where(field).aboveOrEqual(last);
    // The records already read at the starting key come back first: read that many more.
    const asked = step + atLast.size;
    const chunk = await from.limit(asked).toArray();
    const fresh = chunk.filter((header) => !(header[field] === last && atLast.has(header.id)));
    for (const header of fresh) {
      read.push(header);
      if (matches(header)) found.push(header);
      const key = header[field];
      if (key !== last) [last, atLast] = [key, new Set()];
      atLast.add(header.id);
    }
    if (chunk.length < asked) return { found, read, complete: true };
    step *= 2;
  }
  return { found, read, complete: false };
}

/**
 * One page of matching headers in the requested order. With no criterion, the page is one bounded read of
 * the sort index. Otherwise the sort index is walked in growing steps and filtered, which fills a page after
 * a few hundred records when matches are common; when they are rare (the walk reads WALK_PER_MATCH records
 * per wanted match without filling the page), the matches of the criterion that admitted fewest of the
 * records walked are read through its index instead, then filtered and sorted. Either way the page never
 * waits for the count, which reads the other indexes too.
 */
export async function queryPage(
  db: AirrDatabase,
  query: LibraryQuery,
  offset: number,
  limit: number,
  trusted: ReadonlySet<string> = NO_TRUST,
  firstSigners: ReadonlyMap<string, string> = NO_PINS,
): Promise<AssessmentHeader[]> {
  const matches = headerMatcher(query, trusted, firstSigners);
  const criteria = indexedCriteria(db, query);
  if (criteria.length === 0 && !query.trust) {
    const page = ordered(db, query);
    return (offset > 0 ? page.offset(offset) : page).limit(limit).toArray();
  }
  const wanted = offset + limit;
  const budget = criteria.length === 0 ? Infinity : Math.max(3 * FIRST_STEP, WALK_PER_MATCH * wanted);
  const walk = await walkSorted(db, query, matches, wanted, budget);
  if (walk.complete || walk.found.length >= wanted) return walk.found.slice(offset, wanted);
  const admitted = criteria.map((criterion) => walk.read.filter(criterion.admits).length);
  const narrowest = criteria[admitted.indexOf(Math.min(...admitted))];
  if (narrowest === undefined) return walk.found.slice(offset, wanted);
  // A multi-entry index lists a header once per matching word: one of each.
  const unique = new Map((await narrowest.read()).map((header) => [header.id, header]));
  return [...unique.values()]
    .filter(matches)
    .sort(indexOrder(query.sort, query.descending))
    .slice(offset, wanted);
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
