import { useDocuments, usePackSet, useSignerStateOfRef } from '../../data';
import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { compareAssessments } from '../../domain/compare/compare';
import { formatPercent, formatPointChange } from '../../domain/scoring/percent';
import { scoreContent } from '../common/framework';
import { packOf } from '../../domain/scoring/own-pack-score';
import { DifferentPacksNote, labelPack, missingPackOf } from '../common/own-packs';
import { STATUS_LABELS, SEVERITY_LABELS } from '../common/labels';
import { DeltaChart } from './delta-chart';
import { SignerBadge } from '../common/signer-badge';
import { useShownMarking } from '../app/use-shown-marking';
import { strictestMarking } from '../../domain/assessment/marking';
import { RedactedTag } from '../common/redacted-tag';

/** Two assessments (or revisions) of one site side by side: practice changes, area deltas, findings. */
export function ComparePage({ olderRef, newerRef }: { olderRef: string; newerRef: string }) {
  usePageTitle('Compare assessments');
  const docs = useDocuments([olderRef, newerRef]);
  const olderSigner = useSignerStateOfRef(olderRef);
  const newerSigner = useSignerStateOfRef(newerRef);
  const packs = usePackSet((docs ?? []).flatMap((doc) => (doc ? [doc.pack] : [])));
  useShownMarking(strictestMarking((docs ?? []).flatMap((doc) => (doc ? [doc.content.marking] : []))));
  if (docs === undefined || packs === undefined) return <p role="status">Loading…</p>;
  const [older, newer] = docs;
  if (!older || !newer)
    return (
      <p>
        One of the two assessments is no longer stored.{' '}
        <a href={routeHref('assessments')}>Back to the assessments</a>.
      </p>
    );
  // Each side is scored on its own framework pack; one this device lacks is not scored on another.
  const olderPack = packOf(packs, older.pack);
  const newerPack = packOf(packs, newer.pack);
  const missing = [older, newer].filter((doc) => !packOf(packs, doc.pack));
  if (!olderPack || !newerPack)
    return (
      <>
        <h1>Compare assessments</h1>
        {missing.map((doc) => (
          <p key={doc.id + String(doc.revision)} data-testid="compare-pack-missing">
            {doc.content.title || 'Untitled assessment'}: {missingPackOf(doc.pack)}
          </p>
        ))}
        <p>
          The two cannot be compared on this device.{' '}
          <a href={routeHref('assessments')}>Back to the assessments</a>.
        </p>
      </>
    );
  const comparison = compareAssessments(
    older,
    newer,
    (content) => scoreContent(content, olderPack),
    (content) => scoreContent(content, newerPack),
  );
  const samePack = older.pack.id === newer.pack.id && older.pack.version === newer.pack.version;
  // Areas are named by the newer side's pack; on different packs they meet by code, which the name carries.
  const namer = labelPack(packs, [newer.pack, older.pack]);
  const areaName = (code: string) => {
    const name = namer.areas.find((area) => area.code === code)?.name ?? code;
    return samePack || name === code ? name : `${name} (${code})`;
  };
  return (
    <>
      <h1>Compare assessments</h1>
      <p>
        From <strong>{older.content.title}</strong> (revision {older.revision}, {older.updatedAt.slice(0, 10)}
        ) to <strong>{newer.content.title}</strong> (revision {newer.revision}, {newer.updatedAt.slice(0, 10)}
        ) at {newer.content.site.name}.
      </p>
      {older.content.redaction || newer.content.redaction ? (
        <p>
          {older.content.redaction ? (
            <>
              Before (revision {older.revision}): <RedactedTag mark={older.content.redaction} />{' '}
            </>
          ) : null}
          {newer.content.redaction ? (
            <>
              After (revision {newer.revision}): <RedactedTag mark={newer.content.redaction} />
            </>
          ) : null}
        </p>
      ) : null}
      <dl className="app-details" data-testid="compare-signers">
        <dt>Before (revision {older.revision}) signed by</dt>
        <dd>{olderSigner ? <SignerBadge state={olderSigner} fingerprint="full" /> : '…'}</dd>
        <dt>After (revision {newer.revision}) signed by</dt>
        <dd>{newerSigner ? <SignerBadge state={newerSigner} fingerprint="full" /> : '…'}</dd>
      </dl>
      <DifferentPacksNote
        subject="These two assessments"
        refs={[older.pack, newer.pack]}
        testId="compare-different-packs"
      />
      <p data-testid="overall-delta">
        Overall score {formatPercent(comparison.overall.from)} → {formatPercent(comparison.overall.to)} (
        {formatPointChange(comparison.overall.from, comparison.overall.to)})
      </p>
      <section aria-labelledby="area-deltas">
        <h2 id="area-deltas">Scores by responsibility area</h2>
        <DeltaChart
          rows={comparison.areas.map((row) => ({ label: areaName(row.area), from: row.from, to: row.to }))}
        />
        <table className="usa-table usa-table--compact">
          <caption className="usa-sr-only">Score change by responsibility area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {comparison.areas.map((row) => (
              <tr key={row.area} data-testid={`delta-${row.area}`}>
                <th scope="row">{areaName(row.area)}</th>
                <td>{formatPercent(row.from)}</td>
                <td>{formatPercent(row.to)}</td>
                <td>{formatPointChange(row.from, row.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="practice-changes">
        <h2 id="practice-changes">Practices that changed ({comparison.changes.length})</h2>
        {comparison.changes.length === 0 ? (
          <p>No practice changed status.</p>
        ) : (
          <ul>
            {comparison.changes.map((change) => (
              <li key={change.practiceId}>
                <strong>{change.practiceId}</strong>: {STATUS_LABELS[change.from]} →{' '}
                {STATUS_LABELS[change.to]} ({change.direction})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="finding-changes">
        <h2 id="finding-changes">Findings</h2>
        <h3>New ({comparison.newFindings.length})</h3>
        <ul>
          {comparison.newFindings.map((finding) => (
            <li key={finding.id}>
              {finding.title || 'Untitled finding'} ({SEVERITY_LABELS[finding.severity]})
            </li>
          ))}
        </ul>
        <h3>Closed ({comparison.closedFindings.length})</h3>
        <ul>
          {comparison.closedFindings.map(({ finding, reason }) => (
            <li key={finding.id}>
              {finding.title || 'Untitled finding'} —{' '}
              {reason === 'remediated' ? 'remediation done' : 'no longer reported'}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
