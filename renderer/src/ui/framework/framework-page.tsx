import { Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { usePacks } from '../../data';
import type { PackRef } from '../../domain/assessment/model';
import { packKey } from '../../domain/scoring/own-pack-score';
import { usePageTitle } from '../common/use-page-title';
import { BUILT_IN_PACK_REF } from '../common/framework';
import { packChoiceLabel, usePackByRef } from '../common/own-packs';
import { PackDetails } from './pack-details';

/**
 * What a framework pack is, where its content comes from and how far each practice has been checked against
 * the framework's own text — so an assessor can weigh a practice's wording before relying on it. The
 * built-in pack is shown first; any installed pack can be chosen instead.
 */
export function FrameworkPage() {
  usePageTitle('Framework');
  const packs = usePacks();
  const [chosen, setChosen] = useState<PackRef>(BUILT_IN_PACK_REF);
  const pack = usePackByRef(chosen);
  const choose = (key: string) => {
    const listed = packs?.find((candidate) => packKey(candidate) === key);
    if (listed) setChosen({ id: listed.id, version: listed.version });
  };
  return (
    <>
      <h1>Framework</h1>
      <p>
        Assessments are made against a <strong>framework pack</strong>: the framework's roles, responsibility
        areas, practices and risks as data, in this project's own words. Every assessment records the pack and
        version it was made with.
      </p>
      {packs && packs.length > 1 ? (
        <div className="usa-form-group">
          <Label htmlFor="framework-pack">Pack to show</Label>
          <Select
            id="framework-pack"
            name="frameworkPack"
            value={packKey(chosen)}
            onChange={(event) => choose(event.target.value)}
          >
            {packs.map((listed) => (
              <option key={packKey(listed)} value={packKey(listed)}>
                {packChoiceLabel(listed)}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      {pack === undefined ? <p role="status">Loading the framework pack…</p> : null}
      {pack === null ? (
        <p role="alert">
          The pack {chosen.id} {chosen.version} is no longer installed on this device.
        </p>
      ) : null}
      {pack ? <PackDetails pack={pack} /> : null}
    </>
  );
}
