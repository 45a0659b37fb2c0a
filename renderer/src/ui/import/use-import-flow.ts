/**
 * The import screen's state machine: choose → (sealed: key) → verdict → accept/cancel → stored. The steps
 * themselves run in services/import (through the Store); this hook only keeps the state between them.
 * Verification writes nothing; only accept() stores, and the revision plan is asked again when it refuses.
 */
import { useCallback, useState } from 'react';
import type { SealedKey } from '../../domain/import/open-sealed';
import type { OpenedFile } from '../../platform';
import type { ImportPlan } from '../../storage/import-plan';
import type { PrepareFailure } from '../../storage/import-pipeline';
import type { PreparedImport, StoredImport } from '../../storage/import-repository';
import type { KeyChangeDecision } from '../../storage/signer-pin-repository';
import { useStore } from '../../data';

export type ImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'unreadable'; fileName: string; message: string }
  | { step: 'needs-key'; fileName: string; file: Blob; error: string | null }
  | { step: 'rejected'; fileName: string; failure: PrepareFailure }
  | { step: 'verified'; fileName: string; prepared: PreparedImport; plan: ImportPlan; refusal: string | null }
  | { step: 'stored'; fileName: string; stored: StoredImport };

export function useImportFlow() {
  const store = useStore();
  const [state, setState] = useState<ImportState>({ step: 'choose' });

  const verify = useCallback(
    async (fileName: string, file: Blob, key: SealedKey = {}) => {
      setState({ step: 'reading', fileName });
      const outcome = await store.verifyImport(file, key, fileName);
      if (outcome.kind === 'needs-key')
        setState({ step: 'needs-key', fileName, file, error: outcome.failure.message });
      else if (outcome.kind === 'unreadable')
        setState({ step: 'unreadable', fileName, message: outcome.failure.message });
      else if (outcome.kind === 'rejected')
        setState({ step: 'rejected', fileName, failure: outcome.failure });
      else
        setState({
          step: 'verified',
          fileName,
          prepared: outcome.prepared,
          plan: outcome.plan,
          refusal: null,
        });
    },
    [store],
  );

  const open = useCallback(
    async (file: OpenedFile) => {
      setState({ step: 'reading', fileName: file.name });
      const read = await store.readBundleFile(file);
      if (!read.ok) setState({ step: 'unreadable', fileName: file.name, message: read.message });
      else if (read.value.sealed)
        setState({ step: 'needs-key', fileName: file.name, file: read.value.file, error: null });
      else await verify(file.name, read.value.file);
    },
    [store, verify],
  );

  const unlock = useCallback(
    async (key: SealedKey) => {
      if (state.step === 'needs-key') await verify(state.fileName, state.file, key);
    },
    [state, verify],
  );

  const accept = useCallback(
    async (keepOlderAsHistory = false, keyChange?: KeyChangeDecision) => {
      if (state.step !== 'verified') return;
      const outcome = await store.acceptImport(state.prepared, { keepOlderAsHistory, keyChange });
      if (outcome.kind === 'stored')
        setState({ step: 'stored', fileName: state.fileName, stored: outcome.stored });
      else setState({ ...state, plan: outcome.plan, refusal: outcome.message });
    },
    [store, state],
  );

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, open, unlock, accept, reset };
}
