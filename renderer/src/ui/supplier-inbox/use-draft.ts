/**
 * The draft answer of one received request, autosaved as the supplier types (ui/autosave: saved shortly after
 * each keystroke, at once on blur, and flushed when the page is hidden, left or reloaded).
 */
import { useStore } from '../../data';
import { failure, success } from '../../domain/result';
import type { ResponseAnswer } from '../../domain/supplier/supplier-documents';
import type { SupplierDraft, SupplierInboxRow } from '../../storage/supplier-rows';
import { useAutosave } from '../autosave/use-autosave';

export function useDraft(row: SupplierInboxRow) {
  const store = useStore();
  const draft = useAutosave<SupplierDraft>(row.draft, async (value) => {
    const saved = await store.saveInboxDraft(row.id, value);
    return saved.ok ? success(0) : failure('storage-failed', saved.message);
  });
  const { value, setValue } = draft;

  const setContact = (patch: Partial<SupplierDraft['contact']>) =>
    setValue({ ...value, contact: { ...value.contact, ...patch }, updatedAt: new Date().toISOString() });

  const answerOf = (itemId: string): ResponseAnswer =>
    value.answers.find((answer) => answer.itemId === itemId) ?? {
      itemId,
      status: 'not-assessed',
      narrative: '',
    };

  const setAnswer = (itemId: string, patch: Partial<Omit<ResponseAnswer, 'itemId'>>) => {
    const next = { ...answerOf(itemId), ...patch };
    const others = value.answers.filter((answer) => answer.itemId !== itemId);
    setValue({ ...value, answers: [...others, next], updatedAt: new Date().toISOString() });
  };

  return { draft, contact: value.contact, answerOf, setContact, setAnswer };
}
