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
    const saved = await saveBlob(platform, report.pdf, name, ['pdf']);
    if (!saved.ok) setMessage(`Not saved: ${saved.message}`);
    else
      setMessage(
        saved.value ? `Saved “${saved.value}”. PDF readers and pdfsig show the assessor’s signature.` : null,
      );
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
