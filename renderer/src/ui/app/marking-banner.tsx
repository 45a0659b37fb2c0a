import type { Marking } from '../../domain/assessment/model';

const TLP_CLASS: Record<Marking['tlp'], string> = {
  'TLP:CLEAR': 'marking--clear',
  'TLP:GREEN': 'marking--green',
  'TLP:AMBER': 'marking--amber',
  'TLP:AMBER+STRICT': 'marking--amber',
  'TLP:RED': 'marking--red',
};

/**
 * The sensitivity marking of the open assessment, repeated at the top of every screen showing it. A labelled
 * section is a region landmark, so the marking is never content outside every landmark.
 */
export function MarkingBanner({ marking }: { marking: Marking | null }) {
  if (!marking) return null;
  return (
    <section className={`marking ${TLP_CLASS[marking.tlp]}`} aria-label="Sensitivity marking">
      <strong>{marking.tlp}</strong>
      {marking.text.trim() ? <span> · {marking.text}</span> : null}
    </section>
  );
}
