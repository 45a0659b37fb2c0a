import type { Dexie, Transaction } from 'dexie';

/**
 * v3: what signing and import need. `identities` holds the assessor's wrapped key and certificate;
 * `recipients` the named age recipients for sealing; `trustedSigners` the trust store by certificate
 * fingerprint; `revisions` older revisions of imported assessments kept as history. Headers gain where the
 * assessment came from (`source`) and who signed it, indexed for the library's signer filter.
 */
export const VERSION_003 = 3;

export function migration003SigningAndImport(db: Dexie): void {
  db.version(VERSION_003)
    .stores({
      assessments:
        'id, title, siteName, sector, status, createdAt, updatedAt, revision, source, signerFingerprint',
      identities: 'id',
      recipients: 'id, label',
      trustedSigners: 'fingerprint, label',
      revisions: '[assessmentId+revision], assessmentId',
    })
    .upgrade(upgradeTo003);
}

async function upgradeTo003(tx: Transaction): Promise<void> {
  await tx
    .table('assessments')
    .toCollection()
    .modify((row: { source?: string; signerFingerprint?: string }) => {
      row.source ??= 'local';
      row.signerFingerprint ??= '';
    });
}
