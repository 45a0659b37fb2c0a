/**
 * Unsaved drafts of remediation plans. The plan editor stores a plan only with "Save plan" (a plan in some
 * statuses is valid only once several fields are filled), so what a manager has typed but not saved is kept
 * here, in the page's local storage, on every edit: a reload, a closed window or a crash does not lose it,
 * and the editor offers it again until it is saved or discarded. Read back through zod and bounded, like
 * every boundary.
 */
import { PlanDraft } from '../domain/remediation/model';
import type { KeyValueArea } from './pending-edits';

const PREFIX = 'airr.plan-drafts.v1.';
/** One draft may take this many characters (a plan's own limits allow far less in practice). */
export const MAX_DRAFT_CHARS = 500_000;

const keyOf = (assessmentId: string, findingId: string) =>
  `${PREFIX}${JSON.stringify([assessmentId, findingId])}`;

/** Keeps the draft of one finding's plan; a full or disabled storage only loses this cover. */
export function keepPlanDraft(area: KeyValueArea, assessmentId: string, draft: PlanDraft): void {
  const key = keyOf(assessmentId, draft.findingId);
  const text = JSON.stringify(draft);
  try {
    if (text.length <= MAX_DRAFT_CHARS) area.setItem(key, text);
    else area.removeItem(key);
  } catch {
    area.removeItem(key);
  }
}

/** The kept draft of one finding's plan, or null when there is none or it is unreadable (then it is removed). */
export function keptPlanDraft(area: KeyValueArea, assessmentId: string, findingId: string): PlanDraft | null {
  const key = keyOf(assessmentId, findingId);
  const raw = area.getItem(key);
  if (raw === null) return null;
  try {
    if (raw.length <= MAX_DRAFT_CHARS) {
      const parsed = PlanDraft.safeParse(JSON.parse(raw));
      if (parsed.success && parsed.data.findingId === findingId) return parsed.data;
    }
  } catch {
    // Not JSON: dropped below.
  }
  area.removeItem(key);
  return null;
}

/** The draft was saved or discarded. */
export function dropPlanDraft(area: KeyValueArea, assessmentId: string, findingId: string): void {
  area.removeItem(keyOf(assessmentId, findingId));
}
