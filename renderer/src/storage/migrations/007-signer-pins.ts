import type { Dexie, Transaction } from 'dexie';

/**
 * v7: every imported assessment id is pinned to the certificate that signed it (signer continuity, as SSH
 * pins a host key). Existing imports are pinned to the signer of their stored current revision: that is the
 * only certificate this device has accepted for them so far, and it is what the next revision must match.
 */
export const VERSION_007 = 7;

export function migration007SignerPins(db: Dexie): void {
  db.version(VERSION_007).stores({ signerPins: 'assessmentId' }).upgrade(upgradeTo007);
}

type LegacyHeader = {
  id: string;
  source?: string;
  signerFingerprint?: string;
  signerName?: string;
  importedAt?: string;
  updatedAt?: string;
};

async function upgradeTo007(tx: Transaction): Promise<void> {
  const imported = (await tx
    .table('assessments')
    .where('source')
    .equals('imported')
    .toArray()) as LegacyHeader[];
  const pins = imported
    .filter((header) => /^[0-9a-f]{64}$/.test(header.signerFingerprint ?? ''))
    .map((header) => ({
      assessmentId: header.id,
      fingerprint: header.signerFingerprint ?? '',
      signerName: header.signerName ?? '',
      pinnedAt: header.importedAt ?? header.updatedAt ?? '',
      firstFingerprint: header.signerFingerprint ?? '',
      firstName: header.signerName ?? '',
      changes: [],
    }));
  await tx.table('signerPins').bulkAdd(pins);
}
