import { useState, type ReactNode } from 'react';
import { usePackOf } from '../../data';
import type { AssessmentHeader } from '../../storage/rows';
import { ActivePackContext, BUILT_IN_PACK_REF, PACK, type FrameworkPack } from './framework';

/** The sentence every screen shows for an assessment whose pack this device lacks. */
export function missingPackSentence(header: Pick<AssessmentHeader, 'packId' | 'packVersion'>): string {
  return `This assessment was made on the framework pack ${header.packId} ${header.packVersion}, which is not installed on this device. It is shown read-only with its answers by practice id; install that pack in Settings → Framework packs to see it in full.`;
}

/**
 * Resolves an assessment's pack by its PackRef (id and version) and provides it to what it wraps
 * (useFramework). The built-in pack needs no read; another is looked up among the installed packs, and when
 * it is missing `missing` is shown instead.
 */
export function AssessmentPackGate({
  header,
  missing,
  children,
}: {
  header: Pick<AssessmentHeader, 'packId' | 'packVersion'>;
  missing: ReactNode;
  children: ReactNode;
}) {
  const builtIn = header.packId === BUILT_IN_PACK_REF.id && header.packVersion === BUILT_IN_PACK_REF.version;
  const found = usePackOf(builtIn ? undefined : { id: header.packId, version: header.packVersion });
  const resolved = builtIn ? PACK : found;
  // While a changed PackRef is looked up (an upgrade), the last pack stays, so what is shown stays mounted.
  const [last, setLast] = useState<FrameworkPack | null | undefined>(resolved);
  if (resolved !== undefined && resolved !== last) setLast(resolved);
  const pack = resolved ?? last;
  if (pack === undefined) return <p role="status">Loading the framework pack…</p>;
  if (pack === null) return <>{missing}</>;
  return <ActivePackContext.Provider value={pack}>{children}</ActivePackContext.Provider>;
}
