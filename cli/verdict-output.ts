/**
 * How verdicts are printed. Text: each bundle's verdict line starts in column one with VERIFIED or REJECTED;
 * every detail line is indented, and every value is escaped (terminal-text.ts), so nothing taken from a
 * bundle can start a line of its own. JSON (--json): JSON Lines, one object per bundle then one summary.
 */
import { OUTCOME_EXIT, type FileVerdict, type Outcome } from './file-verdict';
import { quoted, safeJson, safeMessage, terminalSafe } from './terminal-text';

const HEADLINE: Readonly<Record<Outcome, string>> = {
  trusted: 'VERIFIED, TRUSTED SIGNER',
  'signer-not-trusted': 'VERIFIED, SIGNER NOT TRUSTED',
  'trust-not-checked': 'VERIFIED, TRUST NOT CHECKED',
  rejected: 'REJECTED',
};

const TRUST_LINE: Readonly<Record<Exclude<Outcome, 'rejected'>, string>> = {
  trusted: 'signed by a certificate given with --trust',
  'signer-not-trusted': 'NOT signed by any certificate given with --trust',
  'trust-not-checked': 'not checked: no --trust given, so the signer is unknown (exit 3)',
};

export function verdictText(verdict: FileVerdict): string[] {
  if (verdict.outcome === 'rejected') {
    return [
      `REJECTED (${terminalSafe(verdict.code)}): ${quoted(verdict.file)}`,
      `  reason     ${safeMessage(verdict.message)}`,
    ];
  }
  const { assessment, signer } = verdict;
  return [
    `${HEADLINE[verdict.outcome]}: ${quoted(verdict.file)}`,
    `  integrity  every file matches SHA256SUMS and its signature is valid${verdict.sealed ? ' (opened with age)' : ''}`,
    `  assessment ${terminalSafe(assessment.id)} revision ${assessment.revision}, site ${quoted(assessment.siteName)}`,
    `  title      ${quoted(assessment.title)}`,
    `  journal    intact, ${verdict.journal.entries} entr${verdict.journal.entries === 1 ? 'y' : 'ies'}`,
    ...(verdict.redacted ? [`  redacted   ${safeMessage(verdict.redacted)}`] : []),
    `  signer     ${quoted(signer.name)}, ${quoted(signer.organization)} <${terminalSafe(signer.email)}>`,
    `  SHA-256    ${terminalSafe(signer.fingerprint)}`,
    ...verdict.warnings.map((warning) => `  warning    ${safeMessage(warning)}`),
    `  trust      ${TRUST_LINE[verdict.outcome]}`,
  ];
}

export type Summary = Record<Outcome, number> & { files: number; exitCode: number };

export function summarize(verdicts: readonly FileVerdict[], exitCode: number): Summary {
  const summary: Summary = {
    files: verdicts.length,
    trusted: 0,
    'signer-not-trusted': 0,
    'trust-not-checked': 0,
    rejected: 0,
    exitCode,
  };
  for (const verdict of verdicts) summary[verdict.outcome] += 1;
  return summary;
}

export function summaryText(summary: Summary): string {
  const files = summary.files === 1 ? '1 bundle' : `${summary.files} bundles`;
  return (
    `SUMMARY: ${files}: ${summary.trusted} verified and trusted, ${summary['signer-not-trusted']} signer not ` +
    `trusted, ${summary['trust-not-checked']} trust not checked, ${summary.rejected} rejected; exit ${summary.exitCode}`
  );
}

export function verdictJson(verdict: FileVerdict): string {
  return safeJson({ type: 'verdict', ...verdict, exitCode: OUTCOME_EXIT[verdict.outcome] });
}

export function summaryJson(summary: Summary): string {
  return safeJson({ type: 'summary', ...summary });
}
