/**
 * The import screen's state machine: choose → (sealed: key) → verdict → accept/cancel → stored. Verification
 * writes nothing; only accept() stores, and the revision plan shown with the verdict is asked again then.
 */
import { useCallback, useState } from 'react';
import { isSealed, type SealedKey } from '../../domain/import/open-sealed';
import type { OpenedFile } from '../../platform';
import type { ImportPlan } from '../../storage/import-plan';
import type { PrepareFailure } from '../../storage/import-pipeline';
import type { PreparedImport, StoreResult } from '../../storage/import-repository';
import type { KeyChangeDecision } from '../../storage/signer-pin-repository';
import { useStore } from '../../data';
import { readBlobBytes } from '../common/read-blob';
import { DEFAULT_LIMITS } from '../../domain/import/limits';

export type ImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'unreadable'; fileName: string; message: string }
  | { step: 'needs-key'; fileName: string; bytes: Uint8Array; error: string | null }
  | { step: 'rejected'; fileName: string; failure: PrepareFailure }
  | { step: 'verified'; fileName: string; prepared: PreparedImport; plan: ImportPlan; refusal: string | null }
  | { step: 'stored'; fileName: string; result: Extract<StoreResult, { ok: true }> };

export function useImportFlow() {
  const store = useStore();
  const [state, setState] = useState<ImportState>({ step: 'choose' });

  const verify = useCallback(
    async (fileName: string, bytes: Uint8Array, key: SealedKey = {}) => {
      setState({ step: 'reading', fileName });
      const result = await store.prepareImport(bytes, key);
      if (!result.ok && result.code === 'wrong-key') {
        setState({ step: 'needs-key', fileName, bytes, error: result.message });
        return;
      }
      if (!result.ok) {
        setState({ step: 'rejected', fileName, failure: result });
        return;
      }
      const plan = await store.previewImport(result.prepared);
      setState({ step: 'verified', fileName, prepared: result.prepared, plan, refusal: null });
    },
    [store],
  );

  const open = useCallback(
    async (file: OpenedFile) => {
      setState({ step: 'reading', fileName: file.name });
      if (file.blob.size > DEFAULT_LIMITS.maxBundleBytes) {
        const message = `“${file.name}” is larger than a bundle can be (4 GiB), so it is not an assessment bundle.`;
        setState({ step: 'unreadable', fileName: file.name, message });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBlobBytes(file.blob);
      } catch {
        const message = `“${file.name}” could not be read: it may have been moved, changed or removed since it was chosen.`;
        setState({ step: 'unreadable', fileName: file.name, message });
        return;
      }
      if (isSealed(bytes)) setState({ step: 'needs-key', fileName: file.name, bytes, error: null });
      else await verify(file.name, bytes);
    },
    [verify],
  );

  const unlock = useCallback(
    async (key: SealedKey) => {
      if (state.step === 'needs-key') await verify(state.fileName, state.bytes, key);
    },
    [state, verify],
  );

  const accept = useCallback(
    async (keepOlderAsHistory = false, keyChange?: KeyChangeDecision) => {
      if (state.step !== 'verified') return;
      const result = await store.storeVerifiedBundle(state.prepared, { keepOlderAsHistory, keyChange });
      if (result.ok) setState({ step: 'stored', fileName: state.fileName, result });
      else {
        // What is stored may have changed since the preview (another window imported meanwhile, e.g. a
        // revision by another key): plan again, so the page shows what accepting would now do.
        const plan = await store.previewImport(state.prepared);
        setState({ ...state, plan, refusal: result.message });
      }
    },
    [store, state],
  );

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, open, unlock, accept, reset };
}
