/**
 * Which supplier a name means. A supplier gets one uuid the first time it is asked, and every later request
 * to the same name (compared without case, spacing or Unicode-form differences) reuses it: the uuid is what
 * a response echoes back and what its signer is pinned under, so "Acme Cloud" and "acme  cloud" must not
 * become two suppliers with two pins. The known ids are those kept in supplierPins and supplierRequests.
 */

/** A supplier this device has asked before. */
export interface KnownSupplier {
  id: string;
  name: string;
}

/** The form two names are compared in. */
export function supplierNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The known suppliers, one per id, the first name seen for an id kept (callers pass pins first, since a pin
 * is the identity a response proved). Sorted by name.
 */
export function distinctSuppliers(sources: readonly KnownSupplier[]): KnownSupplier[] {
  const byId = new Map<string, KnownSupplier>();
  for (const supplier of sources) if (!byId.has(supplier.id)) byId.set(supplier.id, supplier);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The id of the supplier with this name: a known one when the names match, else a fresh one. */
export function supplierIdFor(
  name: string,
  known: readonly KnownSupplier[],
  freshId: () => string,
): { id: string; known: boolean } {
  const key = supplierNameKey(name);
  const match = known.find((supplier) => supplierNameKey(supplier.name) === key);
  return match ? { id: match.id, known: true } : { id: freshId(), known: false };
}

/** The supplier names of an inventory, each once (first spelling kept), blanks left out. */
export function inventorySuppliers(systems: readonly { supplier: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const { supplier } of systems) {
    const key = supplierNameKey(supplier);
    if (key && !seen.has(key)) seen.set(key, supplier.trim());
  }
  return [...seen.values()];
}
