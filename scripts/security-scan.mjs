// Security gate: runs Electronegativity over the main/preload sources and the renderer's entry HTML (where
// the meta CSP lives), then fails on any HIGH or MEDIUM finding that is not accepted, with a reason, in
// build/electronegativity-allow.json.
//   node scripts/security-scan.mjs [--input <dir>] [--allow <file>]
// Electronegativity runs in-process through its programmatic entry, not its CLI, for two reasons found the
// hard way: its CLI writes the CSV header and the rows with two unsynchronised async writes, so under load
// the header can truncate the rows away and a scan "passes" with nothing in it; and at start it fetches
// translations from the internet, which this gate must never do, so that fetch is answered offline here.
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

/** The default input: electron/ plus the renderer's index.html, staged together in a temp folder. */
function stageDefaultInput(dir) {
  cpSync(path.join(root, 'electron'), dir, { recursive: true });
  const html = path.join(root, 'renderer', 'index.html');
  if (existsSync(html)) cpSync(html, path.join(dir, 'index.html'));
}

/** Loads Electronegativity's runner with its translation download answered by an immediate refusal. */
function loadOfflineRunner() {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(runnerPath).resolve('got');
  const refuse = () => Promise.reject(new Error('security-scan runs offline'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: refuse };
  return require(runnerPath);
}

async function scan(input) {
  const run = loadOfflineRunner();
  const electronVersion = require('electron/package.json').version;
  const log = console.log;
  console.log = () => {}; // the runner's own chatter ("could not retrieve translations") is not the gate's
  let result;
  try {
    result = await run({ input, isRelative: true, electronVersionOverride: electronVersion });
  } finally {
    console.log = log;
  }
  const unparsed = result.errors.filter((error) => !error.tolerable);
  if (unparsed.length > 0) {
    const list = unparsed.map((error) => `${path.relative(input, error.file)}: ${error.message}`).join('; ');
    throw new Error(`could not parse, so did not check: ${list}`);
  }
  return result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    file: issue.file,
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
  }));
}

async function main() {
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
    const findings = await scan(input);
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
  process.exitCode = await main();
} catch (error) {
  console.error(`security-scan: could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
