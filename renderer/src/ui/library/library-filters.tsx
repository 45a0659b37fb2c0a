import { SORT_FIELDS } from '../../data';
import type { LibraryQuery, SortField } from '../../storage/library-query';
import { BUILT_IN_SECTORS } from '../../domain/framework/builtin-sectors';
import { fingerprintStart } from '../../domain/crypto/fingerprint';

const SORT_LABELS: Record<SortField, string> = {
  updatedAt: 'Last change',
  createdAt: 'Created',
  title: 'Title',
  siteName: 'Site',
  sector: 'Sector',
  status: 'Status',
};

/** Search and filter controls; every change applies at once (no submit needed). */
export function LibraryFilters({
  query,
  onChange,
  signers,
}: {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  signers: Array<{ fingerprint: string; name: string }>;
}) {
  const set = <K extends keyof LibraryQuery>(key: K, value: LibraryQuery[K]) =>
    onChange({ ...query, [key]: value });
  return (
    <fieldset className="usa-fieldset library-filters">
      <legend className="usa-legend">Find assessments</legend>
      <div className="library-filters__row">
        <div>
          <label className="usa-label" htmlFor="library-search">
            Search title or site
          </label>
          <input
            className="usa-input"
            id="library-search"
            name="search"
            type="search"
            value={query.text}
            onChange={(event) => set('text', event.target.value)}
          />
        </div>
        <div>
          <label className="usa-label" htmlFor="library-sector">
            Sector
          </label>
          <select
            className="usa-select"
            id="library-sector"
            name="sector"
            value={query.sector}
            onChange={(event) => set('sector', event.target.value)}
          >
            <option value="">All sectors</option>
            {BUILT_IN_SECTORS.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="usa-label" htmlFor="library-status">
            Status
          </label>
          <select
            className="usa-select"
            id="library-status"
            name="status"
            value={query.status}
            onChange={(event) => set('status', event.target.value)}
          >
            <option value="">Any status</option>
            <option value="draft">Draft</option>
            <option value="in-progress">In progress</option>
            <option value="complete">Complete</option>
          </select>
        </div>
      </div>
      <div className="library-filters__row">
        <div>
          <label className="usa-label" htmlFor="library-signer">
            Signer
          </label>
          <select
            className="usa-select"
            id="library-signer"
            name="signer"
            value={query.signer}
            onChange={(event) => set('signer', event.target.value)}
          >
            <option value="">Any signer</option>
            {signers.map((signer) => (
              <option key={signer.fingerprint} value={signer.fingerprint}>
                {signer.name || 'Unnamed'} (SHA-256 begins {fingerprintStart(signer.fingerprint)})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="usa-label" htmlFor="library-trust">
            Origin and trust
          </label>
          <select
            className="usa-select"
            id="library-trust"
            name="trust"
            value={query.trust}
            onChange={(event) => set('trust', event.target.value as LibraryQuery['trust'])}
          >
            <option value="">Any</option>
            <option value="local">Made on this computer</option>
            <option value="trusted">Imported, trusted signer</option>
            <option value="unknown">Imported, signer not trusted</option>
            <option value="changed">Imported, changed signer (new key accepted)</option>
          </select>
        </div>
      </div>
      <div className="library-filters__row">
        <div>
          <label className="usa-label" htmlFor="library-from">
            Changed on or after
          </label>
          <input
            className="usa-input"
            id="library-from"
            type="date"
            value={query.from}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div>
          <label className="usa-label" htmlFor="library-to">
            Changed on or before
          </label>
          <input
            className="usa-input"
            id="library-to"
            type="date"
            value={query.to}
            onChange={(event) => set('to', event.target.value)}
          />
        </div>
        <div>
          <label className="usa-label" htmlFor="library-sort">
            Sort by
          </label>
          <select
            className="usa-select"
            id="library-sort"
            name="sort"
            value={query.sort}
            onChange={(event) => set('sort', event.target.value as SortField)}
          >
            {SORT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {SORT_LABELS[field]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="usa-label" htmlFor="library-order">
            Order
          </label>
          <select
            className="usa-select"
            id="library-order"
            name="order"
            value={query.descending ? 'desc' : 'asc'}
            onChange={(event) => set('descending', event.target.value === 'desc')}
          >
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </select>
        </div>
        <button
          type="button"
          className="usa-button usa-button--unstyled"
          onClick={() =>
            onChange({ ...query, text: '', sector: '', status: '', from: '', to: '', signer: '', trust: '' })
          }
        >
          Clear filters
        </button>
      </div>
    </fieldset>
  );
}
