import { useTrustedFingerprints, type LoadedAssessment } from '../../../data';
import { attestationsForPractice, attestationsForSystem } from '../../../domain/supplier/attestations-of';
import type { SupplierAttestation } from '../../../domain/supplier/supplier-attestation';
import { AttestationBlock } from './attestation-block';

/** The supplier attestations about one practice (wizard card, review table); `onUse` copies a status. */
export function PracticeAttestations({
  loaded,
  practiceId,
  onUse,
}: {
  loaded: LoadedAssessment;
  practiceId: string;
  onUse?: (attestation: SupplierAttestation) => void;
}) {
  const list = attestationsForPractice(loaded.content.supplierAttestations, practiceId);
  return <AttestationList loaded={loaded} list={list} onUse={onUse} />;
}

/** The supplier attestations that concern one AI system. */
export function SystemAttestations({ loaded, systemId }: { loaded: LoadedAssessment; systemId: string }) {
  const list = attestationsForSystem(loaded.content.supplierAttestations, systemId);
  return <AttestationList loaded={loaded} list={list} />;
}

export function AttestationList({
  loaded,
  list,
  onUse,
}: {
  loaded: LoadedAssessment;
  list: readonly SupplierAttestation[];
  onUse?: (attestation: SupplierAttestation) => void;
}) {
  const trusted = useTrustedFingerprints();
  if (list.length === 0) return null;
  return (
    <>
      {list.map((attestation) => (
        <AttestationBlock
          key={attestation.id}
          attestation={attestation}
          evidence={loaded.evidence}
          trusted={trusted?.has(attestation.signer.fingerprint) ?? false}
          onUse={onUse && attestation.practiceId ? () => onUse(attestation) : undefined}
        />
      ))}
    </>
  );
}
