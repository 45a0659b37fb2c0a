/**
 * Live signer states (own / trusted / unknown / changed, see storage/signer-state.ts) for every screen that
 * shows a signer. They follow the trust store and the signer pins, so trusting, distrusting or accepting a
 * key change anywhere changes what every screen says at once. undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentHeader, SignerPinChange } from '../storage/rows';
import type { SignerContext, SignerState } from '../storage/signer-state';
import { useStore } from './store-context';

/** The signer state of an assessment's current revision. */
export function useSignerState(header: AssessmentHeader): SignerState | undefined {
  const store = useStore();
  return useLiveQuery(() => store.readSignerState(header), [store, header]);
}

/** The signer state of a compare reference ("id" or "id@revision"); null when nothing is stored by it. */
export function useSignerStateOfRef(ref: string): SignerState | null | undefined {
  const store = useStore();
  return useLiveQuery(async () => (await store.readSignerStateOfRef(ref)) ?? null, [store, ref]);
}

/** The signer states of these headers, by assessment id (library rows). */
export function useSignerStates(
  headers: readonly AssessmentHeader[] | undefined,
): Map<string, SignerState> | undefined {
  const store = useStore();
  return useLiveQuery(() => store.readSignerStates(headers ?? []), [store, headers]);
}

/** The signer states of the assessments with these ids, by id (portfolio sites). */
export function useSignerStatesByIds(ids: readonly string[]): Map<string, SignerState> | undefined {
  const store = useStore();
  const key = ids.join('\n');
  return useLiveQuery(() => store.readSignerStatesByIds(key ? key.split('\n') : []), [store, key]);
}

/** Trusted fingerprints and first pins, for the library's trust filter. */
export function useSignerContext(): SignerContext | undefined {
  const store = useStore();
  return useLiveQuery(() => store.readSignerContext(), [store]);
}

/** The recorded key changes of an assessment, oldest first ([] when none). */
export function useKeyChanges(assessmentId: string): SignerPinChange[] | undefined {
  const store = useStore();
  return useLiveQuery(
    async () => (await store.findSignerPin(assessmentId))?.changes ?? [],
    [store, assessmentId],
  );
}
