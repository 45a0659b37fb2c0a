import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useSignedReport } from '../../data';
import { useApp } from '../app/app-context';
import { safeFileName, saveBlob } from '../common/save-blob';
import type { AssessmentHeader } from '../../storage/rows';

/**
 * Saves (for printing or filing) exactly the report.pdf the assessor signed, as it came in the bundle, and,
 * when the bundle carried one, its editable report.docx (checked against SHA256SUMS on import, unsigned itself).
 */
export function SignedReportButton({ header }: { header: AssessmentHeader }) {
  const { platform } = useApp();
  const [message, setMessage] = useState<string | null>(null);
  const report = useSignedReport(header.id);
  if (!report || report.revision !== header.revision) return null;
  const base = `${safeFileName(header.siteName, 'site')}-${safeFileName(header.title, 'assessment')}-r${report.revision}-report`;
  const save = async (blob: Blob, extension: 'pdf' | 'docx', done: string) => {
    const saved = await saveBlob(platform, blob, `${base}.${extension}`, [extension]);
    if (!saved.ok) setMessage(`Not saved: ${saved.message}`);
    else setMessage(saved.value ? `Saved “${saved.value}”. ${done}` : null);
  };
  const { docx } = report;
  return (
    <p>
      <Button
        type="button"
        outline
        onClick={() => void save(report.pdf, 'pdf', 'PDF readers and pdfsig show the assessor’s signature.')}
      >
        Save the signed PDF report
      </Button>
      {docx ? (
        <Button
          type="button"
          outline
          onClick={() =>
            void save(
              docx,
              'docx',
              'This editable copy carries no signature of its own; the signed PDF stays the record.',
            )
          }
        >
          Save the editable Word report
        </Button>
      ) : null}
      {message ? <span role="status"> {message}</span> : null}
    </p>
  );
}
