import { AREA_CODES, type AssessmentDocument } from '../../domain/assessment/model';
import { formatPercent } from '../../domain/scoring/percent';
import { PACK, scoreContent, sectorName } from '../common/framework';
import { useShownMarking } from '../app/use-shown-marking';
import { RedactedTag } from '../common/redacted-tag';

function areaName(code: string): string {
  return PACK.areas.find((area) => area.code === code)?.name ?? code;
}

function dates(document: AssessmentDocument): string {
  const { startDate, endDate } = document.content;
  if (!startDate && !endDate) return 'Not given';
  return `${startDate || '…'} to ${endDate || '…'}`;
}

/** What the bundle holds, before it is stored: enough to judge whether it is the expected assessment. */
export function BundlePreview({ document, packKnown }: { document: AssessmentDocument; packKnown: boolean }) {
  const { content } = document;
  const score = scoreContent(content);
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
        <dd>{sectorName(content.sector) || content.sector || '—'}</dd>
        <dt>Dates</dt>
        <dd>{dates(document)}</dd>
        <dt>Assessors</dt>
        <dd>
          {content.assessors.map((a) => [a.name, a.organization].filter(Boolean).join(', ')).join('; ') ||
            '—'}
        </dd>
        <dt>Revision</dt>
        <dd data-testid="preview-revision">{document.revision}</dd>
        <dt>Framework pack</dt>
        <dd>
          {document.pack.id} {document.pack.version}
          {packKnown ? '' : ' (not one this app has)'}
        </dd>
        <dt>Overall score</dt>
        <dd data-testid="preview-score">{formatPercent(score.overall.score)}</dd>
        <dt>Findings</dt>
        <dd>{content.findings.length}</dd>
      </dl>
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
    </section>
  );
}
