import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import { journalLine } from '../../../../renderer/src/ui/review/journal-line';

const SE1 = 'CIO-SE-1 Secure the existing IT and OT infrastructure that AI connects to';
const content = {
  ...emptyContent(),
  findings: [{ id: 'f-1', title: 'Flat OT network' } as never],
  systems: [{ id: 's-1', name: 'Leak detector' } as never, { id: 's-2', name: '' } as never],
  assessors: [{ id: 'a-1', name: 'Dana Reyes', organization: 'CISA' }],
};
const context = { pack: BUILT_IN_PACK, content };
const line = (field: string, oldValue: unknown, newValue: unknown) =>
  journalLine({ field, oldValue, newValue }, context);

describe('journal entries as a reader sees them', () => {
  it('names an answer field by practice id, title and label, and a status by the wizard’s label', () => {
    expect(line('answers.CIO-SE-1.status', null, 'not-implemented')).toEqual({
      what: `${SE1} · Status`,
      change: '— → Not implemented',
    });
    expect(line('answers.CIO-SE-1.status', 'partial', 'not-assessed').change).toBe(
      'Partially implemented → Not yet assessed',
    );
    expect(line('answers.CIO-SE-1.notes', '', 'Walk-down done')).toEqual({
      what: `${SE1} · Notes`,
      change: '— → Walk-down done',
    });
    expect(line('answers.CIO-SE-1.justification', '', 'No AI on site').what).toBe(
      `${SE1} · Why it does not apply`,
    );
    expect(line('answers.CIO-SE-1.systemIds', [], ['s-1', 's-2', 's-gone'])).toEqual({
      what: `${SE1} · Linked AI systems`,
      change: '— → AI system “Leak detector”, Unnamed AI system, AI system s-gone',
    });
  });

  it('names practices by their ids where this device lacks the assessment’s pack', () => {
    const missing = { pack: null, content };
    expect(
      journalLine({ field: 'answers.CIO-SE-1.status', oldValue: null, newValue: 'implemented' }, missing),
    ).toEqual({ what: 'CIO-SE-1 · Status', change: '— → Implemented' });
  });

  it('names a practice the pack lacks by its id alone', () => {
    expect(line('answers.XX-9.status', null, 'implemented')).toEqual({
      what: 'XX-9 · Status',
      change: '— → Implemented',
    });
  });

  it('names findings by title, with their severity, risk and remediation in words', () => {
    expect(line('findings.f-1.severity', 'low', 'critical')).toEqual({
      what: 'Finding “Flat OT network” · Severity',
      change: 'Low → Critical',
    });
    expect(
      line('findings.f-1.riskCategoryId', '', 'attacks-using-ai/automated-physical-attacks').change,
    ).toMatch(/^— → Attacks using AI — /);
    expect(line('findings.f-1.riskLevelId', '', 'asset').change).toBe('— → Asset level');
    expect(line('findings.f-1.remediation.status', 'open', 'in-progress')).toEqual({
      what: 'Finding “Flat OT network” · Remediation status',
      change: 'Open → In progress',
    });
    expect(line('findings.f-1.practiceIds', [], ['CIO-SE-1', 'CIO-DD-1']).change).toBe(
      '— → CIO-SE-1, CIO-DD-1',
    );
  });

  it('says a record was added or removed, named by the title it had when it is gone', () => {
    expect(line('findings.f-2', null, { id: 'f-2', title: 'Default passwords' })).toEqual({
      what: 'Finding “Default passwords”',
      change: 'Added',
    });
    expect(line('systems.s-9', { id: 's-9', name: 'Old model' }, null)).toEqual({
      what: 'AI system “Old model”',
      change: 'Removed',
    });
    expect(line('findings', null, [{ id: 'x' }, { id: 'y' }])).toEqual({
      what: 'Findings',
      change: 'Added 2',
    });
    expect(line('evidence.e-1', null, { id: 'e-1', name: 'policy.pdf' })).toEqual({
      what: 'Evidence “policy.pdf”',
      change: 'Added',
    });
  });

  it('names inventory and profile fields by the wizard’s labels', () => {
    expect(line('systems.s-1.autonomy', 'advisory', 'autonomous')).toEqual({
      what: 'AI system “Leak detector” · Autonomy',
      change: 'Advisory only (a person decides and acts) → Autonomous (acts without supervision)',
    });
    expect(line('systems.s-1.humanOversight', '', 'Operator can stop it').what).toBe(
      'AI system “Leak detector” · Human oversight',
    );
    expect(line('assessors.a-1.organization', '', 'CISA').what).toBe('Assessor “Dana Reyes” · Organization');
    expect(line('site.name', 'Plant', 'Plant A')).toEqual({
      what: 'Site or facility name',
      change: 'Plant → Plant A',
    });
    expect(line('sector', '', 'chemical')).toEqual({
      what: 'Critical infrastructure sector',
      change: '— → Chemical',
    });
    expect(line('marking.tlp', 'TLP:CLEAR', 'TLP:AMBER').what).toBe('Traffic Light Protocol (TLP 2.0) label');
    expect(line('roles', [], ['CIO', 'CSO']).change).toBe('— → CIO, CSO');
  });

  it('describes creation, pack upgrades and merge resolutions', () => {
    expect(line('assessment', null, { title: 'Visit' })).toEqual({ what: 'Assessment', change: 'Created' });
    const v1 = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
    expect(line('pack', v1, { id: 'dhs-ai-rr-2024', version: '2.0.0', changes: {} })).toEqual({
      what: 'Framework pack version',
      change: 'dhs-ai-rr-2024 1.0.0 → dhs-ai-rr-2024 2.0.0',
    });
    expect(line('merge.answers.CIO-SE-1.status', {}, { choice: 'theirs', value: 'implemented' })).toEqual({
      what: `Merge resolution · ${SE1} · Status`,
      change: 'Took theirs: Implemented',
    });
    const taken = { choice: 'taken', value: 'implemented' };
    const theirs = { base: null, theirs: { value: 'implemented', actor: 'Bob', at: '2026-01-02T00:00:00Z' } };
    expect(line('merge.answers.CIO-SE-1.status', theirs, taken)).toEqual({
      what: `Merged · ${SE1} · Status`,
      change: 'Taken from the return: Implemented',
    });
  });

  it('keeps a path it does not know, and a value it cannot name, as stored', () => {
    expect(line('answers.CIO-SE-1.unknown', 1, 2)).toEqual({
      what: 'answers.CIO-SE-1.unknown',
      change: '1 → 2',
    });
    expect(line('something.else', null, { a: 1 })).toEqual({ what: 'something.else', change: '— → {"a":1}' });
    expect(line('answers.CIO-SE-1.status', null, 'bogus').change).toBe('— → bogus');
    expect(line('findings.f-1.nope', 'a', 'b').what).toBe('findings.f-1.nope');
  });
});
