import { useApp } from '../app/app-context';
import { useOptionalIdentity } from '../identity/identity-context';
import { signerActor } from '../identity/signer-label';

/**
 * Who the journal records as making a change. Until an assessor identity is unlocked this is the
 * shell's generic user; with an identity it becomes the assessor's name and fingerprint.
 */
export function useActor(): string {
  const { platform } = useApp();
  const identity = useOptionalIdentity();
  if (identity?.status === 'unlocked' && identity.record) {
    return signerActor(identity.record.name, identity.record.fingerprint);
  }
  return platform.appInfo().shell === 'electron' ? 'desktop user' : 'browser user';
}
