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
import { useStore } from '../../data';
import { usePageTitle } from '../common/use-page-title';
import { BUILT_IN_PACK_REF, SECTORS } from '../common/framework';
import { useActor } from '../common/use-actor';

interface Errors {
  title?: string;
  siteName?: string;
  sector?: string;
}

function validate(values: { title: string; siteName: string; sector: string }): Errors {
  const errors: Errors = {};
  if (!values.title.trim()) errors.title = 'Enter a title for the assessment.';
  if (!values.siteName.trim()) errors.siteName = 'Enter the site or facility name.';
  if (!values.sector) errors.sector = 'Choose the critical infrastructure sector.';
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const values = { title: text('title'), siteName: text('siteName'), sector: text('sector') };
    const found = validate(values);
    setErrors(found);
    const firstInvalid = (['title', 'siteName', 'sector'] as const).find((key) => found[key]);
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    const result = await store.createAssessment(values, BUILT_IN_PACK_REF, actor);
    if (!result.ok) {
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
          >
            <option value="">- Select a sector -</option>
            {SECTORS.map((sector) => (
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
