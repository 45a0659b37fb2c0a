/**
 * NIST OSCAL plan of action and milestones (schema 1.0.6) from the site's remediation layer. Mapping: one
 * poam-item per open finding (its plan not completed or closure-verified), each with one risk (status from
 * the plan, deadline = the due date in force, one planned or completed remediation whose tasks are the
 * milestones) and the observations of the finding's answered practices. UUIDs are the same name-based ones
 * the assessment-results export uses (oscal-ids.ts), so a tool can join both documents on them; the output
 * depends only on its input, never on the clock.
 */
import type { AssessmentDocument, Finding } from '../assessment/model';
import type { Failure } from '../result';
import { dueDateOf, isOpen } from '../remediation/due';
import type { RemediationPlan } from '../remediation/model';
import { OSCAL_RISK_STATUS, OSCAL_VERSION } from './oscal';
import { oscalDateTime, oscalString, oscalToken, props, stableUuid } from './oscal-ids';
import { practiceIndex, type PackInfo } from './pack-info';

export type PoamInput = {
  document: AssessmentDocument;
  /** Every current finding with its plan (stored or seeded), in finding order. */
  plans: ReadonlyArray<{ finding: Finding; plan: RemediationPlan }>;
  /** ISO timestamp of the latest change to the record or the plans. */
  lastModified: string;
};

const text = (value: string, fallback: string) => oscalString(value) ?? fallback;

function observation(input: PoamInput, pack: PackInfo, practiceId: string, uuid: (key: string) => string) {
  const answer = input.document.content.answers[practiceId];
  const title = practiceIndex(pack).get(practiceId)?.title;
  return {
    uuid: uuid(`observation:${practiceId}`),
    title: title ? `${practiceId} ${title}` : practiceId,
    description: text(answer?.notes ?? '', `Assessed as ${answer?.status ?? 'not-assessed'}.`),
    props: props({ practice: practiceId, status: answer?.status }),
    methods: ['EXAMINE'],
    types: ['control-objective'],
    collected: oscalDateTime(input.document.updatedAt),
  };
}

function milestoneTasks(plan: RemediationPlan, uuid: (key: string) => string) {
  return plan.milestones.map((milestone) => ({
    uuid: uuid(`milestone:${plan.findingId}:${milestone.id}`),
    type: 'milestone',
    title: text(milestone.description, 'Milestone'),
    props: props({ done: milestone.done ? 'true' : 'false' }),
    ...(milestone.date && { timing: { 'on-date': { date: oscalDateTime(milestone.date, true) } } }),
  }));
}

function risk(finding: Finding, plan: RemediationPlan, uuid: (key: string) => string, related: string[]) {
  const due = dueDateOf(plan);
  const tasks = milestoneTasks(plan, uuid);
  return {
    uuid: uuid(`risk:${finding.id}`),
    title: text(finding.title, finding.id),
    description: text(finding.description, text(finding.title, finding.id)),
    statement: text(finding.recommendation, text(finding.description, text(finding.title, finding.id))),
    props: props({
      severity: finding.severity,
      'risk-category': finding.riskCategoryId,
      'risk-level': finding.riskLevelId,
      'plan-status': plan.status,
      justification: plan.justification,
      approver: plan.approver,
      supplier: plan.supplier,
    }),
    status: OSCAL_RISK_STATUS[plan.status],
    ...(due && { deadline: oscalDateTime(due, true) }),
    remediations: [
      {
        uuid: uuid(`remediation:${finding.id}`),
        lifecycle: isOpen(plan) ? 'planned' : 'completed',
        title: text(`Remediation of ${finding.title}`, `Remediation of ${finding.id}`),
        description: text(plan.note, text(finding.recommendation, 'No remediation described yet.')),
        ...(tasks.length > 0 && { tasks }),
      },
    ],
    ...(related.length > 0 && {
      'related-observations': related.map((id) => ({ 'observation-uuid': uuid(`observation:${id}`) })),
    }),
  };
}

function poamItem(finding: Finding, plan: RemediationPlan, uuid: (key: string) => string, related: string[]) {
  return {
    uuid: uuid(`poam-item:${finding.id}`),
    title: text(finding.title, finding.id),
    description: text(finding.description, text(finding.title, finding.id)),
    props: props({
      finding: finding.id,
      severity: finding.severity,
      practices: finding.practiceIds.join(' '),
      owner: plan.owner,
      'plan-status': plan.status,
      'original-due-date': plan.originalDueDate,
      'adjusted-due-date': plan.adjustedDueDate,
      'recommended-owner': finding.owner,
      'recommended-due-date': finding.dueDate,
    }),
    ...(related.length > 0 && {
      'related-observations': related.map((id) => ({ 'observation-uuid': uuid(`observation:${id}`) })),
    }),
    'related-risks': [{ 'risk-uuid': uuid(`risk:${finding.id}`) }],
    ...(oscalString(plan.note) && { remarks: plan.note }),
  };
}

/** The open findings' plans as an OSCAL POA&M, or a refusal when no finding is open (OSCAL needs ≥ 1 item). */
export function toOscalPoam(input: PoamInput, pack: PackInfo) {
  const { document } = input;
  const uuid = (key: string) => stableUuid(document.id, key);
  const open = input.plans.filter(({ plan }) => isOpen(plan));
  if (open.length === 0) {
    const refusal: Failure<'no-open-items'> = {
      ok: false,
      code: 'no-open-items',
      message: 'Every finding’s plan is completed or verified, so there is no open item for a POA&M.',
    };
    return refusal;
  }
  const answered = new Set(Object.keys(document.content.answers));
  const relatedOf = (finding: Finding) => finding.practiceIds.filter((id) => answered.has(id));
  const observed = [...new Set(open.flatMap(({ finding }) => relatedOf(finding)))];
  const { content } = document;
  return {
    ok: true as const,
    value: {
      'plan-of-action-and-milestones': {
        uuid: uuid('poam'),
        metadata: {
          title: `Plan of action and milestones: ${text(content.title, 'AI roles and responsibilities assessment')}`,
          'last-modified': oscalDateTime(input.lastModified),
          version: String(document.revision),
          'oscal-version': OSCAL_VERSION,
          props: props({
            marking: content.marking.tlp,
            'marking-text': content.marking.text,
            site: content.site.name,
            'assessment-id': document.id,
            pack: `${oscalToken(pack.id)} ${pack.version}`,
          }),
        },
        ...(observed.length > 0 && {
          observations: observed.map((id) => observation(input, pack, id, uuid)),
        }),
        risks: open.map(({ finding, plan }) => risk(finding, plan, uuid, relatedOf(finding))),
        'poam-items': open.map(({ finding, plan }) => poamItem(finding, plan, uuid, relatedOf(finding))),
      },
    },
  };
}
