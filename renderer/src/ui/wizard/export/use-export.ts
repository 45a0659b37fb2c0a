import { useCallback, useRef, useState } from 'react';
import type { SealTarget } from '../../../domain/bundle/seal';
import type { RedactionProfile } from '../../../domain/redaction/profiles';
import { useStore } from '../../../data';
import type { ExportCode } from '../../../services/export/export-codes';
import type { Exported, ExportResult } from '../../../services/export/run-export';
import type { ExportSigner } from '../../../services/export/prepare-export';
import { useApp } from '../../app/app-context';

export type ExportPhase =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'writing'; percent: number }
  | { phase: 'done'; result: Exported; what: 'bundle' | 'report' }
  | { phase: 'failed'; code: ExportCode; message: string }
  | { phase: 'cancelled' };

/** Runs one export at a time with a Cancel that aborts the bundle stream and removes the partial file. */
export function useExport(assessmentId: string) {
  const { platform } = useApp();
  const store = useStore();
  const [state, setState] = useState<ExportPhase>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const finish = useCallback((result: ExportResult, what: 'bundle' | 'report') => {
    controller.current = null;
    if (result.ok) setState({ phase: 'done', result: result.value, what });
    else if (result.code === 'cancelled') setState({ phase: 'cancelled' });
    else if (result.code === 'not-saved') setState({ phase: 'idle' });
    else setState({ phase: 'failed', code: result.code, message: result.message });
  }, []);

  const exportBundle = useCallback(
    async (signer: ExportSigner, seal: SealTarget | null, redaction: RedactionProfile) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'preparing' });
      let shown = -1;
      const result = await store.runExport({
        platform,
        assessmentId,
        signer,
        seal,
        redaction,
        signal: abort.signal,
        onWriting: () => setState({ phase: 'writing', percent: 0 }),
        onProgress: ({ bytesDone, bytesTotal }) => {
          // One render per whole percent, not one per 64 KiB chunk.
          const percent = bytesTotal > 0 ? Math.min(100, Math.floor((bytesDone / bytesTotal) * 100)) : 0;
          if (percent === shown || abort.signal.aborted) return;
          shown = percent;
          setState({ phase: 'writing', percent });
        },
      });
      finish(result, 'bundle');
    },
    [store, platform, assessmentId, finish],
  );

  const exportReport = useCallback(
    async (signer: ExportSigner, redaction: RedactionProfile) => {
      setState({ phase: 'preparing' });
      finish(await store.saveReportOnly({ platform, assessmentId, signer, redaction }), 'report');
    },
    [store, platform, assessmentId, finish],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, exportBundle, exportReport, cancel };
}
