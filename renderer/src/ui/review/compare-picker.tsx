import { useState } from 'react';
import { Button, Label, Select } from '@trussworks/react-uswds';
import { useRevisions, useSiteAssessments } from '../../data';
import { routeHref, useRoute } from '../app/router';
import type { AssessmentHeader } from '../../storage/rows';
import { formatDateTime } from '../common/format';

interface Option {
  ref: string;
  label: string;
}

/** Picks what to compare this assessment with: earlier revisions of it, or other assessments of the same site. */
export function ComparePicker({ header }: { header: AssessmentHeader }) {
  const { navigate } = useRoute();
  const [choice, setChoice] = useState('');
  const revisions = useRevisions(header.id);
  const sameSite = useSiteAssessments(header.siteName);
  const options: Option[] | undefined =
    revisions === undefined || sameSite === undefined
      ? undefined
      : [
          ...revisions.map((row) => ({
            ref: `${row.assessmentId}@${row.revision}`,
            label: `This assessment, revision ${row.revision} (imported ${formatDateTime(row.importedAt)})`,
          })),
          ...sameSite
            .filter((other) => other.id !== header.id)
            .map((other) => ({
              ref: other.id,
              label: `${other.title} (revision ${other.revision}, ${formatDateTime(other.updatedAt)})`,
            })),
        ];
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare over time</h2>
      <p>
        <a href={routeHref('series', header.id)}>
          See every cycle of {header.siteName || 'this site'} as a series
        </a>{' '}
        (overall, area and role scores across all of them).
      </p>
      {options === undefined ? null : options.length === 0 ? (
        <p>No earlier revision or other assessment of {header.siteName} is stored yet.</p>
      ) : (
        <div className="compare-picker">
          <Label htmlFor="compare-with">Compare with</Label>
          <Select
            id="compare-with"
            name="compareWith"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">- Choose an earlier assessment -</option>
            {options.map((option) => (
              <option key={option.ref} value={option.ref}>
                {option.label}
              </option>
            ))}
          </Select>
          <Button type="button" disabled={!choice} onClick={() => navigate('compare', choice, header.id)}>
            Compare
          </Button>
        </div>
      )}
    </section>
  );
}
