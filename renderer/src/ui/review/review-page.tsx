import { useShownMarking } from '../app/use-shown-marking';
import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { SaveStatusProvider } from '../autosave/save-status-context';
import { useAssessment, usePackOf } from '../../data';
import { ReviewStep } from '../common/scores/review-step';
import { sectorName } from '../common/framework';
import { SignerPanel } from './signer-panel';
import { RemediationSection } from './remediation-section';
import { AnswersSection } from './answers-section';
import { InventorySection } from './inventory-section';
import { EvidenceSection } from './evidence-section';
import { HandoffSection } from './handoff-section';
import { OtherAttestationsSection } from './other-attestations-section';
import { AskSupplierLink } from '../common/supplier-attestation/ask-supplier-link';
import { ComparePicker } from './compare-picker';
import { SignedReportButton } from './signed-report-button';
import { RecordJournalSection } from './record-journal-section';
import { RedactedTag } from '../common/redacted-tag';
import { NextCycleSection } from './next-cycle-section';
import { AssessmentPackGate } from '../common/assessment-pack-gate';
import { MissingPackAnswers } from './missing-pack-answers';
import { PackUpgradeSection } from './pack-upgrade-section';
import { TeamWorkSection } from '../team/team-work-section';
import type { AssessmentHeader } from '../../storage/rows';

/** The sector as the assessment's own pack names it; its id while that pack loads or when it is missing. */
function SectorOnOwnPack({ header }: { header: AssessmentHeader }) {
  const pack = usePackOf({ id: header.packId, version: header.packVersion });
  return <>{pack ? sectorName(header.sector, pack) : header.sector}</>;
}

/**
 * Review mode: any assessment, read-only, for facility managers and security teams. The assessment itself
 * is never edited here (storage refuses changes to a signed record anyway); only the site's remediation plan,
 * a separate layer with its own journal, is.
 */
export function ReviewPage({
  assessmentId,
  focusTeamWork = false,
}: {
  assessmentId: string;
  /** "#/review/<id>/team" (the wizard's "Hand out work"): the Team work section is focused on arrival. */
  focusTeamWork?: boolean;
}) {
  const loaded = useAssessment(assessmentId);
  usePageTitle(`Review · ${loaded?.header.title ?? ''}`);
  useShownMarking(loaded?.content.marking);
  if (loaded === undefined) return <p role="status">Loading the assessment…</p>;
  if (loaded === null) {
    return (
      <>
        <h1>Assessment not found</h1>
        <p>
          <a href={routeHref('assessments')}>Back to the assessments</a>
        </p>
      </>
    );
  }
  const { header, content } = loaded;
  const dates = [content.startDate, content.endDate].filter(Boolean).join(' to ');
  return (
    <SaveStatusProvider assessmentId={assessmentId}>
      <div className="wizard__head">
        <p className="wizard__title" data-testid="review-mode">
          Review mode (read-only)
        </p>
      </div>
      <h1>{header.title || 'Untitled assessment'}</h1>
      {content.redaction ? (
        <p>
          <RedactedTag mark={content.redaction} />
        </p>
      ) : null}
      <p className="review-meta">
        {header.siteName} · <SectorOnOwnPack header={header} />
        {dates ? ` · ${dates}` : ''} · revision {header.revision} · framework pack{' '}
        <span data-testid="assessment-pack">
          {header.packId} {header.packVersion}
        </span>{' '}
        · assessors:{' '}
        {content.assessors.map((assessor) => `${assessor.name} (${assessor.organization})`).join(', ') ||
          'none named'}
      </p>
      {header.source === 'local' ? (
        <p>
          <a href={routeHref('assessments', header.id, 'setup')}>Edit in the wizard</a>
        </p>
      ) : null}
      <p data-testid="record-state">
        {header.source === 'imported'
          ? 'This is the assessor’s signed record: it is read-only and stays exactly as signed. The remediation plan below is the site’s own and is saved separately.'
          : 'The assessment is read-only here; edit it in the wizard. The remediation plan below is the site’s own and is saved separately.'}
      </p>
      <SignerPanel header={header} />
      <SignedReportButton header={header} />
      <AssessmentPackGate header={header} missing={<MissingPackAnswers loaded={loaded} />}>
        {header.source === 'local' ? <PackUpgradeSection header={header} /> : null}
        <ReviewStep loaded={loaded} />
        <RemediationSection loaded={loaded} />
        <AnswersSection loaded={loaded} />
        <InventorySection loaded={loaded} />
        <OtherAttestationsSection loaded={loaded} />
        <EvidenceSection loaded={loaded} />
        <ComparePicker header={header} />
        <NextCycleSection header={header} />
      </AssessmentPackGate>
      <AssessmentPackGate
        header={header}
        missing={<RecordJournalSection assessmentId={header.id} content={loaded.content} packMissing />}
      >
        <RecordJournalSection assessmentId={header.id} content={loaded.content} />
      </AssessmentPackGate>
      <AssessmentPackGate header={header} missing={null}>
        <HandoffSection assessmentId={header.id} />
        {header.source === 'local' ? <AskSupplierLink assessmentId={header.id} /> : null}
        {header.source === 'local' ? (
          <TeamWorkSection assessmentId={header.id} focusOnShow={focusTeamWork} />
        ) : null}
      </AssessmentPackGate>
    </SaveStatusProvider>
  );
}
