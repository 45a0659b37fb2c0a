import { Button, ButtonGroup, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import type { Authored, MergeConflict } from '../../domain/merge/merge-types';
import type { AnswerStatus } from '../../domain/assessment/model';
import { useStore } from '../../data';
import type { PreparedMerge } from '../../services/work-package/merge-return';
import { routeHref } from '../app/router';
import { STATUS_LABELS } from '../common/labels';
import { useActor } from '../common/use-actor';
import { readableField } from '../review/journal-field';
import { useFramework } from '../common/framework';
import { useFocusOnSettle } from '../common/use-focus-on-settle';

const ANSWER_FIELD_LABELS: Readonly<Record<string, string>> = {
  status: 'status',
  notes: 'notes',
  justification: 'justification',
  systemIds: 'AI systems named',
};

/** A conflict's field as a reader knows it: "CIO-SE-1 Practice title · status", or the journal's readable path. */
function fieldLabel(
  conflict: MergeConflict,
  content: PreparedMerge['merge']['ours']['content'],
  titleOf: (id: string) => string | undefined,
): string {
  const [root, practiceId, field] = conflict.path;
  if (root === 'answers' && practiceId && field) {
    const title = titleOf(practiceId);
    return `${practiceId}${title ? ` ${title}` : ''} · ${ANSWER_FIELD_LABELS[field] ?? field}`;
  }
  return readableField(conflict.key, content);
}

type Side = 'ours' | 'theirs';

/** A leaf's value as a reader sees it. */
function shown(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (key.endsWith('.status') && typeof value === 'string' && value in STATUS_LABELS)
    return STATUS_LABELS[value as AnswerStatus];
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function authored(key: string, side: Authored): string {
  return `${shown(key, side.value)} (${side.actor}, ${new Date(side.at).toLocaleString('en-US')})`;
}

function ConflictChoice({
  conflict,
  index,
  choice,
  label,
  onChoose,
}: {
  conflict: MergeConflict;
  index: number;
  choice: Side | undefined;
  label: string;
  onChoose: (side: Side) => void;
}) {
  const id = `conflict-${index}`;
  return (
    <Fieldset legend={label} className="merge-conflict" data-testid="merge-conflict">
      <p>Handed out as: {shown(conflict.key, conflict.base)}</p>
      <Radio
        id={`${id}-ours`}
        name={id}
        label={`Keep mine: ${authored(conflict.key, conflict.ours)}`}
        checked={choice === 'ours'}
        onChange={() => onChoose('ours')}
      />
      <Radio
        id={`${id}-theirs`}
        name={id}
        label={`Take theirs: ${authored(conflict.key, conflict.theirs)}`}
        checked={choice === 'theirs'}
        onChange={() => onChoose('theirs')}
      />
    </Fieldset>
  );
}

/**
 * The merge page: what was merged on its own, each conflict side by side (the handed-out value, the lead's and
 * the assessor's with who and when), chosen one by one or all at once, then applied in one step.
 */
export function MergeView({ prepared }: { prepared: PreparedMerge }) {
  const store = useStore();
  const actor = useActor();
  // Inside the return's pack gate (work-package-import): practice titles from its own pack.
  const { pack } = useFramework();
  const titleOf = (id: string) => pack.practices.find((practice) => practice.id === id)?.title;
  const { merge } = prepared;
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { outcomeRef, settled } = useFocusOnSettle<HTMLParagraphElement, HTMLButtonElement>();
  const chooseAll = (side: Side) =>
    setChoices(Object.fromEntries(merge.conflicts.map((conflict) => [conflict.key, side])));

  async function apply() {
    const open = merge.conflicts.findIndex((conflict) => choices[conflict.key] === undefined);
    if (open >= 0) {
      setOutcome({ ok: false, text: 'Choose mine or theirs for every conflict before applying the merge.' });
      document.getElementById(`conflict-${open}-ours`)?.focus();
      return;
    }
    setBusy(true);
    const applied = await store.applyReturnMerge(prepared, { each: choices }, actor);
    setBusy(false);
    setOutcome(
      applied.ok
        ? {
            ok: true,
            text:
              applied.value.appended === 0
                ? 'Nothing to merge: the assessment already holds this return.'
                : `Merged: ${applied.value.appended} journal ${applied.value.appended === 1 ? 'entry' : 'entries'} added; the assessment is at revision ${applied.value.revision}.`,
          }
        : { ok: false, text: `Not merged: ${applied.message}` },
    );
    settled();
  }

  const done = outcome?.ok === true;
  return (
    <section aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge the return from {prepared.pkg.assigneeName || 'the assessor'}</h2>
      {prepared.mergedBefore ? <p>This return was merged before.</p> : null}
      <p data-testid="merge-auto-count">
        {merge.auto.length}{' '}
        {merge.auto.length === 1 ? 'change merges on its own' : 'changes merge on their own'};{' '}
        {merge.conflicts.length} {merge.conflicts.length === 1 ? 'conflict needs' : 'conflicts need'} your
        choice.
      </p>
      {merge.conflicts.length > 0 ? (
        <>
          <ButtonGroup>
            <Button type="button" outline onClick={() => chooseAll('ours')} disabled={done}>
              Keep all mine
            </Button>
            <Button type="button" outline onClick={() => chooseAll('theirs')} disabled={done}>
              Take all theirs
            </Button>
          </ButtonGroup>
          {merge.conflicts.map((conflict, index) => (
            <ConflictChoice
              key={conflict.key}
              conflict={conflict}
              index={index}
              choice={choices[conflict.key]}
              label={fieldLabel(conflict, merge.ours.content, titleOf)}
              onChoose={(side) => setChoices({ ...choices, [conflict.key]: side })}
            />
          ))}
        </>
      ) : null}
      <p className="app-actions">
        <Button type="button" onClick={() => void apply()} disabled={busy || done}>
          Apply the merge
        </Button>
      </p>
      {outcome ? (
        <p role={outcome.ok ? 'status' : 'alert'} data-testid="merge-result" ref={outcomeRef} tabIndex={-1}>
          {outcome.text}
        </p>
      ) : null}
      {done ? (
        <p>
          <a href={routeHref('review', prepared.assessmentId)}>Open the merged assessment</a>
        </p>
      ) : null}
    </section>
  );
}
