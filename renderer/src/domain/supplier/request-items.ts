/**
 * What a request proposes to ask: the framework practices of the supplier's role, each as an item whose
 * question is prefilled from the practice (its title and the pack's prompts) and whose evidence request is the
 * pack's evidence hints. The assessor then rewords, removes and adds; nothing here is final.
 */
import { practicesInScope } from '../framework/pack-queries';
import type { FrameworkPack, Practice } from '../framework/pack-schema';
import type { RequestItem, SupplierRole } from './supplier-documents';

export function practiceQuestion(practice: Practice): string {
  return `${practice.title}: ${practice.prompts.join(' ')}`;
}

/** One proposed item per practice of the role, in pack order; its id is the practice id. */
export function proposeRequestItems(
  pack: FrameworkPack,
  role: SupplierRole,
  systemIds: readonly string[],
): RequestItem[] {
  return practicesInScope(pack, [role]).map((practice) => ({
    id: practice.id,
    practiceId: practice.id,
    question: practiceQuestion(practice),
    evidenceRequested: practice.evidence.join('; '),
    systemIds: [...systemIds],
  }));
}

/** The systems whose inventory names this supplier (names compared as the composer shows them). */
export function systemsOfSupplier<S extends { id: string; supplier: string }>(
  systems: readonly S[],
  matches: (supplier: string) => boolean,
): S[] {
  return systems.filter((system) => matches(system.supplier));
}
