import { useEffect } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useTrackedChange } from '../../autosave/use-change';
import { addItem, removeItem } from '../../../data';
import { useRoute } from '../../app/router';
import { newId } from '../../common/new-id';
import type { LoadedAssessment } from '../../../data';
import { emptyFinding } from './empty-finding';
import { FindingEditor } from './finding-editor';

/** The findings of the assessment: add, edit in place, remove. A route with a finding id focuses it. */
export function FindingsStep({ loaded }: { loaded: LoadedAssessment }) {
  const { content, header } = loaded;
  const change = useTrackedChange();
  const { parts, navigate } = useRoute();
  const focusId = parts[3];
  useEffect(() => {
    if (focusId) setTimeout(() => document.getElementById(`finding-${focusId}-title`)?.focus(), 50);
  }, [focusId]);
  const add = async () => {
    const finding = emptyFinding(newId());
    const result = await change(addItem('findings', finding));
    if (result.ok) navigate('assessments', header.id, 'findings', finding.id);
  };
  return (
    <>
      <p>
        Record what needs attention: severity, the framework risk it relates to, the practices and AI systems
        involved, and what to do about it.
      </p>
      {content.findings.length === 0 ? <p>No findings yet.</p> : null}
      {content.findings.map((finding, index) => (
        <FindingEditor
          key={finding.id}
          loaded={loaded}
          finding={finding}
          index={index}
          onRemove={() => void change(removeItem('findings', finding.id))}
        />
      ))}
      <Button type="button" onClick={() => void add()}>
        Add a finding
      </Button>
    </>
  );
}
