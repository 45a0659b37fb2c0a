/**
 * The redaction step of an export: it runs on the document read from storage, before anything else sees
 * it, so the report, assessment.json, the manifest, the file name and the evidence that follows the
 * document's evidence list are all made from the redacted copy only.
 */
import type { AssessmentDocument } from '../../domain/assessment/model';
import { sectorName } from '../../domain/framework/pack-queries';
import type { FrameworkPack } from '../../domain/framework/pack-schema';
import { redact, type Redacted } from '../../domain/redaction/redact';
import type { RedactionProfile } from '../../domain/redaction/profiles';

/** The document as `profile` lets it leave, sectors named as its own pack (`pack`) names them. */
export function redactForExport(
  document: AssessmentDocument,
  profile: RedactionProfile,
  pack: FrameworkPack,
): Redacted {
  return redact(document, profile, { sectorName: (id) => sectorName(pack, id) });
}
