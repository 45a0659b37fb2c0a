import { usePageTitle } from '../common/use-page-title';

export function ImportPage() {
  usePageTitle('Import a bundle');
  return <h1>Import a bundle</h1>;
}
