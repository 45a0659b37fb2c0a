/**
 * Opening a request file, verify first: choose → (a key, when sealed) → the verified preview or one refusal
 * → "Add to my requests". Nothing is stored before the supplier adds it.
 */
import { useCallback, useState } from 'react';
import { useStore } from '../../data';
import type { SealedKey } from '../../domain/import/open-sealed';
import type { OpenedFile } from '../../platform';
import type { RequestPreview } from '../../services/supplier/supplier-inbox-service';

export type OpenState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'needs-key'; fileName: string; file: OpenedFile; error: string | null }
  | { step: 'rejected'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; preview: RequestPreview; problem: string | null }
  | { step: 'added'; fileName: string; requestId: string };

const KEY_CODES = new Set(['key-required', 'invalid-key', 'wrong-key']);

export function useOpenRequest() {
  const store = useStore();
  const [state, setState] = useState<OpenState>({ step: 'choose' });

  const verify = useCallback(
    async (file: OpenedFile, key?: SealedKey) => {
      setState({ step: 'reading', fileName: file.name });
      const result = await store.previewSupplierRequest(file, key);
      if (result.ok) {
        setState({ step: 'preview', fileName: file.name, preview: result.value, problem: null });
      } else if (KEY_CODES.has(result.code)) {
        const error = result.code === 'key-required' ? null : result.message;
        setState({ step: 'needs-key', fileName: file.name, file, error });
      } else {
        setState({ step: 'rejected', fileName: file.name, message: result.message });
      }
    },
    [store],
  );

  const add = useCallback(async () => {
    if (state.step !== 'preview') return;
    const stored = await store.addToSupplierInbox(state.preview.verified);
    if (stored.ok) setState({ step: 'added', fileName: state.fileName, requestId: stored.value.id });
    else setState({ ...state, problem: stored.message });
  }, [store, state]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, verify, add, reset };
}
