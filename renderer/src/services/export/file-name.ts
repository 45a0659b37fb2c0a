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

/**
 * "<site>-<title>-r<revision>.airr" (or ".airr.age" when sealed). A work package says so after the revision,
 * "-hand-out" or "-return-<assessor>", so a lead with several returns of one revision tells them apart.
 */
export function bundleFileName(
  site: string,
  title: string,
  revision: number,
  sealed: boolean,
  workPackage?: { role: 'hand-out' | 'return'; signerName: string },
): string {
  const stem = [slug(site), slug(title)].filter(Boolean).join('-').slice(0, MAX_STEM).replace(/-+$/, '');
  const role = !workPackage
    ? ''
    : workPackage.role === 'hand-out'
      ? '-hand-out'
      : ['-return', slug(workPackage.signerName).slice(0, 40).replace(/-+$/, '')].filter(Boolean).join('-');
  return `${stem || 'assessment'}-r${revision}${role}.${sealed ? 'airr.age' : 'airr'}`;
}
