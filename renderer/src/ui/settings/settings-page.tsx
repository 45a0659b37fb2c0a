import { usePageTitle } from '../common/use-page-title';
import { BackupSection } from './backup-section';
import { IdentitySection } from './identity-section';
import { RecipientsSection } from './recipients-section';
import { PacksSection } from './packs-section';

/** The assessor identity, the age recipients bundles can be sealed to, backups and framework packs. */
export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <IdentitySection />
      <RecipientsSection />
      <BackupSection />
      <PacksSection />
    </>
  );
}
