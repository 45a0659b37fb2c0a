import { describe, expect, it } from 'vitest';
import { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { sectorName } from '../../../../renderer/src/domain/framework/pack-queries';
import { canonicalJson } from '../../../../renderer/src/domain/journal/canonical-json';
import { appendEntry } from '../../../../renderer/src/domain/journal/journal';
import type { RedactionProfile } from '../../../../renderer/src/domain/redaction/profiles';
import { previewRedaction, redact, REDACTED_TEXT } from '../../../../renderer/src/domain/redaction/redact';
import { RedactionMark } from '../../../../renderer/src/domain/redaction/redaction-mark';
import { scoreAssessment } from '../../../../renderer/src/domain/scoring/score-assessment';
import { sampleContent, sampleDocument, sampleFinding } from '../import/helpers/sample-document';

const LABELS = { sectorName: (id: string) => sectorName(BUILT_IN_PACK, id) };

/** Every string a full redaction must remove, each distinctive so a search cannot hit by accident. */
const SECRET = {
  assessor: 'Quentin Marlowe',
  assessorOrg: 'Marlowe Consulting LLC',
  site: 'Blackwater Intake Works',
  address: '88 Sluice Gate Road',
  title: 'Blackwater spring review',
  subsector: 'Raw-water intake',
  note: 'Operator Priya said the HMI password is on a sticky note',
  justification: 'The turbine bay has no AI since the Zenith retrofit',
  findingTitle: 'Zenith historian exposed to vendor VPN',
  findingDescription: 'The Zenith historian answers on port 5450.',
  recommendation: 'Ask Harlan at Zenith to close the tunnel.',
  owner: 'Harlan Voss',
  remediationOwner: 'Imogen Pratt',
  remediationNote: 'Imogen will call Zenith on Monday.',
  systemName: 'Zenith FlowPredict',
  supplier: 'Zenith Analytics Inc',
  purpose: 'Predicts intake turbidity for the Blackwater plant',
  dataUsed: 'Turbidity sensors TB-1 to TB-9',
  systemNotes: 'Installed by Harlan in 2023',
  evidenceName: 'harlan-vpn-screenshot.png',
  journalActor: 'Quentin Marlowe (AB:CD)',
  summary: 'Blackwater Intake Works scores 40% overall; Harlan must close the Zenith tunnel.',
  keyFindings: 'High: Zenith historian open to the vendor',
} as const;

function secretDocument(): AssessmentDocument {
  const first = appendEntry(undefined, {
    at: '2025-03-01T10:05:00.000Z',
    actor: SECRET.journalActor,
    field: 'answers.CIO-SE-1.notes',
    oldValue: '',
    newValue: SECRET.note,
  });
  return AssessmentDocument.parse(
    sampleDocument({
      content: sampleContent({
        title: SECRET.title,
        site: { name: SECRET.site, address: SECRET.address },
        sector: 'water-and-wastewater-systems',
        subsector: SECRET.subsector,
        executiveSummary: SECRET.summary,
        keyFindings: SECRET.keyFindings,
        assessors: [{ id: 'a1', name: SECRET.assessor, organization: SECRET.assessorOrg }],
        systems: [
          {
            id: 's1',
            name: SECRET.systemName,
            supplier: SECRET.supplier,
            purpose: SECRET.purpose,
            criticality: 'high',
            autonomy: 'advisory',
            connectivity: 'vendor-remote',
            dataUsed: SECRET.dataUsed,
            notes: SECRET.systemNotes,
          },
        ],
        answers: {
          'CIO-SE-1': { status: 'partial', notes: SECRET.note, justification: '', systemIds: ['s1'] },
          'CIO-SE-2': {
            status: 'not-applicable',
            notes: '',
            justification: SECRET.justification,
            systemIds: [],
          },
          // Not applicable without a reason scores as not assessed; redaction must not give it one.
          'CIO-SE-3': { status: 'not-applicable', notes: '', justification: '  ', systemIds: [] },
          'CIO-DD-1': { status: 'implemented', notes: '', justification: '', systemIds: [] },
        },
        findings: [
          sampleFinding({
            title: SECRET.findingTitle,
            description: SECRET.findingDescription,
            recommendation: SECRET.recommendation,
            owner: SECRET.owner,
            systemIds: ['s1'],
            remediation: {
              status: 'in-progress',
              owner: SECRET.remediationOwner,
              dueDate: '2025-07-01',
              note: SECRET.remediationNote,
            },
          }),
        ],
      }),
      evidence: [
        {
          id: 'e1',
          practiceId: 'CIO-SE-1',
          name: SECRET.evidenceName,
          type: 'image/png',
          size: 1234,
          sha256: 'a'.repeat(64),
          capturedAt: '2025-03-01T11:00:00.000Z',
        },
      ],
      journal: [first],
    }),
  );
}

const SECTOR_PARTNER: RedactionProfile = { id: 'sector-partner', categories: [], region: 'Region 9' };
const REGULATOR: RedactionProfile = { id: 'regulator', categories: [], region: '' };

function scores(document: AssessmentDocument) {
  return scoreAssessment(BUILT_IN_PACK, document.content);
}

describe('redact', () => {
  it('leaves nothing of the removed values anywhere in the sector partner copy', () => {
    const original = secretDocument();
    const { document } = redact(original, SECTOR_PARTNER, LABELS);
    const json = canonicalJson(AssessmentDocument.parse(document));
    for (const [what, secret] of Object.entries(SECRET)) {
      expect(json.includes(secret), `${what} is still in the redacted document`).toBe(false);
    }
    // Word-level too: distinctive names do not survive inside other text either.
    for (const word of ['Quentin', 'Marlowe', 'Blackwater', 'Zenith', 'Harlan', 'Imogen', 'Priya']) {
      expect(json).not.toContain(word);
    }
  });

  it('keeps the document valid and its scores identical under every profile', () => {
    const original = secretDocument();
    const profiles: RedactionProfile[] = [
      SECTOR_PARTNER,
      REGULATOR,
      { id: 'custom', categories: ['notes'], region: '' },
    ];
    for (const profile of profiles) {
      const { document } = redact(original, profile, LABELS);
      expect(AssessmentDocument.safeParse(document).success).toBe(true);
      expect(scores(document)).toEqual(scores(original));
      for (const [id, answer] of Object.entries(original.content.answers))
        expect(document.content.answers[id]?.status).toBe(answer.status);
    }
  });

  it('names the site by sector and region and counts what each category removed', () => {
    const { document, removed, mark } = redact(secretDocument(), SECTOR_PARTNER, LABELS);
    expect(document.content.site).toEqual({
      name: 'Water and Wastewater Systems sector site, Region 9',
      address: '',
    });
    expect(document.content.title).toBe('Water and Wastewater Systems sector assessment');
    expect(document.content.assessors).toEqual([]);
    expect(document.content.findings[0]).toMatchObject({
      title: 'Finding 1',
      owner: REDACTED_TEXT,
      severity: 'high',
      remediation: { status: 'in-progress', dueDate: '2025-07-01' },
    });
    expect(document.content.systems[0]).toMatchObject({ name: 'AI system 1', criticality: 'high' });
    expect(document.evidence).toEqual([]);
    expect(document.journal).toEqual([]);
    // people: 1 assessor + 2 owners; notes: 2 answers + 3 finding texts + 1 remediation note + 3 system texts
    // + the executive summary and key findings;
    // site: title, name, address, subsector.
    expect(removed).toEqual({ people: 3, notes: 11, systems: 1, site: 4, evidence: 1, journal: 1 });
    expect(mark).toEqual({
      profile: 'sector-partner',
      categories: ['people', 'notes', 'systems', 'site', 'evidence'],
      removed,
    });
    expect(document.content.redaction).toEqual(mark);
  });

  it('keeps the site, systems and notes for a regulator but no people and no evidence', () => {
    const original = secretDocument();
    const { document, removed } = redact(original, REGULATOR, LABELS);
    expect(document.content.site).toEqual(original.content.site);
    expect(document.content.systems).toEqual(original.content.systems);
    expect(document.content.answers['CIO-SE-1']?.notes).toBe(SECRET.note);
    const json = canonicalJson(document);
    for (const secret of [SECRET.assessor, SECRET.assessorOrg, SECRET.owner, SECRET.remediationOwner])
      expect(json).not.toContain(secret);
    expect(json).not.toContain(SECRET.evidenceName);
    // The journal's actor and values would name people: it goes with any redaction.
    expect(json).not.toContain(SECRET.journalActor);
    expect(removed).toEqual({ people: 3, notes: 0, systems: 0, site: 0, evidence: 1, journal: 1 });
  });

  it('removes only the chosen categories of a custom profile', () => {
    const original = secretDocument();
    const { document, mark } = redact(
      original,
      { id: 'custom', categories: ['evidence'], region: '' },
      LABELS,
    );
    expect(document.evidence).toEqual([]);
    expect(document.content.assessors).toEqual(original.content.assessors);
    expect(document.content.findings).toEqual(original.content.findings);
    expect(mark?.categories).toEqual(['evidence']);
  });

  it('gives the full profile, and a custom one with nothing chosen, back unchanged and unmarked', () => {
    const original = secretDocument();
    for (const profile of [
      { id: 'full', categories: ['people'], region: '' },
      { id: 'custom', categories: [], region: '' },
    ] as const) {
      const result = redact(original, profile, LABELS);
      expect(result.document).toBe(original);
      expect(result.mark).toBeNull();
    }
  });

  it('treats the executive summary as assessor text that also names the site, and keeps absent ones absent', () => {
    const original = secretDocument();
    const regulator = redact(original, REGULATOR, LABELS).document.content;
    expect(regulator.executiveSummary).toBe(SECRET.summary);
    expect(regulator.keyFindings).toBe(SECRET.keyFindings);
    const siteOnly = redact(original, { id: 'custom', categories: ['site'], region: '' }, LABELS);
    expect(siteOnly.document.content.executiveSummary).toBe(REDACTED_TEXT);
    expect(siteOnly.document.content.keyFindings).toBe(REDACTED_TEXT);
    const { executiveSummary: _summary, keyFindings: _key, ...olderContent } = original.content;
    const older = redact({ ...original, content: olderContent }, SECTOR_PARTNER, LABELS).document.content;
    expect('executiveSummary' in older || 'keyFindings' in older).toBe(false);
  });

  it('does not change the document it was given', () => {
    const original = secretDocument();
    const before = canonicalJson(original);
    redact(original, SECTOR_PARTNER, LABELS);
    expect(canonicalJson(original)).toBe(before);
  });

  it('previews exactly the counts the export will remove', () => {
    const original = secretDocument();
    for (const profile of [SECTOR_PARTNER, REGULATOR]) {
      const preview = previewRedaction(
        original.content,
        { evidence: original.evidence.length, journal: original.journal.length },
        profile,
        LABELS,
      );
      expect(preview).toEqual(redact(original, profile, LABELS).removed);
    }
  });
});

describe('the redaction mark', () => {
  const mark = {
    profile: 'custom',
    categories: ['notes'],
    removed: { people: 0, notes: 2, systems: 0, site: 0, evidence: 0, journal: 4 },
  };

  it('accepts what redact writes', () => {
    expect(RedactionMark.safeParse(mark).success).toBe(true);
  });

  it('refuses counts for a category that was not removed', () => {
    expect(RedactionMark.safeParse({ ...mark, removed: { ...mark.removed, people: 1 } }).success).toBe(false);
  });

  it('refuses categories out of order or twice', () => {
    expect(RedactionMark.safeParse({ ...mark, categories: ['notes', 'people'] }).success).toBe(false);
    expect(RedactionMark.safeParse({ ...mark, categories: ['notes', 'notes'] }).success).toBe(false);
  });
});
