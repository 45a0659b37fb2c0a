import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useSignedReport } from '../../data';
import { useApp } from '../app/app-context';
import { safeFileName, saveBlob } from '../common/save-blob';
import type { AssessmentHeader } from '../../storage/rows';

/** Saves (for printing or filing) exactly the report.pdf the assessor signed, as it came in the bundle. */
export function SignedReportButton({ header }: { header: AssessmentHeader }) {
  const { platform } = useApp();
  const [message, setMessage] = useState<string | null>(null);
  const report = useSignedReport(header.id);
  if (!report || report.revision !== header.revision) return null;
  const save = async () => {
    const name = `${safeFileName(header.siteName, 'site')}-${safeFileName(header.title, 'assessment')}-r${report.revision}-report.pdf`;
    try {
      const saved = await saveBlob(platform, report.pdf, name, ['pdf']);
      setMessage(saved ? `Saved “${saved}”. PDF readers and pdfsig show the assessor’s signature.` : null);
    } catch (error) {
      setMessage(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <p>
      <Button type="button" outline onClick={() => void save()}>
        Save the signed PDF report
      </Button>
      {message ? <span role="status"> {message}</span> : null}
    </p>
  );
}
