import { formatBytes } from '../../common/format';
import type { LoadedAssessment } from '../../../data';

/** What the bundle will contain, so the assessor checks the revision and marking before signing. */
export function ExportSummary({ loaded }: { loaded: LoadedAssessment }) {
  const { header, content, evidence } = loaded;
  const total = evidence.reduce((sum, row) => sum + row.size, 0);
  const marking = [content.marking.tlp, content.marking.text].filter(Boolean).join(' · ');
  return (
    <section aria-labelledby="export-summary" className="export-section">
      <h2 id="export-summary">What will be exported</h2>
      <dl className="review-figures">
        <div>
          <dt>Revision</dt>
          <dd data-testid="export-revision">{header.revision}</dd>
        </div>
        <div>
          <dt>Evidence files</dt>
          <dd data-testid="export-evidence">
            {evidence.length} ({formatBytes(total)})
          </dd>
        </div>
        <div>
          <dt>Marking</dt>
          <dd>{marking}</dd>
        </div>
      </dl>
      <p>
        The bundle holds the assessment data, every evidence file, the signed PDF report, your certificate,
        and a signed list of SHA-256 checksums that anyone can check with standard tools.
      </p>
    </section>
  );
}
