/**
 * The request.json an assessor signs: built from the composer's draft and the assessment, checked with the
 * contract schema, so a draft that could not be verified on the other side is refused here with the field
 * that is wrong, before anything is signed or saved.
 */
import type { AiSystem, AssessmentContent, PackRef } from '../assessment/model';
import { failure, success, type Result } from '../result';
import {
  SUPPLIER_DOCUMENT_FORMAT_VERSION,
  SUPPLIER_REQUEST_FORMAT_ID,
  SupplierRequestDocument,
  type RequestItem,
  type RequestedSystem,
  type SupplierParty,
  type SupplierRole,
} from './supplier-documents';

/** What the composer collects. */
export interface RequestDraft {
  supplier: { id: string; name: string; contact: string };
  role: SupplierRole;
  systemIds: string[];
  items: RequestItem[];
  dueDate: string;
  instructions: string;
}

export type RequestDraftCode = 'invalid-request';

function requestedSystem(system: AiSystem): RequestedSystem {
  return {
    id: system.id,
    name: system.name,
    ...(system.model ? { model: system.model } : {}),
    ...(system.modelVersion ? { modelVersion: system.modelVersion } : {}),
  };
}

/** The first thing wrong with a draft, as a sentence, or null. */
export function draftProblem(draft: RequestDraft, today: string): string | null {
  if (!draft.supplier.name.trim()) return 'Choose or name the supplier to ask.';
  if (draft.items.length === 0) return 'Keep or add at least one question.';
  const blank = draft.items.findIndex((item) => !item.question.trim());
  if (blank >= 0) return `Question ${blank + 1} is empty: write it or remove it.`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) return 'Enter a due date (yyyy-mm-dd).';
  if (draft.dueDate < today) return 'The due date is in the past.';
  return null;
}

export function buildRequestDocument(input: {
  id: string;
  createdAt: string;
  assessmentId: string;
  content: AssessmentContent;
  pack: PackRef;
  requester: SupplierParty;
  draft: RequestDraft;
}): Result<SupplierRequestDocument, RequestDraftCode> {
  const { draft, content } = input;
  const chosen = new Set(draft.systemIds);
  const systems = content.systems.filter((system) => chosen.has(system.id)).map(requestedSystem);
  const known = new Set(systems.map((system) => system.id));
  const parsed = SupplierRequestDocument.safeParse({
    format: SUPPLIER_REQUEST_FORMAT_ID,
    formatVersion: SUPPLIER_DOCUMENT_FORMAT_VERSION,
    id: input.id,
    createdAt: input.createdAt,
    dueDate: draft.dueDate,
    assessmentId: input.assessmentId,
    siteName: content.site.name,
    pack: input.pack,
    requester: input.requester,
    supplier: { ...draft.supplier, name: draft.supplier.name.trim() },
    role: draft.role,
    systems,
    items: draft.items.map((item) => ({
      ...item,
      question: item.question.trim(),
      evidenceRequested: item.evidenceRequested.trim(),
      systemIds: item.systemIds.filter((id) => known.has(id)),
    })),
    instructions: draft.instructions.trim(),
    marking: content.marking,
  });
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  return failure(
    'invalid-request',
    `The request cannot be made: ${issue?.path.join('.') ?? 'it'} ${issue?.message ?? 'is invalid'}.`,
  );
}
