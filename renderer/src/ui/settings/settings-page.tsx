import { usePageTitle } from '../common/use-page-title';
import { BackupSection } from './backup-section';
import { IdentitySection } from './identity-section';
import { RecipientsSection } from './recipients-section';

/** The assessor identity that signs exports and the age recipients bundles can be sealed to. */
export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <IdentitySection />
      <RecipientsSection />
      <BackupSection />
    </>
  );
}
