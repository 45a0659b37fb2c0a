/**
 * NIST OSCAL assessment-results (schema 1.0.6, the version in shared/oscal) from an assessment. Mapping:
 * one result for the assessment; reviewed controls = the pack's practices for the roles in scope; one
 * observation per answered practice (status, notes, evidence digests); one finding and one risk per finding,
 * the finding targeting its first practice as an objective; one observation per supplier attestation, its
 * origin the supplier party (oscal-attestations.ts), related to the findings of its practice. Output is deterministic: UUIDs derive from the
 * assessment id (oscal-ids.ts) and times from the document, never from the clock.
 */
import type { AssessmentDocument, Finding } from '../assessment/model';
import { supplierEvidenceIds } from '../supplier/supplier-evidence';
import { dueDateOf } from '../remediation/due';
import { effectivePlan, isPlanStatusOpen, type StoredPlans } from '../remediation/finding-status';
import type { PlanStatus } from '../remediation/model';
import { attestationObservations, attestationsByPractice, supplierParties } from './oscal-attestations';
import { oscalDateTime, oscalString, oscalToken, props, stableUuid } from './oscal-ids';
import { answeredPracticeIds, practiceIndex, type PackInfo } from './pack-info';

export const OSCAL_VERSION = '1.0.6';

/** Optional scores to include as result props: fractions 0..1 or null. */
export type OscalScores = {
  overall: { score: number | null };
  byArea: Record<string, { score: number | null }>;
};

type Context = {
  document: AssessmentDocument;
  pack: PackInfo;
  uuid: (key: string) => string;
  /** The site's stored plans: a finding's status, owner and deadline come from its plan when it has one. */
  plans: StoredPlans;
};

/** OSCAL risk status of each plan status (shared with the POA&M export). */
export const OSCAL_RISK_STATUS: Record<PlanStatus, string> = {
  open: 'open',
  'in-progress': 'remediating',
  'risk-accepted': 'deviation-approved',
  'deviation-requested': 'deviation-requested',
  'vendor-dependency': 'remediating',
  completed: 'closed',
  'closure-verified': 'closed',
};

function observations({ document, pack, uuid }: Context) {
  const practices = practiceIndex(pack);
  const collected = oscalDateTime(document.updatedAt);
  // A supplier's attachments are evidence of its own observation, never of the assessor's.
  const supplierFiles = supplierEvidenceIds(document);
  return answeredPracticeIds(pack, document.content.answers).map((id) => {
    const answer = document.content.answers[id];
    const evidence = document.evidence.filter(
      (meta) => meta.practiceId === id && !supplierFiles.has(meta.id),
    );
    const title = practices.get(id)?.title;
    return {
      uuid: uuid(`observation:${id}`),
      title: title ? `${id} ${title}` : id,
      description: answer?.notes || `Assessed as ${answer?.status ?? 'not-assessed'}.`,
      props: props({ practice: id, status: answer?.status, justification: answer?.justification }),
      methods: ['EXAMINE'],
      types: ['control-objective'],
      ...(evidence.length > 0 && {
        'relevant-evidence': evidence.map((meta) => ({
          description: meta.name,
          props: props({ sha256: meta.sha256, 'media-type': meta.type, captured: meta.capturedAt }),
        })),
      }),
      collected,
    };
  });
}

function finding(
  context: Context,
  item: Finding,
  observationIds: ReadonlySet<string>,
  attested: ReadonlyMap<string, string[]>,
) {
  const related = [
    ...item.practiceIds.filter((id) => observationIds.has(id)).map((id) => context.uuid(`observation:${id}`)),
    ...item.practiceIds.flatMap((id) => attested.get(id) ?? []),
  ];
  return {
    uuid: context.uuid(`finding:${item.id}`),
    title: item.title || item.id,
    description: item.description || item.title || item.id,
    props: props({
      severity: item.severity,
      practices: item.practiceIds.join(' '),
      owner: effectivePlan(item, context.plans).owner,
    }),
    target: {
      type: 'objective-id',
      'target-id': oscalToken(item.practiceIds[0] ?? `finding-${item.id}`),
      status: {
        state: isPlanStatusOpen(effectivePlan(item, context.plans).status) ? 'not-satisfied' : 'satisfied',
      },
    },
    ...(related.length > 0 && {
      'related-observations': related.map((uuid) => ({ 'observation-uuid': uuid })),
    }),
    'related-risks': [{ 'risk-uuid': context.uuid(`risk:${item.id}`) }],
  };
}

function risk({ uuid, plans }: Context, item: Finding) {
  const plan = effectivePlan(item, plans);
  const deadline = dueDateOf(plan);
  return {
    uuid: uuid(`risk:${item.id}`),
    title: item.title || item.id,
    description: item.description,
    statement: item.recommendation || item.description,
    props: props({
      severity: item.severity,
      'risk-category': item.riskCategoryId,
      'risk-level': item.riskLevelId,
    }),
    status: OSCAL_RISK_STATUS[plan.status],
    ...(deadline && { deadline: oscalDateTime(deadline, true) }),
  };
}

function scoreProps(scores: OscalScores | undefined) {
  if (!scores) return {};
  const format = (score: number | null) => (score === null ? null : score.toFixed(4));
  const byArea = Object.entries(scores.byArea).map(([area, s]) => [`score-${area}`, format(s.score)]);
  return { score: format(scores.overall.score), ...Object.fromEntries(byArea) } as Record<
    string,
    string | null
  >;
}

/** The assessment as an OSCAL assessment-results document (a plain JSON object, ready to stringify). */
export function toOscalAssessmentResults(
  document: AssessmentDocument,
  pack: PackInfo,
  scores?: OscalScores,
  plans: StoredPlans = new Map(),
) {
  const context: Context = { document, pack, uuid: (key) => stableUuid(document.id, key), plans };
  const { content } = document;
  const observed = [...observations(context), ...attestationObservations(document, pack, context.uuid)];
  const scope = pack.practices.filter((p) => content.roles.some((role) => role === p.role));
  const parties = [
    ...content.assessors.map((a) => ({
      uuid: context.uuid(`party:${a.id}`),
      type: 'person',
      ...(oscalString(a.name) && { name: oscalString(a.name) }),
      ...(oscalString(a.organization) && { props: props({ organization: a.organization }) }),
    })),
    ...supplierParties(document, context.uuid),
  ];
  return {
    'assessment-results': {
      uuid: context.uuid('assessment-results'),
      metadata: {
        title: content.title || 'AI roles and responsibilities assessment',
        'last-modified': oscalDateTime(document.updatedAt),
        version: String(document.revision),
        'oscal-version': OSCAL_VERSION,
        props: props({ marking: content.marking.tlp, 'marking-text': content.marking.text }),
        ...(parties.length > 0 && { parties }),
      },
      'import-ap': {
        href: `urn:airr-assessor:pack:${oscalToken(pack.id)}:${oscalToken(pack.version)}`,
        remarks: 'No separate assessment plan: the assessment followed the framework pack named here.',
      },
      results: [
        {
          uuid: context.uuid('result'),
          title: content.title || 'Assessment results',
          description: `Assessment of ${content.site.name || 'the site'} against ${pack.id} ${pack.version}.`,
          start: oscalDateTime(content.startDate || document.createdAt),
          ...(content.endDate && { end: oscalDateTime(content.endDate, true) }),
          props: props({
            site: content.site.name,
            sector: content.sector,
            roles: content.roles.join(' '),
            ...scoreProps(scores),
          }),
          'reviewed-controls': {
            'control-selections': [
              scope.length > 0
                ? { 'include-controls': scope.map((p) => ({ 'control-id': oscalToken(p.id) })) }
                : { description: 'No roles were in scope.' },
            ],
          },
          ...(observed.length > 0 && { observations: observed }),
          ...(content.findings.length > 0 && {
            risks: content.findings.map((item) => risk(context, item)),
            findings: content.findings.map((item) =>
              finding(
                context,
                item,
                new Set(Object.keys(content.answers)),
                attestationsByPractice(document, context.uuid),
              ),
            ),
          }),
        },
      ],
    },
  };
}
