import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  ErrorMessage,
  Form,
  FormGroup,
  Label,
  Select,
  TextInput,
  Alert,
  AlertText,
} from '@trussworks/react-uswds';
import { useRoute } from '../app/router';
import { usePacks, useStore } from '../../data';
import type { PackRef } from '../../domain/assessment/model';
import { packKey } from '../../domain/scoring/own-pack-score';
import { usePageTitle } from '../common/use-page-title';
import { BUILT_IN_PACK_REF, PACK, type FrameworkPack } from '../common/framework';
import { packChoiceLabel, usePackByRef } from '../common/own-packs';
import { useActor } from '../common/use-actor';

interface Errors {
  title?: string;
  siteName?: string;
  sector?: string;
}

function validate(
  values: { title: string; siteName: string; sector: string },
  pack: FrameworkPack | null | undefined,
): Errors {
  const errors: Errors = {};
  if (!values.title.trim()) errors.title = 'Enter a title for the assessment.';
  if (!values.siteName.trim()) errors.siteName = 'Enter the site or facility name.';
  if (!values.sector) errors.sector = 'Choose the critical infrastructure sector.';
  else if (pack && !pack.sectors.some((sector) => sector.id === values.sector))
    errors.sector = 'Choose a sector of the chosen framework pack.';
  return errors;
}

export function NewAssessmentPage() {
  usePageTitle('New assessment');
  const store = useStore();
  const actor = useActor();
  const { navigate } = useRoute();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A second press (double click, Enter held) while the first creation is saving must not make a second one.
  const creating = useRef(false);
  const packs = usePacks();
  const [packRef, setPackRef] = useState<PackRef>(BUILT_IN_PACK_REF);
  const pack = usePackByRef(packRef);
  const offered = packs ?? [];
  const choosePack = (key: string) => {
    const listed = offered.find((candidate) => packKey(candidate) === key);
    if (listed) setPackRef({ id: listed.id, version: listed.version });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const values = { title: text('title'), siteName: text('siteName'), sector: text('sector') };
    const found = validate(values, pack);
    setErrors(found);
    const firstInvalid = (['title', 'siteName', 'sector'] as const).find((key) => found[key]);
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    if (creating.current) return;
    creating.current = true;
    const result = await store.createAssessment(values, packRef, actor);
    if (!result.ok) {
      creating.current = false;
      setFailure(result.message);
      return;
    }
    navigate('assessments', result.value, 'setup');
  }

  return (
    <>
      <h1>New assessment</h1>
      <p>
        Name the assessment and the site. Everything else can be filled in on the next screens; it is saved as
        you type.
      </p>
      {failure ? (
        <Alert type="error" role="alert">
          <AlertText>{failure}</AlertText>
        </Alert>
      ) : null}
      <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate large>
        {/* The pack first: the sectors below are the chosen pack's. */}
        <FormGroup>
          <Label htmlFor="new-pack">Framework pack</Label>
          <span className="usa-hint" id="new-pack-hint">
            The practices the assessment is made on. It stays on this pack version until you upgrade it.
          </span>
          <Select
            id="new-pack"
            name="pack"
            aria-describedby="new-pack-hint"
            value={packKey(packRef)}
            onChange={(event) => choosePack(event.target.value)}
          >
            {offered.length === 0 ? (
              <option value={packKey(BUILT_IN_PACK_REF)}>
                {BUILT_IN_PACK_REF.id} {BUILT_IN_PACK_REF.version} — {PACK.title}
              </option>
            ) : (
              offered.map((listed) => (
                <option key={packKey(listed)} value={packKey(listed)}>
                  {packChoiceLabel(listed)}
                </option>
              ))
            )}
          </Select>
        </FormGroup>
        <FormGroup error={Boolean(errors.title)}>
          <Label htmlFor="new-title">Assessment title</Label>
          {errors.title ? <ErrorMessage id="new-title-error">{errors.title}</ErrorMessage> : null}
          <TextInput
            id="new-title"
            name="title"
            type="text"
            required
            validationStatus={errors.title ? 'error' : undefined}
            aria-describedby={errors.title ? 'new-title-error' : undefined}
          />
        </FormGroup>
        <FormGroup error={Boolean(errors.siteName)}>
          <Label htmlFor="new-site">Site or facility name</Label>
          {errors.siteName ? <ErrorMessage id="new-site-error">{errors.siteName}</ErrorMessage> : null}
          <TextInput
            id="new-site"
            name="siteName"
            type="text"
            required
            validationStatus={errors.siteName ? 'error' : undefined}
            aria-describedby={errors.siteName ? 'new-site-error' : undefined}
          />
        </FormGroup>
        <FormGroup error={Boolean(errors.sector)}>
          <Label htmlFor="new-sector">Critical infrastructure sector</Label>
          {errors.sector ? <ErrorMessage id="new-sector-error">{errors.sector}</ErrorMessage> : null}
          <Select
            id="new-sector"
            name="sector"
            required
            validationStatus={errors.sector ? 'error' : undefined}
            aria-describedby={errors.sector ? 'new-sector-error' : undefined}
            defaultValue=""
            // A new pack has its own sector list: the choice starts again.
            key={packKey(packRef)}
          >
            <option value="">- Select a sector -</option>
            {(pack?.sectors ?? []).map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name}
              </option>
            ))}
          </Select>
        </FormGroup>
        <Button type="submit">Create assessment</Button>
      </Form>
    </>
  );
}
