import { Button, Fieldset } from '@trussworks/react-uswds';
import { optionalTextField, useStoredPlans, type LoadedAssessment } from '../../../data';
import { NO_PLANS } from '../../../domain/remediation/finding-status';
import { draftSummary } from '../../../domain/scoring/summary-draft';
import { TextareaOf, useFieldAutosave } from '../../autosave/autosave-fields';
import { useFramework } from '../../common/framework';

/**
 * The assessor's executive summary and key findings, printed first in every report. "Suggest a draft" fills
 * both from the scores; the draft is saved like typing (journaled, undoable by editing) and then edited.
 */
export function SummaryEditor({ loaded }: { loaded: LoadedAssessment }) {
  const { content, header } = loaded;
  const { pack } = useFramework();
  const plans = useStoredPlans(header.id) ?? NO_PLANS;
  const summary = useFieldAutosave(optionalTextField(content, 'executiveSummary'));
  const keyFindings = useFieldAutosave(optionalTextField(content, 'keyFindings'));
  const written = Boolean(summary.value.trim() || keyFindings.value.trim());

  function suggest() {
    const draft = draftSummary(pack, content, plans);
    summary.setValue(draft.executiveSummary);
    keyFindings.setValue(draft.keyFindings);
    void summary.flush();
    void keyFindings.flush();
  }

  return (
    <Fieldset legend="Executive summary and key findings" legendStyle="large">
      <p className="usa-hint" id="summary-help">
        What a facility manager reads first: printed at the start of the PDF and Word reports.
        {written
          ? ' A suggested draft replaces what is written here; the journal keeps the earlier text.'
          : ''}
      </p>
      <Button type="button" outline onClick={suggest} aria-describedby="summary-help">
        Suggest a draft
      </Button>
      <TextareaOf
        props={{
          field: optionalTextField(content, 'executiveSummary'),
          label: 'Executive summary',
          id: 'summary-text',
          hint: 'A few sentences: how the site stands, what matters most, what to do first.',
        }}
        field={summary}
      />
      <TextareaOf
        props={{
          field: optionalTextField(content, 'keyFindings'),
          label: 'Key findings',
          id: 'summary-key-findings',
          hint: 'One finding per line; each line is printed as one item of a list.',
        }}
        field={keyFindings}
      />
    </Fieldset>
  );
}
