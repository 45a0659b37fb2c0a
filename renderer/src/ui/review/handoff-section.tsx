import { useState } from 'react';
import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import { useApp } from '../app/app-context';
import { toOscalAssessmentResults } from '../../domain/handoff/oscal';
import { answersCsv, findingsCsv } from '../../domain/handoff/csv';
import { cycloneDxJson } from '../../domain/handoff/cyclonedx';
import { useFramework } from '../common/framework';
import { safeFileName, saveBlob } from '../common/save-blob';

type Kind = 'oscal' | 'answers' | 'findings' | 'poam-oscal' | 'poam-csv' | 'cyclonedx';

/** Hand-off to a security team's own tools: OSCAL assessment-results JSON and CSV of answers and findings. */
export function HandoffSection({ assessmentId }: { assessmentId: string }) {
  const { platform } = useApp();
  const store = useStore();
  const { pack, scoreContent } = useFramework();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (kind: Kind) => {
    const document = await store.loadDocument(assessmentId);
    if (!document) return setMessage('This assessment no longer exists.');
    // Findings are open or closed by the site's plan where it has one (the manager's view, not the signed record).
    const plans = await store.storedPlans(assessmentId);
    const base = `${safeFileName(document.content.site.name, 'site')}-${safeFileName(document.content.title, 'assessment')}-r${document.revision}`;
    if (kind === 'poam-oscal' || kind === 'poam-csv') {
      const poam = await store.poamFile(assessmentId, kind === 'poam-csv' ? 'csv' : 'oscal');
      if (!poam.ok) return setMessage(`Not exported: ${poam.message}`);
      const { blob, suffix, ext } = poam.value;
      return save({ blob, name: `${base}-${suffix}.${ext}`, ext });
    }
    if (kind === 'cyclonedx') {
      const blob = new Blob([cycloneDxJson(document)], { type: 'application/vnd.cyclonedx+json' });
      return save({ blob, name: `${base}-ai-inventory.cdx.json`, ext: 'json' });
    }
    const file =
      kind === 'oscal'
        ? {
            blob: new Blob(
              [
                JSON.stringify(
                  toOscalAssessmentResults(document, pack, scoreContent(document.content), plans),
                  null,
                  2,
                ),
              ],
              { type: 'application/json' },
            ),
            name: `${base}-oscal-assessment-results.json`,
            ext: 'json',
          }
        : {
            blob: new Blob(
              [kind === 'answers' ? answersCsv(document, pack) : findingsCsv(document, pack, plans)],
              {
                type: 'text/csv',
              },
            ),
            name: `${base}-${kind}.csv`,
            ext: 'csv',
          };
    await save(file);
  };
  const save = async (file: { blob: Blob; name: string; ext: string }) => {
    const saved = await saveBlob(platform, file.blob, file.name, [file.ext]);
    if (!saved.ok) setMessage(`Not saved: ${saved.message}`);
    else setMessage(saved.value ? `Saved “${saved.value}”.` : null);
  };
  return (
    <section aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">Hand-off</h2>
      <p>
        For other tools: OSCAL assessment results (NIST format) and spreadsheets of the answers and the
        findings; the site’s remediation plan as an OSCAL plan of action and milestones (POA&amp;M, open
        findings only) and as a POA&amp;M spreadsheet (every finding); the AI-system inventory as a CycloneDX
        1.6 bill of materials.
      </p>
      <ButtonGroup>
        <Button type="button" outline onClick={() => void run('oscal')}>
          Export OSCAL assessment results
        </Button>
        <Button type="button" outline onClick={() => void run('answers')}>
          Export answers as CSV
        </Button>
        <Button type="button" outline onClick={() => void run('findings')}>
          Export findings as CSV
        </Button>
        <Button type="button" outline onClick={() => void run('poam-oscal')}>
          Export OSCAL POA&amp;M
        </Button>
        <Button type="button" outline onClick={() => void run('poam-csv')}>
          Export POA&amp;M as CSV
        </Button>
        <Button type="button" outline onClick={() => void run('cyclonedx')}>
          Export inventory as CycloneDX
        </Button>
      </ButtonGroup>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
