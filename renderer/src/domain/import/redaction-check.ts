/**
 * A redacted bundle must be what the exporter makes of one, so its claims can be believed: the manifest
 * repeats the mark assessment.json carries (both or neither), the journal is left out, and when evidence
 * was removed there is neither an evidence list nor an evidence file. Cheap checks on what is already
 * parsed; nothing here can tell what a redaction removed, only that the bundle does not contradict itself.
 */
import type { AssessmentDocument } from '../assessment/model';
import { BUNDLE_FILES, type BundleManifest } from '../bundle/manifest';
import { canonicalJson } from '../journal/canonical-json';
import { DONE } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';

function inconsistent(message: string, file: string, path: string): VerifyFailure {
  return reject('redaction-inconsistent', message, { file, path });
}

/** Done when the bundle's redaction claims agree with its contents, else 'redaction-inconsistent'. */
export function checkRedaction(
  manifest: BundleManifest,
  document: AssessmentDocument,
  evidenceFiles: number,
): Verified<undefined> {
  const mark = document.content.redaction;
  const claimed = manifest.redaction;
  if (!mark && !claimed) return DONE;
  if (!mark || !claimed || canonicalJson(mark) !== canonicalJson(claimed)) {
    return inconsistent(
      'manifest.json and assessment.json disagree about what was redacted.',
      BUNDLE_FILES.manifest,
      'redaction',
    );
  }
  if (document.journal.length > 0) {
    return inconsistent(
      'The bundle says it is redacted but carries a change journal, which a redacted bundle leaves out.',
      BUNDLE_FILES.assessment,
      'journal',
    );
  }
  if (mark.categories.includes('evidence') && (document.evidence.length > 0 || evidenceFiles > 0)) {
    return inconsistent(
      'The bundle says its evidence was removed but still lists or carries evidence files.',
      BUNDLE_FILES.assessment,
      'evidence',
    );
  }
  return DONE;
}
