import type { LoadedAssessment } from '../use-assessment';

/** Sign and export: the assessor's hand-off (see issue: signed export). */
export function ExportStep({ loaded }: { loaded: LoadedAssessment }) {
  return <p>Export of “{loaded.header.title}” is prepared here.</p>;
}
