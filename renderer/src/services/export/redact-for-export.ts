/**
 * The redaction step of an export: it runs on the document read from storage, before anything else sees
 * it, so the report, assessment.json, the manifest, the file name and the evidence that follows the
 * document's evidence list are all made from the redacted copy only.
 */
import type { AssessmentDocument } from '../../domain/assessment/model';
import { BUILT_IN_PACK } from '../../domain/framework/builtin-pack';
import { sectorName } from '../../domain/framework/pack-queries';
import { redact, type Redacted } from '../../domain/redaction/redact';
import type { RedactionProfile } from '../../domain/redaction/profiles';

/** The document as `profile` lets it leave, sectors named as the built-in pack names them. */
export function redactForExport(document: AssessmentDocument, profile: RedactionProfile): Redacted {
  return redact(document, profile, { sectorName: (id) => sectorName(BUILT_IN_PACK, id) });
}
