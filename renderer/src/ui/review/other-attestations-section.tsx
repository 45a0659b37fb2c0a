import { useFramework } from '../common/framework';
import { AttestationList } from '../common/supplier-attestation/practice-attestations';
import type { LoadedAssessment } from '../../data';

/**
 * Supplier attestations the answers tables do not show: the assessor's own questions, and practices of the
 * supplier's role that are not in this assessment's scope (a CCP or AID practice in an operator assessment).
 */
export function OtherAttestationsSection({ loaded }: { loaded: LoadedAssessment }) {
  const { practicesInScopeFor } = useFramework();
  const inScope = new Set(practicesInScopeFor(loaded.content.roles).map((practice) => practice.id));
  const list = (loaded.content.supplierAttestations ?? []).filter(
    (attestation) => !attestation.practiceId || !inScope.has(attestation.practiceId),
  );
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="other-attestations-heading">
      <h2 id="other-attestations-heading">Supplier attestations</h2>
      <p>
        What suppliers answered about their own practices and the questions you added. They inform your
        answers; they are not part of your scoring.
      </p>
      <AttestationList loaded={loaded} list={list} />
    </section>
  );
}
