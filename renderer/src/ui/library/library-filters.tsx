import { Button, Fieldset, Label, Select, TextInput } from '@trussworks/react-uswds';
import { SORT_FIELDS } from '../../data';
import type { LibraryQuery, SortField } from '../../storage/library-query';
import { SECTORS } from '../common/framework';
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
    <Fieldset legend="Find assessments" className="library-filters">
      <div className="library-filters__row">
        <div>
          <Label htmlFor="library-search">Search title or site</Label>
          <TextInput
            id="library-search"
            name="search"
            type="search"
            value={query.text}
            onChange={(event) => set('text', event.target.value)}
          />
        </div>
        <div>
          <Label htmlFor="library-sector">Sector</Label>
          <Select
            id="library-sector"
            name="sector"
            value={query.sector}
            onChange={(event) => set('sector', event.target.value)}
          >
            <option value="">All sectors</option>
            {SECTORS.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="library-status">Status</Label>
          <Select
            id="library-status"
            name="status"
            value={query.status}
            onChange={(event) => set('status', event.target.value)}
          >
            <option value="">Any status</option>
            <option value="draft">Draft</option>
            <option value="in-progress">In progress</option>
            <option value="complete">Complete</option>
          </Select>
        </div>
      </div>
      <div className="library-filters__row">
        <div>
          <Label htmlFor="library-signer">Signer</Label>
          <Select
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
          </Select>
        </div>
        <div>
          <Label htmlFor="library-trust">Origin and trust</Label>
          <Select
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
          </Select>
        </div>
      </div>
      <div className="library-filters__row">
        <div>
          <Label htmlFor="library-from">Changed on or after</Label>
          <input
            className="usa-input"
            id="library-from"
            type="date"
            value={query.from}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div>
          <Label htmlFor="library-to">Changed on or before</Label>
          <input
            className="usa-input"
            id="library-to"
            type="date"
            value={query.to}
            onChange={(event) => set('to', event.target.value)}
          />
        </div>
        <div>
          <Label htmlFor="library-sort">Sort by</Label>
          <Select
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
          </Select>
        </div>
        <div>
          <Label htmlFor="library-order">Order</Label>
          <Select
            id="library-order"
            name="order"
            value={query.descending ? 'desc' : 'asc'}
            onChange={(event) => set('descending', event.target.value === 'desc')}
          >
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </Select>
        </div>
        <Button
          type="button"
          unstyled
          onClick={() =>
            onChange({ ...query, text: '', sector: '', status: '', from: '', to: '', signer: '', trust: '' })
          }
        >
          Clear filters
        </Button>
      </div>
    </Fieldset>
  );
}
