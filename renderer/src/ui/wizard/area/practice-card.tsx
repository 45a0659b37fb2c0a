import { Button, Checkbox, Fieldset, Radio, Tag } from '@trussworks/react-uswds';
import { ANSWER_STATUSES, EMPTY_ANSWER } from '../../../domain/assessment/model';
import { AutosaveTextarea } from '../../autosave/autosave-fields';
import { useTrackedChange } from '../../autosave/use-change';
import { addItem, answerField, setField } from '../../../data';
import { STATUS_LABELS } from '../../common/labels';
import { answerProblem, type Practice } from '../../common/framework';
import { useRoute } from '../../app/router';
import { newId } from '../../common/new-id';
import { emptyFinding } from '../findings/empty-finding';
import type { LoadedAssessment } from '../../../data';
import { EvidencePanel } from './evidence-panel';
import { PracticeSource } from './practice-source';
import { PracticeAttestations } from '../../common/supplier-attestation/practice-attestations';

/** One practice: guidance, status, justification, notes, linked systems, evidence, and "start a finding". */
export function PracticeCard({ loaded, practice }: { loaded: LoadedAssessment; practice: Practice }) {
  const { content, header } = loaded;
  const change = useTrackedChange();
  const { navigate } = useRoute();
  const answer = content.answers[practice.id] ?? EMPTY_ANSWER;
  const base = `practice-${practice.id}`;
  const problem = answerProblem(answer);
  const toggleSystem = (systemId: string, on: boolean) => {
    const systemIds = content.systems
      .map((system) => system.id)
      .filter((id) => (id === systemId ? on : answer.systemIds.includes(id)));
    void change(setField(answerField(content, practice.id, 'systemIds'), systemIds));
  };
  const startFinding = async () => {
    const finding = {
      ...emptyFinding(newId()),
      title: `${practice.id}: ${practice.title}`,
      practiceIds: [practice.id],
      systemIds: answer.systemIds,
    };
    const result = await change(addItem('findings', finding));
    if (result.ok) navigate('assessments', header.id, 'findings', finding.id);
  };
  return (
    <article className="practice" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`} className="practice__title">
        <span className="practice__id">{practice.id}</span> {practice.title}
      </h3>
      {answer.carriedOver ? (
        <p>
          <span className="usa-tag" data-testid="carried-over-tag">
            Carried over — re-check
          </span>
        </p>
      ) : null}
      <p>{practice.description}</p>
      <PracticeSource practice={practice} />
      <details className="practice__guidance">
        <summary>What to ask and look for</summary>
        <ul>
          {practice.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
        <p className="practice__evidence-hint">Evidence that helps: {practice.evidence.join('; ')}.</p>
      </details>
      <PracticeAttestations
        loaded={loaded}
        practiceId={practice.id}
        onUse={(attestation) =>
          void change(setField(answerField(content, practice.id, 'status'), attestation.status))
        }
      />
      <Fieldset legend={`Status of ${practice.id}`} className="practice__status">
        {ANSWER_STATUSES.map((status) => (
          <Radio
            key={status}
            id={`${base}-status-${status}`}
            name={`${base}-status`}
            value={status}
            label={STATUS_LABELS[status]}
            checked={answer.status === status}
            onChange={() => void change(setField(answerField(content, practice.id, 'status'), status))}
          />
        ))}
      </Fieldset>
      {answer.status === 'not-applicable' ? (
        <AutosaveTextarea
          field={answerField(content, practice.id, 'justification')}
          label={`Why ${practice.id} does not apply`}
          id={`${base}-justification`}
          problem={problem}
        />
      ) : null}
      <AutosaveTextarea
        field={answerField(content, practice.id, 'notes')}
        label={`Notes on ${practice.id}`}
        id={`${base}-notes`}
      />
      {content.systems.length > 0 ? (
        <Fieldset legend={`AI systems ${practice.id} applies to`}>
          {content.systems.map((system, index) => (
            <Checkbox
              key={system.id}
              id={`${base}-system-${system.id}`}
              name={`${base}-systems`}
              label={system.name || `AI system ${index + 1}`}
              checked={answer.systemIds.includes(system.id)}
              onChange={(event) => toggleSystem(system.id, event.target.checked)}
            />
          ))}
        </Fieldset>
      ) : null}
      <EvidencePanel loaded={loaded} practiceId={practice.id} />
      <Button type="button" outline onClick={() => void startFinding()}>
        Start a finding from {practice.id}
      </Button>
      {answer.status !== 'not-assessed' ? null : <Tag className="practice__unanswered">Not yet assessed</Tag>}
    </article>
  );
}
