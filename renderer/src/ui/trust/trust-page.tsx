import { usePageTitle } from '../common/use-page-title';

export function TrustPage() {
  usePageTitle('Trusted signers');
  return <h1>Trusted signers</h1>;
}
