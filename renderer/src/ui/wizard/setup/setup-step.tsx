import { Fieldset } from '@trussworks/react-uswds';
import { TLP_LABELS } from '../../../domain/assessment/model';
import { AutosaveDate, AutosaveSelect, AutosaveText } from '../../autosave/autosave-fields';
import { contentField, markingField, siteField } from '../../../data';
import { useFramework } from '../../common/framework';
import type { LoadedAssessment } from '../../../data';
import { AssessorsEditor } from './assessors-editor';

const TLP_HINTS: Record<(typeof TLP_LABELS)[number], string> = {
  'TLP:CLEAR': 'no limit on disclosure',
  'TLP:GREEN': 'the recipient’s community',
  'TLP:AMBER': 'the recipient’s organization and its clients, need to know',
  'TLP:AMBER+STRICT': 'the recipient’s organization only',
  'TLP:RED': 'named recipients only',
};

/** Who, where, when, and how sensitive: the cover facts of the assessment. */
export function SetupStep({ loaded }: { loaded: LoadedAssessment }) {
  const { content } = loaded;
  // Inside the assessment's pack gate: the sectors of its own pack.
  const { pack } = useFramework();
  const endBeforeStart = Boolean(content.startDate && content.endDate && content.endDate < content.startDate);
  return (
    <>
      <p>Everything on this screen is saved as you type.</p>
      <Fieldset legend="Assessment" legendStyle="large">
        <AutosaveText
          field={contentField(content, 'title')}
          label="Assessment title"
          id="setup-title"
          problem={content.title.trim() ? null : 'A title is needed to find this assessment later.'}
        />
        <AutosaveDate field={contentField(content, 'startDate')} label="First day on site" id="setup-start" />
        <AutosaveDate
          field={contentField(content, 'endDate')}
          label="Last day on site"
          id="setup-end"
          problem={endBeforeStart ? 'The last day is before the first day.' : null}
        />
      </Fieldset>
      <Fieldset legend="Site" legendStyle="large">
        <AutosaveText field={siteField(content, 'name')} label="Site or facility name" id="setup-site-name" />
        <AutosaveText field={siteField(content, 'address')} label="Site address" id="setup-site-address" />
        <AutosaveSelect
          field={contentField(content, 'sector')}
          label="Critical infrastructure sector"
          id="setup-sector"
          placeholder="- Select a sector -"
          options={pack.sectors.map((sector) => ({ value: sector.id, label: sector.name }))}
        />
        <AutosaveText
          field={contentField(content, 'subsector')}
          label="Subsector (optional)"
          id="setup-subsector"
          hint="For example: drinking water treatment, electric transmission."
        />
      </Fieldset>
      <AssessorsEditor assessors={content.assessors} />
      <Fieldset legend="Sensitivity marking" legendStyle="large">
        <p className="usa-hint">
          Shown in the banner on every screen of this assessment, and on every page of its report and bundle.
        </p>
        <AutosaveSelect
          field={markingField(content, 'tlp')}
          label="Traffic Light Protocol (TLP 2.0) label"
          id="setup-tlp"
          options={TLP_LABELS.map((label) => ({ value: label, label: `${label} — ${TLP_HINTS[label]}` }))}
        />
        <AutosaveText
          field={markingField(content, 'text')}
          label="Additional marking (optional)"
          id="setup-marking-text"
          hint="For example: PCII, CUI//SP-PCII, or your organization’s handling caveat."
        />
      </Fieldset>
    </>
  );
}
