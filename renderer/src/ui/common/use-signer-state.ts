/**
 * Live signer states for the screens: each follows the trust store and the pins, so trusting, distrusting or
 * accepting a key change elsewhere changes what every screen says at once. undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentHeader } from '../../storage/rows';
import {
  readSignerContext,
  readSignerState,
  readSignerStateOfRef,
  readSignerStates,
  type SignerContext,
  type SignerState,
} from '../../storage/signer-state';
import { findSignerPin } from '../../storage/signer-pin-repository';
import { useApp } from '../app/app-context';

export function useSignerState(header: AssessmentHeader): SignerState | undefined {
  const { db } = useApp();
  return useLiveQuery(() => readSignerState(db, header), [db, header]);
}

/** null when the reference names nothing stored. */
export function useSignerStateOfRef(ref: string): SignerState | null | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => (await readSignerStateOfRef(db, ref)) ?? null, [db, ref]);
}

export function useSignerStates(headers: readonly AssessmentHeader[]): Map<string, SignerState> | undefined {
  const { db } = useApp();
  return useLiveQuery(() => readSignerStates(db, headers), [db, headers]);
}

export function useSignerContext(): SignerContext | undefined {
  const { db } = useApp();
  return useLiveQuery(() => readSignerContext(db), [db]);
}

/** The recorded key changes of an assessment, oldest first ([] when none). */
export function useKeyChanges(assessmentId: string) {
  const { db } = useApp();
  return useLiveQuery(async () => (await findSignerPin(db, assessmentId))?.changes ?? [], [db, assessmentId]);
}
