import { usePageTitle } from '../common/use-page-title';

export function SettingsPage() {
  usePageTitle('Settings');
  return <h1>Settings</h1>;
}
