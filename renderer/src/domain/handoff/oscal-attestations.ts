/**
 * Supplier attestations in OSCAL assessment-results: each is an observation whose origin actor is the
 * supplier as a party (an organization in metadata.parties), so a tool reading the document never takes a
 * supplier's statement for the assessor's. The observation carries the supplier's status and narrative, who
 * signed and the trust state when accepted as props, and the supplier's attachments as relevant evidence.
 * UUIDs are name-based (oscal-ids.ts): the same supplier and answer give the same UUID in every revision.
 */
import type { AssessmentDocument } from '../assessment/model';
import type { SupplierAttestation } from '../supplier/supplier-attestation';
import { oscalDateTime, oscalString, props } from './oscal-ids';
import { practiceIndex, type PackInfo } from './pack-info';

type Uuid = (key: string) => string;

const ROLE_NAMES = { CCP: 'cloud and compute infrastructure provider', AID: 'AI developer' } as const;

const attestationsOf = (document: AssessmentDocument) => document.content.supplierAttestations ?? [];

export const supplierPartyUuid = (uuid: Uuid, supplierId: string) => uuid(`party:supplier:${supplierId}`);
export const attestationUuid = (uuid: Uuid, item: SupplierAttestation) => uuid(`attestation:${item.id}`);

/** One organization party per supplier, in the order suppliers first appear. */
export function supplierParties(document: AssessmentDocument, uuid: Uuid) {
  const seen = new Map<string, SupplierAttestation['supplier']>();
  for (const item of attestationsOf(document))
    if (!seen.has(item.supplier.id)) seen.set(item.supplier.id, item.supplier);
  return [...seen.values()].map((supplier) => ({
    uuid: supplierPartyUuid(uuid, supplier.id),
    type: 'organization',
    ...(oscalString(supplier.name) && { name: oscalString(supplier.name) }),
    props: props({ 'supplier-id': supplier.id }),
  }));
}

/** The attestation observations of each practice, for a finding's related-observations. */
export function attestationsByPractice(
  document: AssessmentDocument,
  uuid: Uuid,
): ReadonlyMap<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of attestationsOf(document)) {
    if (item.practiceId)
      out.set(item.practiceId, [...(out.get(item.practiceId) ?? []), attestationUuid(uuid, item)]);
  }
  return out;
}

export function attestationObservations(document: AssessmentDocument, pack: PackInfo, uuid: Uuid) {
  const practices = practiceIndex(pack);
  const evidence = new Map(document.evidence.map((meta) => [meta.id, meta]));
  return attestationsOf(document).map((item) => {
    const title = item.practiceId ? practices.get(item.practiceId)?.title : undefined;
    const asked = item.practiceId
      ? title
        ? `${item.practiceId} ${title}`
        : item.practiceId
      : 'question from the assessor';
    const supplier = oscalString(item.supplier.name) ?? 'supplier not named';
    const files = item.evidenceIds.flatMap((id) => {
      const meta = evidence.get(id);
      return meta ? [meta] : [];
    });
    return {
      uuid: attestationUuid(uuid, item),
      title: `Supplier attestation by ${supplier}: ${asked}`,
      description:
        oscalString(item.narrative) ?? `The supplier answered ${item.status}, without a narrative.`,
      props: props({
        source: 'supplier-attestation',
        practice: item.practiceId,
        status: item.status,
        question: item.question,
        'supplier-role': item.role,
        'supplier-role-name': ROLE_NAMES[item.role],
        'signer-name': item.signer.name,
        'signer-fingerprint': item.signer.fingerprint,
        trust: item.trust,
        contact: item.contact,
        'request-id': item.requestId,
        'response-id': item.responseId,
        accepted: item.acceptedAt,
        systems: item.systemIds.join(' '),
      }),
      methods: ['EXAMINE'],
      types: item.practiceId ? ['control-objective'] : ['finding'],
      origins: [{ actors: [{ type: 'party', 'actor-uuid': supplierPartyUuid(uuid, item.supplier.id) }] }],
      ...(files.length > 0 && {
        'relevant-evidence': files.map((meta) => ({
          description: meta.name,
          props: props({ sha256: meta.sha256, 'media-type': meta.type, captured: meta.capturedAt }),
        })),
      }),
      collected: oscalDateTime(item.respondedAt),
    };
  });
}
