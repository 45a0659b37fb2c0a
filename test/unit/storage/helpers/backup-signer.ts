import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import type { IdentityRecord } from '../../../../renderer/src/domain/crypto/identity-record';
import type { BackupSigner } from '../../../../renderer/src/storage/backup/backup-signature';

/** A real identity (ECDSA P-256 key, self-signed certificate) to sign backups with. */
export async function backupSigner(name: string): Promise<{ signer: BackupSigner; record: IdentityRecord }> {
  const created = await createIdentity({
    name,
    organization: 'Harbor Grid Cooperative',
    email: '',
    passphrase: 'identity passphrase for tests',
  });
  if (!created.ok) throw new Error(created.message);
  return {
    signer: { signingKey: created.value.signingKey, certificatePem: created.value.record.certificatePem },
    record: created.value.record,
  };
}
