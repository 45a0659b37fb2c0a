/**
 * `airr verify FILE.airr [--trust CERT.pem]…`: the same verification the app runs before an import, for
 * security teams at a terminal. Exit codes: 0 verified (and, with --trust, signed by a trusted certificate),
 * 1 rejected, 2 usage or unreadable input, 3 verified but signed by a certificate not given with --trust.
 */
import { readFileSync } from 'node:fs';
import { verifyBundle } from '../renderer/src/domain/import/verify-bundle';
import { isSealed, openSealed } from '../renderer/src/domain/import/open-sealed';
import { parseCertificate } from '../renderer/src/domain/crypto/parse-certificate';
import { BUILT_IN_PACK } from '../renderer/src/domain/framework/builtin-pack';

const USAGE = 'Usage: airr verify FILE.airr [--trust CERT.pem]… [--identity AGE-KEY-FILE]';

interface Args {
  file: string;
  trust: string[];
  identity?: string;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'verify') return USAGE;
  const args: Args = { file: '', trust: [] };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    const value = rest[index + 1];
    if ((arg === '--trust' || arg === '--identity') && value) {
      if (arg === '--trust') args.trust.push(value);
      else args.identity = value;
      index += 1;
    } else if (!arg.startsWith('-') && !args.file) args.file = arg;
    else return `Unexpected argument "${arg}". ${USAGE}`;
  }
  return args.file ? args : USAGE;
}

async function trustedFingerprints(paths: string[]): Promise<Set<string> | string> {
  const fingerprints = new Set<string>();
  for (const path of paths) {
    const parsed = await parseCertificate(readFileSync(path, 'utf8'));
    if (!parsed.ok) return `${path}: ${parsed.message}`;
    fingerprints.add(parsed.value.fingerprint.compact.toLowerCase());
  }
  return fingerprints;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return (console.error(args), 2);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args.file));
  } catch (error) {
    return (console.error(`Cannot read ${args.file}: ${(error as Error).message}`), 2);
  }
  if (isSealed(bytes)) {
    if (!args.identity)
      return (console.error('This bundle is sealed with age: give the key file with --identity.'), 2);
    const opened = await openSealed(bytes, { identity: readFileSync(args.identity, 'utf8') });
    if (!opened.ok) return (console.log(`REJECTED (${opened.code}): ${opened.message}`), 1);
    bytes = opened.bytes;
  }
  const trusted = await trustedFingerprints(args.trust);
  if (typeof trusted === 'string') return (console.error(trusted), 2);
  const verdict = await verifyBundle(bytes, {
    knownPacks: [{ id: BUILT_IN_PACK.id, version: BUILT_IN_PACK.version }],
    trustedFingerprints: trusted,
  });
  if (!verdict.ok) return (console.log(`REJECTED (${verdict.code}): ${verdict.message}`), 1);
  const { manifest, signer } = verdict;
  console.log(`VERIFIED: every file matches SHA256SUMS and its signature is valid.`);
  console.log(
    `  assessment ${manifest.assessmentId} revision ${manifest.revision} (${verdict.document.content.site.name})`,
  );
  console.log(
    `  signer     ${signer.subject.name}, ${signer.subject.organization} <${signer.subject.email}>`,
  );
  console.log(`  SHA-256    ${signer.fingerprint}`);
  for (const warning of verdict.warnings) console.log(`  warning    ${warning}`);
  if (args.trust.length === 0) return (console.log('  trust      not checked (no --trust given)'), 0);
  if (verdict.status === 'trusted') return (console.log('  trust      signed by a trusted certificate'), 0);
  return (console.log('  trust      NOT signed by any certificate given with --trust'), 3);
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
