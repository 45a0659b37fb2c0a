import { Button } from '@trussworks/react-uswds';

/** The running export: a labelled progress bar, its percent as text for screen readers, and Cancel. */
export function ExportProgress({ percent, onCancel }: { percent: number | null; onCancel: () => void }) {
  return (
    <div className="export-progress">
      <label htmlFor="export-progress-bar">Exporting the signed bundle</label>
      {percent === null ? (
        <progress id="export-progress-bar" />
      ) : (
        <progress id="export-progress-bar" max={100} value={percent} />
      )}
      <p role="status">{percent === null ? 'Preparing the signed report…' : `${percent}% written`}</p>
      <Button type="button" secondary onClick={onCancel}>
        Cancel export
      </Button>
    </div>
  );
}
