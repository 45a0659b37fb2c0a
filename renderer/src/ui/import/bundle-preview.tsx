import type { ReactNode } from 'react';
import { Alert } from '@trussworks/react-uswds';
import { AREA_CODES, type AssessmentDocument } from '../../domain/assessment/model';
import { formatPercent } from '../../domain/scoring/percent';
import { useFramework } from '../common/framework';
import { AssessmentPackGate, missingPackSentence } from '../common/assessment-pack-gate';
import { STATUS_LABELS } from '../common/labels';
import { useShownMarking } from '../app/use-shown-marking';
import { RedactedTag } from '../common/redacted-tag';

function dates(document: AssessmentDocument): string {
  const { startDate, endDate } = document.content;
  if (!startDate && !endDate) return 'Not given';
  return `${startDate || '…'} to ${endDate || '…'}`;
}

function packHeader(document: AssessmentDocument) {
  return { packId: document.pack.id, packVersion: document.pack.version };
}

/**
 * What the bundle holds, before it is stored: enough to judge whether it is the expected assessment. It is
 * scored and labeled on its own framework pack; on a pack this device lacks it is shown read-only by
 * practice id, not scored on another pack.
 */
export function BundlePreview({ document, packKnown }: { document: AssessmentDocument; packKnown: boolean }) {
  const { content } = document;
  useShownMarking(content.marking);
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Assessment in the bundle</h2>
      {content.redaction ? (
        <p>
          <RedactedTag mark={content.redaction} /> The sender removed this information before signing, so it
          is not in the bundle; scores and answer statuses are complete.
        </p>
      ) : null}
      <AssessmentPackGate
        header={packHeader(document)}
        missing={<UnscoredPreview document={document} packKnown={packKnown} />}
      >
        <ScoredPreview document={document} packKnown={packKnown} />
      </AssessmentPackGate>
    </section>
  );
}

function ScoredPreview({ document, packKnown }: { document: AssessmentDocument; packKnown: boolean }) {
  const { pack, scoreContent, sectorName } = useFramework();
  const { content } = document;
  const score = scoreContent(content);
  const areaName = (code: string) => pack.areas.find((area) => area.code === code)?.name ?? code;
  return (
    <>
      <PreviewDetails
        document={document}
        packKnown={packKnown}
        sector={sectorName(content.sector) || content.sector || '—'}
        overall={formatPercent(score.overall.score)}
      />
      <table className="usa-table usa-table--borderless usa-table--compact">
        <caption>Score by area</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {AREA_CODES.map((code) => (
            <tr key={code}>
              <th scope="row">{areaName(code)}</th>
              <td>{formatPercent(score.byArea[code].score)}</td>
              <td>
                {score.byArea[code].answered} of {score.byArea[code].inScope}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A bundle on a pack this device lacks: its details and answers by practice id, without scores. */
function UnscoredPreview({ document, packKnown }: { document: AssessmentDocument; packKnown: boolean }) {
  const { content } = document;
  const answers = Object.entries(content.answers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <PreviewDetails
        document={document}
        packKnown={packKnown}
        sector={content.sector || '—'}
        overall="Not scored on this device"
      />
      <Alert type="warning" slim data-testid="preview-pack-missing">
        {missingPackSentence(packHeader(document))}
      </Alert>
      <table className="usa-table usa-table--borderless usa-table--compact">
        <caption>Answers by practice id ({answers.length})</caption>
        <thead>
          <tr>
            <th scope="col">Practice id</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {answers.map(([id, answer]) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              <td>{STATUS_LABELS[answer.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PreviewDetails({
  document,
  packKnown,
  sector,
  overall,
}: {
  document: AssessmentDocument;
  packKnown: boolean;
  sector: string;
  overall: ReactNode;
}) {
  const { content } = document;
  return (
    <dl className="app-details">
      <dt>Title</dt>
      <dd data-testid="preview-title">{content.title || '—'}</dd>
      <dt>Marking</dt>
      <dd data-testid="preview-marking">
        {content.marking.tlp}
        {content.marking.text.trim() ? ` · ${content.marking.text}` : ''}
      </dd>
      <dt>Site</dt>
      <dd>{content.site.name || '—'}</dd>
      <dt>Sector</dt>
      <dd>{sector}</dd>
      <dt>Dates</dt>
      <dd>{dates(document)}</dd>
      <dt>Assessors</dt>
      <dd>
        {content.assessors.map((a) => [a.name, a.organization].filter(Boolean).join(', ')).join('; ') || '—'}
      </dd>
      <dt>Revision</dt>
      <dd data-testid="preview-revision">{document.revision}</dd>
      <dt>Framework pack</dt>
      <dd data-testid="preview-pack">
        {document.pack.id} {document.pack.version}
        {packKnown ? '' : ' (not one this app has)'}
      </dd>
      <dt>Overall score</dt>
      <dd data-testid="preview-score">{overall}</dd>
      <dt>Findings</dt>
      <dd>{content.findings.length}</dd>
    </dl>
  );
}
