/**
 * A file name that is safe on every OS and readable in a mail attachment list: ASCII letters, digits and
 * dashes only (accents folded, everything else a dash), capped so the revision suffix always survives.
 */
const MAX_STEM = 80;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "<site>-<title>-r<revision>.airr" (or ".airr.age" when sealed). */
export function bundleFileName(site: string, title: string, revision: number, sealed: boolean): string {
  const stem = [slug(site), slug(title)].filter(Boolean).join('-').slice(0, MAX_STEM).replace(/-+$/, '');
  return `${stem || 'assessment'}-r${revision}.${sealed ? 'airr.age' : 'airr'}`;
}
