/**
 * Redaction of supplier attestations (content.supplierAttestations), by the same categories as the assessor's
 * own text, because an attestation is text about the site's AI supply chain just as sensitive as a note:
 * - notes: the supplier's narrative and the question asked (the assessor's wording, which may name systems).
 * - people: the signer's name and the supplier's named contact.
 * - systems: the supplier's name, which becomes "Supplier N" as AI systems become "AI system N".
 * - evidence: the attachment links (the evidence entries and files themselves go with the document's evidence).
 * Kept: ids, practice, systems linked, role, status, trust state, dates and the signer's certificate
 * fingerprint (a key id, not a name: it tells signers apart as the kept ids tell items apart). A name shared by
 * many attestations (one supplier, one response) is counted once, as the inventory counts one name per system.
 */
import type { AssessmentContent } from '../assessment/model';
import type { SupplierAttestation } from '../supplier/supplier-attestation';
import type { RedactionCategory } from './redaction-mark';

/** The part of redact.ts's tally this needs. */
export type AttestationTally = {
  has(category: RedactionCategory): boolean;
  text(category: RedactionCategory, value: string, replacement?: string): string;
};

/** `tally.text` once per key: the first value for a key is counted, later ones reuse its replacement. */
function once(tally: AttestationTally) {
  const seen = new Map<string, string>();
  return (category: RedactionCategory, key: string, value: string, replacement?: string): string => {
    const memo = `${category}\n${key}\n${value}`;
    const known = seen.get(memo);
    if (known !== undefined) return known;
    const out = tally.text(category, value, replacement);
    seen.set(memo, out);
    return out;
  };
}

export function redactAttestations(
  content: AssessmentContent,
  tally: AttestationTally,
): Pick<AssessmentContent, 'supplierAttestations'> {
  const items = content.supplierAttestations;
  if (items === undefined) return {};
  const text = once(tally);
  const supplierNumber = new Map<string, number>();
  for (const item of items) {
    if (!supplierNumber.has(item.supplier.id)) supplierNumber.set(item.supplier.id, supplierNumber.size + 1);
  }
  const redacted = items.map((item): SupplierAttestation => ({
    ...item,
    question: tally.text('notes', item.question),
    narrative: tally.text('notes', item.narrative),
    supplier: {
      ...item.supplier,
      name: text(
        'systems',
        item.supplier.id,
        item.supplier.name,
        `Supplier ${supplierNumber.get(item.supplier.id) ?? 0}`,
      ),
    },
    signer: { ...item.signer, name: text('people', item.responseId, item.signer.name) },
    contact: text('people', item.responseId, item.contact),
    evidenceIds: tally.has('evidence') ? [] : item.evidenceIds,
  }));
  return { supplierAttestations: redacted };
}
