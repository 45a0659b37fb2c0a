import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Label, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import { useActor } from '../common/use-actor';
import { canonicalJson } from '../../domain/journal/canonical-json';
import { dueDateOf, isOverdue, localToday } from '../../domain/remediation/due';
import {
  PLAN_STATUSES,
  type PlanDraft,
  type PlanStatus,
  type RemediationPlan,
} from '../../domain/remediation/model';
import { ClosureEvidenceList } from './closure-evidence';
import { MilestonesEditor } from './milestones-editor';
import { PLAN_STATUS_LABELS } from '../../domain/remediation/plan-labels';

type TextField = 'owner' | 'justification' | 'approver' | 'supplier' | 'verifiedBy';

const DETAIL_FIELDS: Partial<Record<PlanStatus, Array<{ field: TextField; label: string }>>> = {
  'risk-accepted': [
    { field: 'justification', label: 'Risk acceptance justification for' },
    { field: 'approver', label: 'Risk accepted (approved) by, for' },
  ],
  'deviation-requested': [{ field: 'justification', label: 'Deviation justification for' }],
  'vendor-dependency': [{ field: 'supplier', label: 'Supplier the fix depends on, for' }],
  'closure-verified': [{ field: 'verifiedBy', label: 'Closure verified by, for' }],
};

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="usa-form-group">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

/**
 * The site's plan for one finding, edited as a draft and stored with "Save plan" (one transaction, one journal
 * entry per changed field). A change stored meanwhile (closure evidence, another window) replaces the draft
 * only while the draft has no unsaved edits; closure evidence always follows what is stored.
 */
export function PlanEditor({
  assessmentId,
  plan,
  label,
}: {
  assessmentId: string;
  plan: RemediationPlan;
  label: string;
}) {
  const store = useStore();
  const actor = useActor();
  // What was typed and not saved before a reload, a close or a crash comes back (storage/plan-drafts.ts).
  const [kept] = useState(() => {
    const found = store.keptPlanDraft(assessmentId, plan.findingId);
    return found && canonicalJson(found) !== canonicalJson(plan) ? found : null;
  });
  const [draft, setDraft] = useState<PlanDraft>(() =>
    kept ? { ...kept, closureEvidence: plan.closureEvidence } : plan,
  );
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(() =>
    kept
      ? { text: 'Unsaved changes to this plan were restored. Save the plan to keep them.', error: false }
      : null,
  );
  const stored = useRef(plan);
  const storedKey = canonicalJson(plan);
  useEffect(() => {
    setDraft((current) =>
      canonicalJson(current) === canonicalJson(stored.current)
        ? plan
        : { ...current, closureEvidence: plan.closureEvidence },
    );
    stored.current = plan;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- storedKey stands for the plan's content.
  }, [storedKey]);
  const dirty = canonicalJson(draft) !== storedKey;
  const id = (field: string) => `plan-${plan.findingId}-${field}`;
  const set = <K extends keyof PlanDraft>(field: K, value: PlanDraft[K]) => {
    const next = { ...draft, [field]: value };
    store.keepPlanDraft(assessmentId, next);
    setDraft(next);
  };
  const discard = () => {
    store.dropPlanDraft(assessmentId, plan.findingId);
    setDraft(plan);
    setMessage({ text: 'Unsaved changes discarded.', error: false });
  };
  const save = async () => {
    const result = await store.savePlan(assessmentId, draft, actor);
    setMessage(
      result.ok
        ? { text: `Plan saved at ${new Date().toLocaleTimeString()} and journaled.`, error: false }
        : { text: result.message, error: true },
    );
  };
  const due = dueDateOf(plan);
  const overdue = isOverdue(plan, localToday());
  return (
    <div className="plan-editor" data-testid={`plan-${plan.findingId}`}>
      <p className="plan-editor__state">
        Plan status: <strong>{PLAN_STATUS_LABELS[plan.status]}</strong>
        {due ? ` · due ${due}` : ' · no due date'}
        {overdue ? <strong className="remediation-count--overdue"> · overdue</strong> : null}
      </p>
      <div className="remediation-grid">
        <Field id={id('owner')} label={`Remediation owner of ${label}`}>
          <TextInput
            id={id('owner')}
            name={id('owner')}
            type="text"
            value={draft.owner}
            maxLength={500}
            onChange={(event) => set('owner', event.target.value)}
          />
        </Field>
        <Field id={id('status')} label={`Remediation status of ${label}`}>
          <Select
            id={id('status')}
            name={id('status')}
            value={draft.status}
            onChange={(event) => set('status', event.target.value as PlanStatus)}
          >
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {PLAN_STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id('original')} label={`Original due date of ${label}`}>
          <input
            className="usa-input usa-input--small"
            id={id('original')}
            type="date"
            value={draft.originalDueDate}
            onChange={(event) => set('originalDueDate', event.target.value)}
          />
        </Field>
        <Field id={id('adjusted')} label={`Adjusted due date of ${label}`}>
          <input
            className="usa-input usa-input--small"
            id={id('adjusted')}
            type="date"
            value={draft.adjustedDueDate}
            onChange={(event) => set('adjustedDueDate', event.target.value)}
          />
        </Field>
      </div>
      {(DETAIL_FIELDS[draft.status] ?? []).map(({ field, label: prefix }) => (
        <Field key={field} id={id(field)} label={`${prefix} ${label}`}>
          <TextInput
            id={id(field)}
            name={id(field)}
            type="text"
            value={draft[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        </Field>
      ))}
      <MilestonesEditor
        idPrefix={id('milestones')}
        label={label}
        milestones={draft.milestones}
        onChange={(next) => set('milestones', next)}
      />
      <Field id={id('note')} label={`Remediation note on ${label}`}>
        <Textarea
          id={id('note')}
          name={id('note')}
          value={draft.note}
          onChange={(event) => set('note', event.target.value)}
        />
      </Field>
      <p>
        <Button type="button" onClick={() => void save()}>
          Save plan for {label}
        </Button>
        {dirty ? (
          <Button
            type="button"
            unstyled
            className="plan-editor__discard"
            aria-label={`Discard unsaved changes to the plan for ${label}`}
            onClick={discard}
          >
            Discard unsaved changes
          </Button>
        ) : null}
      </p>
      {dirty ? (
        <p className="plan-editor__dirty">
          Unsaved changes, kept on this device until you save or discard them.
        </p>
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'usa-error-message' : ''}>
          {message.text}
        </p>
      ) : null}
      <ClosureEvidenceList
        assessmentId={assessmentId}
        findingId={plan.findingId}
        idPrefix={id('closure')}
        label={label}
        files={plan.closureEvidence}
      />
    </div>
  );
}
