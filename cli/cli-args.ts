/** Command-line arguments of `airr`, parsed without side effects so every usage error is caught up front. */
import { quoted } from './terminal-text';

export const USAGE =
  'Usage: airr verify [--json] [--trust CERT.pem]… [--identity AGE-KEY-FILE] BUNDLE-OR-FOLDER…';

export const HELP = `${USAGE}

Verifies AIRR bundles (.airr, and .airr.age sealed with age) exactly as the app does before an import:
ZIP structure, every file against the signed SHA256SUMS, the signature, the schemas and the signer.
A folder stands for the *.airr and *.airr.age files directly inside it.

Options:
  --trust CERT.pem        a certificate you trust (PEM); repeat for several. Without it, trust is not checked.
  --identity KEY-FILE     age key file for sealed bundles, as age-keygen writes it (several keys allowed)
  --json                  one JSON object per line: a verdict per bundle, then a summary
  -h, --help              this text

Exit status (the worst over all bundles: 1, then 3, then 0):
  0  every bundle verified and signed by a certificate given with --trust
  1  at least one bundle rejected (damaged, tampered, not a bundle, or a sealed bundle no key opens)
  2  usage error: bad arguments, unreadable --trust or --identity file, a path that does not exist,
     a folder with no bundles, or a sealed bundle without --identity; nothing is verified
  3  verified, but at least one signer is not trusted: not among --trust, or no --trust was given

Everything printed from a bundle is escaped: control characters, ANSI escapes and bidi overrides appear as
\\xNN or \\u{NNNN}, so a verdict line always starts with VERIFIED or REJECTED in column one.`;

export interface CliArgs {
  paths: string[];
  trust: string[];
  identity: string | null;
  json: boolean;
}

export type ParsedArgs =
  { kind: 'help' } | { kind: 'verify'; args: CliArgs } | { kind: 'usage'; message: string };

function usage(message: string): ParsedArgs {
  return { kind: 'usage', message: `${message}\n${USAGE}` };
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command !== 'verify')
    return usage(command === undefined ? 'No command given.' : `Unknown command ${quoted(command)}.`);
  const args: CliArgs = { paths: [], trust: [], identity: null, json: false };
  let optionsEnded = false;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      args.paths.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--json') {
      args.json = true;
    } else if (arg === '--trust' || arg === '--identity') {
      const value = rest[index + 1];
      if (value === undefined || value === '') return usage(`${arg} needs a file name.`);
      if (arg === '--trust') args.trust.push(value);
      else if (args.identity !== null)
        return usage('Give --identity once (one key file may hold several keys).');
      else args.identity = value;
      index += 1;
    } else {
      return usage(`Unknown option ${quoted(arg)}.`);
    }
  }
  if (args.paths.length === 0) return usage('No bundle given.');
  return { kind: 'verify', args };
}
