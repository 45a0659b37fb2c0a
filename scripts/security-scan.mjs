// Security gate: runs Electronegativity offline over the main/preload sources and the renderer's entry
// HTML (where the meta CSP lives), then fails on any HIGH or MEDIUM finding that is not accepted, with a
// reason, in build/electronegativity-allow.json. The tool itself always exits 0 and filters only its
// console table, so the gate reads its CSV report.
//   node scripts/security-scan.mjs [--input <dir>] [--allow <file>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const GATED = new Set(['HIGH', 'MEDIUM']);

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : path.resolve(process.argv[at + 1]);
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1).push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endField();
    } else if (!quoted && char === '\n') {
      endField();
      rows.push([]);
    } else if (quoted || char !== '\r') {
      field += char;
    }
  }
  endField();
  return rows.filter((row) => row.some((cell) => cell !== ''));
}

/** The default input: electron/ plus the renderer's index.html, staged together in a temp folder. */
function stageDefaultInput(dir) {
  cpSync(path.join(root, 'electron'), dir, { recursive: true });
  const html = path.join(root, 'renderer', 'index.html');
  if (existsSync(html)) cpSync(html, path.join(dir, 'index.html'));
}

function scan(input, outDir) {
  const electronVersion = require('electron/package.json').version;
  const report = path.join(outDir, 'electronegativity.csv');
  const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
  const args = [cli, '-i', input, '-e', electronVersion, '-o', report, '-r', '-v', 'false'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 180_000 });
  if (!existsSync(report)) {
    throw new Error(`electronegativity wrote no report (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
  const column = (name) => header.indexOf(name);
  return rows.map((row) => ({
    check: row[column('issue')],
    severity: row[column('severity')],
    file: row[column('filename')],
    location: row[column('location')],
    description: row[column('description')],
  }));
}

function main() {
  const allowFile = option('--allow', path.join(root, 'build', 'electronegativity-allow.json'));
  const allow = JSON.parse(readFileSync(allowFile, 'utf8')).allow;
  const missingReason = allow.find((entry) => typeof entry.reason !== 'string' || entry.reason.trim() === '');
  if (missingReason) throw new Error(`allow-list entry ${missingReason.check} has no reason`);

  const work = mkdtempSync(path.join(tmpdir(), 'airr-scan-'));
  try {
    let input = option('--input', null);
    if (input === null) {
      input = path.join(work, 'input');
      stageDefaultInput(input);
    }
    const findings = scan(input, work);
    const isAllowed = (f) =>
      allow.some((a) => a.check === f.check && (a.file === undefined || a.file === f.file));
    const gated = findings.filter((f) => GATED.has(f.severity));
    const blocking = gated.filter((f) => !isAllowed(f));
    for (const f of blocking) {
      console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location} — ${f.description}`);
    }
    const verdict = blocking.length === 0 ? 'pass' : 'FAIL';
    console.log(
      `security-scan: ${verdict}: ${findings.length} findings, ${gated.length} high/medium, ` +
        `${gated.length - blocking.length} accepted in ${path.relative(root, allowFile)}, ${blocking.length} blocking.`,
    );
    return blocking.length === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`security-scan: could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
