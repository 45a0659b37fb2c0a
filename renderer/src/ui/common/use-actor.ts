import { useApp } from '../app/app-context';

/**
 * Who the journal records as making a change. Until an assessor identity is unlocked this is the
 * shell's generic user; with an identity it becomes the assessor's name and fingerprint.
 */
export function useActor(): string {
  const { platform } = useApp();
  return platform.appInfo().shell === 'electron' ? 'desktop user' : 'browser user';
}
