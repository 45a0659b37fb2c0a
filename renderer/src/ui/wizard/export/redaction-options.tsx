import {
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Radio,
  TextInput,
} from '@trussworks/react-uswds';
import {
  CATEGORY_LABELS,
  MAX_REGION_LENGTH,
  PROFILE_INFO,
  profileCategories,
  type RedactionProfile,
  type RedactionProfileId,
} from '../../../domain/redaction/profiles';
import { REDACTION_CATEGORIES, type RedactionCategory } from '../../../domain/redaction/redaction-mark';

const PROFILE_IDS: readonly RedactionProfileId[] = ['full', 'sector-partner', 'regulator', 'custom'];

/** The redaction profile of the next export: a built-in one, or Custom with a checkbox per category. */
export function RedactionOptions({
  value,
  onChange,
  error,
}: {
  value: RedactionProfile;
  onChange: (next: RedactionProfile) => void;
  /** Shown when Custom has no category chosen and an export was asked for. */
  error?: string;
}) {
  const set = (patch: Partial<RedactionProfile>) => onChange({ ...value, ...patch });
  const toggle = (category: RedactionCategory, on: boolean) =>
    set({
      categories: on
        ? [...value.categories, category]
        : value.categories.filter((chosen) => chosen !== category),
    });
  const namesSite = profileCategories(value).includes('site');
  return (
    <Fieldset legend="Redaction" legendStyle="large">
      <p className="usa-hint" id="redaction-hint">
        Choose what the recipient may see. What is removed is left out of the assessment data, the report and
        the bundle; the report and the manifest say that the bundle is redacted.
      </p>
      {PROFILE_IDS.map((id) => (
        <Radio
          key={id}
          id={`redaction-${id}`}
          name="redaction"
          label={PROFILE_INFO[id].label}
          labelDescription={PROFILE_INFO[id].description}
          checked={value.id === id}
          onChange={() => set({ id })}
        />
      ))}
      {value.id === 'custom' ? (
        <FormGroup error={Boolean(error)}>
          <Fieldset legend="Remove" id="redaction-custom">
            {error ? <ErrorMessage id="redaction-custom-error">{error}</ErrorMessage> : null}
            {REDACTION_CATEGORIES.map((category) => (
              <Checkbox
                key={category}
                id={`redaction-category-${category}`}
                name="redaction-categories"
                label={CATEGORY_LABELS[category]}
                checked={value.categories.includes(category)}
                onChange={(event) => toggle(category, event.target.checked)}
              />
            ))}
          </Fieldset>
        </FormGroup>
      ) : null}
      {namesSite ? (
        <FormGroup>
          <Label htmlFor="redaction-region">Region shown with the sector (optional)</Label>
          <span className="usa-hint" id="redaction-region-hint">
            For example “Region 9”. The site is then named “sector site, region” only.
          </span>
          <TextInput
            id="redaction-region"
            name="redaction-region"
            type="text"
            maxLength={MAX_REGION_LENGTH}
            aria-describedby="redaction-region-hint"
            value={value.region}
            onChange={(event) => set({ region: event.target.value })}
          />
        </FormGroup>
      ) : null}
    </Fieldset>
  );
}
