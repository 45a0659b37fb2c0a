/**
 * Checks an exported bundle the way a security team would, outside the app, with stock tools only — the
 * commands of docs/VERIFY-BUNDLE.md. Each helper returns the tool output so a failing test shows it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function sh(commandLine: string, cwd: string): { status: number | null; output: string } {
  const result = spawnSync('sh', ['-c', commandLine], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export type BundleCheck = {
  sums: string;
  signature: string;
  pdfsig: string;
  reportText: string;
  /** report.docx converted to PDF by LibreOffice, as text; the conversion's output when it failed. */
  docxText: string;
};

/** Converts report.docx in `dir` with LibreOffice (its own profile, so parallel runs never share one). */
function docxAsText(dir: string): string {
  const converted = sh(
    `soffice "-env:UserInstallation=file://${dir}/lo-profile" --headless --convert-to pdf --outdir docx-pdf report.docx`,
    dir,
  );
  if (converted.status !== 0) return `soffice failed: ${converted.output}`;
  return sh('pdftotext docx-pdf/report.pdf -', dir).output;
}

/** Unzips `bundle` into a fresh folder next to it and runs every documented check. */
export function checkBundle(bundle: string, workDir: string, name: string): BundleCheck {
  const dir = join(workDir, name);
  mkdirSync(dir);
  const unzip = sh(`unzip -q "${bundle}"`, dir);
  if (unzip.status !== 0) throw new Error(`unzip failed: ${unzip.output}`);
  const sums = sh('sha256sum -c SHA256SUMS', dir);
  const signature = sh(
    'openssl x509 -in signer.pem -pubkey -noout > pub.pem && openssl dgst -sha256 -verify pub.pem -signature SHA256SUMS.sig SHA256SUMS',
    dir,
  );
  return {
    sums: `${sums.status}\n${sums.output}`,
    signature: signature.output,
    pdfsig: sh('pdfsig report.pdf', dir).output,
    reportText: sh('pdftotext report.pdf -', dir).output,
    docxText: docxAsText(dir),
  };
}
