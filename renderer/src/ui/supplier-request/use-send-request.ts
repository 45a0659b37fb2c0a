import { useCallback, useState } from 'react';
import { useStore } from '../../data';
import type { SealTarget } from '../../domain/bundle/seal';
import type { RequestDraft } from '../../domain/supplier/request-document';
import { useApp } from '../app/app-context';
import { useIdentity } from '../identity/identity-context';

export type SendState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; name: string; sealed: boolean }
  | { phase: 'failed'; message: string };

/** Signs and saves one request at a time; closing the save dialog leaves the draft as it was. */
export function useSendRequest(assessmentId: string) {
  const { platform } = useApp();
  const store = useStore();
  const { record, signingKey } = useIdentity();
  const signer = record && signingKey ? { record, signingKey } : null;
  const [state, setState] = useState<SendState>({ phase: 'idle' });
  const send = useCallback(
    async (draft: RequestDraft, seal: SealTarget | null) => {
      if (!record || !signingKey) return;
      setState({ phase: 'working' });
      const result = await store.sendSupplierRequest({
        platform,
        assessmentId,
        draft,
        signer: { record, signingKey },
        seal,
      });
      if (result.ok) setState({ phase: 'done', name: result.value.name, sealed: result.value.sealed });
      else if (result.code === 'not-saved') setState({ phase: 'idle' });
      else setState({ phase: 'failed', message: result.message });
    },
    [store, platform, assessmentId, record, signingKey],
  );
  return { state, send, signer };
}
