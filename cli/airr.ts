/**
 * `airr verify [--json] [--trust CERT.pem]… [--identity KEY-FILE] BUNDLE-OR-FOLDER…`: the app's import
 * verification for security teams' scripts. Exit 0 only when every bundle is verified and signed by a
 * certificate given with --trust; 1 when one is rejected; 3 when one is intact but its signer is not
 * trusted (or trust was not checked); 2 for usage errors, before anything is verified. See cli-args.ts HELP.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseCertificate } from '../renderer/src/domain/crypto/parse-certificate';
import { failure, success, type Result } from '../renderer/src/domain/result';
import { MAX_KEY_FILE_BYTES, parseAgeKeyFile } from './age-key-file';
import { bundlePaths } from './bundle-paths';
import { HELP, parseCliArgs, USAGE, type CliArgs } from './cli-args';
import { fileLooksSealed, verifyFile, worstExit, type FileVerdict, type VerifyContext } from './file-verdict';
import { quoted, safeMessage } from './terminal-text';
import { summarize, summaryJson, summaryText, verdictJson, verdictText } from './verdict-output';

const MAX_CERTIFICATE_BYTES = 1024 * 1024;

/** Every usage error is one code: the message says what to fix. */
type Prepared = Result<{ context: VerifyContext; files: string[] }, 'usage'>;

function readBounded(path: string, max: number, what: string): string | { message: string } {
  try {
    const size = statSync(path).size;
    if (size > max) return { message: `The ${what} ${quoted(path)} is larger than ${max} bytes.` };
    return readFileSync(path, 'utf8');
  } catch (error) {
    return { message: `Cannot read the ${what} ${quoted(path)}: ${(error as Error).message}` };
  }
}

async function trustedFingerprints(paths: readonly string[]): Promise<Set<string> | { message: string }> {
  const fingerprints = new Set<string>();
  for (const path of paths) {
    const text = readBounded(path, MAX_CERTIFICATE_BYTES, '--trust certificate');
    if (typeof text !== 'string') return text;
    const parsed = await parseCertificate(text);
    if (!parsed.ok)
      return { message: `The --trust certificate ${quoted(path)} is not usable: ${parsed.message}` };
    fingerprints.add(parsed.value.fingerprint.compact.toLowerCase());
  }
  return fingerprints;
}

/** Every usage error is found here, before the first bundle is verified. */
async function prepare(args: CliArgs): Promise<Prepared> {
  const paths = bundlePaths(args.paths);
  if (!paths.ok) return failure('usage', paths.message);
  let keys: string[] = [];
  if (args.identity !== null) {
    const text = readBounded(args.identity, MAX_KEY_FILE_BYTES, '--identity key file');
    if (typeof text !== 'string') return failure('usage', text.message);
    const parsed = parseAgeKeyFile(text);
    if (!parsed.ok) return failure('usage', `${quoted(args.identity)}: ${parsed.message}`);
    keys = parsed.value;
  } else {
    const sealed = paths.value.find(fileLooksSealed);
    if (sealed !== undefined)
      return failure('usage', `${quoted(sealed)} is sealed with age: give its key file with --identity.`);
  }
  const trusted = args.trust.length > 0 ? await trustedFingerprints(args.trust) : null;
  if (trusted !== null && !(trusted instanceof Set)) return failure('usage', trusted.message);
  return success({ files: paths.value, context: { trusted, keys } });
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') return (console.log(HELP), 0);
  if (parsed.kind === 'usage') return (console.error(safeMessage(parsed.message)), 2);
  const { args } = parsed;
  const prepared = await prepare(args);
  if (!prepared.ok) return (console.error(`${safeMessage(prepared.message)}\n${USAGE}`), 2);
  const verdicts: FileVerdict[] = [];
  const { files, context } = prepared.value;
  for (const file of files) {
    const verdict = await verifyFile(file, context);
    verdicts.push(verdict);
    if (args.json) console.log(verdictJson(verdict));
    else for (const line of verdictText(verdict)) console.log(line);
  }
  const exitCode = worstExit(verdicts);
  const summary = summarize(verdicts, exitCode);
  console.log(args.json ? summaryJson(summary) : summaryText(summary));
  return exitCode;
}

void main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Not expected (verifyBundle returns values); still never exit 0 on a surprise.
    console.error(safeMessage(`Internal error: ${error instanceof Error ? error.message : String(error)}`));
    process.exit(1);
  },
);
