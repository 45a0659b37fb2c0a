import { useRecordJournal, type LoadedAssessment } from '../../../data';
import { CATEGORY_SHORT, profileCategories, type RedactionProfile } from '../../../domain/redaction/profiles';
import { previewRedaction, removedTotal } from '../../../domain/redaction/redact';
import { useFramework } from '../../common/framework';

/** What the chosen profile will remove from this assessment, counted by the same code as the export. */
export function RedactionPreview({
  loaded,
  profile,
}: {
  loaded: LoadedAssessment;
  profile: RedactionProfile;
}) {
  const journal = useRecordJournal(loaded.header.id);
  // Inside the assessment's pack gate: sectors as its own pack names them, as the export does.
  const { sectorName } = useFramework();
  const categories = profileCategories(profile);
  const counts = previewRedaction(
    loaded.content,
    { evidence: loaded.evidence.length, journal: journal?.length ?? 0 },
    profile,
    { sectorName },
  );
  return (
    <section aria-labelledby="redaction-preview" className="export-section" data-testid="redaction-preview">
      <h3 id="redaction-preview">What will be removed</h3>
      {categories.length === 0 ? (
        <p>Nothing: the bundle carries the whole assessment, its evidence files and its change journal.</p>
      ) : (
        <>
          <ul>
            {categories.map((category) => (
              <li key={category} data-testid={`removed-${category}`}>
                {CATEGORY_SHORT[category]}: {counts[category]}
              </li>
            ))}
            <li data-testid="removed-journal">Change journal entries: {counts.journal}</li>
          </ul>
          <p>
            {removedTotal(counts)} values in all. The change journal is always left out of a redacted bundle,
            since it holds the old and new value of every edit and who made it; the site’s remediation plan is
            left out of a redacted report. Scores and answer statuses stay as they are.
          </p>
        </>
      )}
    </section>
  );
}
