/**
 * The attestations an accepted response adds to its assessment: one per answered item, carrying the question
 * as asked, the supplier and signer, and the evidence entries that hold its attachments. An item the supplier
 * left unanswered (not assessed, no narrative, no attachment) adds nothing.
 */
import type { SupplierAttestation, AttestationTrust } from './supplier-attestation';
import type { SupplierRequestDocument, SupplierResponseDocument } from './supplier-documents';

export function attestationId(responseId: string, itemId: string): string {
  return `${responseId}:${itemId}`;
}

export function attestationsOf(input: {
  request: SupplierRequestDocument;
  response: SupplierResponseDocument;
  signer: { fingerprint: string; name: string };
  trust: AttestationTrust;
  /** Evidence ids per item id, for the attachments of that item's answer. */
  evidenceByItem: ReadonlyMap<string, string[]>;
  acceptedAt: string;
}): SupplierAttestation[] {
  const { request, response } = input;
  const items = new Map(request.items.map((item) => [item.id, item]));
  const allSystems = request.systems.map((system) => system.id);
  const contact = [response.contact.name, response.contact.organization, response.contact.contact]
    .filter((part) => part.trim().length > 0)
    .join(', ')
    .slice(0, 500);
  const attestations: SupplierAttestation[] = [];
  for (const answer of response.answers) {
    const item = items.get(answer.itemId);
    if (!item) continue;
    const evidenceIds = input.evidenceByItem.get(item.id) ?? [];
    if (answer.status === 'not-assessed' && !answer.narrative.trim() && evidenceIds.length === 0) continue;
    attestations.push({
      id: attestationId(response.id, item.id),
      requestId: request.id,
      responseId: response.id,
      itemId: item.id,
      ...(item.practiceId ? { practiceId: item.practiceId } : {}),
      question: item.question,
      systemIds: item.systemIds.length > 0 ? item.systemIds : allSystems,
      supplier: { id: request.supplier.id, name: request.supplier.name },
      role: request.role,
      signer: { fingerprint: input.signer.fingerprint, name: input.signer.name.slice(0, 500) },
      trust: input.trust,
      contact,
      status: answer.status,
      narrative: answer.narrative,
      evidenceIds,
      respondedAt: response.createdAt,
      acceptedAt: input.acceptedAt,
    });
  }
  return attestations;
}

/** The attestations about one practice, newest response first. */
export function attestationsForPractice(
  attestations: readonly SupplierAttestation[] | undefined,
  practiceId: string,
): SupplierAttestation[] {
  return (attestations ?? [])
    .filter((attestation) => attestation.practiceId === practiceId)
    .sort((a, b) => b.respondedAt.localeCompare(a.respondedAt));
}

/** The attestations that concern one AI system, newest response first. */
export function attestationsForSystem(
  attestations: readonly SupplierAttestation[] | undefined,
  systemId: string,
): SupplierAttestation[] {
  return (attestations ?? [])
    .filter((attestation) => attestation.systemIds.includes(systemId))
    .sort((a, b) => b.respondedAt.localeCompare(a.respondedAt));
}
