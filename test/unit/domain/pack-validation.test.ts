import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { loadPack, type LoadPackResult } from '../../../renderer/src/domain/framework/load-pack';
import type { FrameworkPack } from '../../../renderer/src/domain/framework/pack-schema';

function brokenPack(edit: (pack: Record<string, unknown> & FrameworkPack) => void): unknown {
  const copy = structuredClone(BUILT_IN_PACK) as Record<string, unknown> & FrameworkPack;
  edit(copy);
  return copy;
}

function messages(result: LoadPackResult): string[] {
  if (result.ok) throw new Error('expected the pack to be rejected');
  expect(result.code).toBe('pack-invalid');
  return result.issues.map((i) => i.message);
}

function practice(pack: FrameworkPack, id: string) {
  const found = pack.practices.find((p) => p.id === id);
  if (!found) throw new Error(`fixture lacks ${id}`);
  return found;
}

describe('loadPack', () => {
  it('rejects input that is not a pack at all, as a value rather than an exception', () => {
    const result = loadPack('not a pack');
    expect(result).toMatchObject({ ok: false, code: 'pack-invalid' });
  });

  it('rejects a duplicate practice id', () => {
    const pack = brokenPack((p) => (practice(p, 'CCP-SE-2').id = 'CCP-SE-1'));
    expect(messages(loadPack(pack))).toContain('Practice id "CCP-SE-1" appears more than once.');
  });

  it('rejects a malformed practice id', () => {
    const pack = brokenPack((p) => (practice(p, 'CIO-MP-3').id = 'CIO-MP-three'));
    expect(messages(loadPack(pack))).toContain(
      'Practice id "CIO-MP-three" is not of the form ROLE-AREA-n (for example CIO-MP-3).',
    );
  });

  it('rejects a practice whose id prefix disagrees with its role', () => {
    const pack = brokenPack((p) => (practice(p, 'CIO-MP-5').id = 'AID-MP-9'));
    expect(messages(loadPack(pack))).toContain(
      'Practice "AID-MP-9" is filed under CIO-MP, but its id says otherwise.',
    );
  });

  it('rejects a pack with an empty role × area cell', () => {
    const pack = brokenPack((p) => (p.practices = p.practices.filter((x) => x.id !== 'CCP-DD-1')));
    const result = loadPack(pack);
    expect(messages(result)).toContain(
      'Role CCP has no practice in area DD; every role × area cell needs at least one.',
    );
    expect(result.ok ? '' : result.message).toMatch(
      /^The framework pack is not valid: Role CCP has no practice/,
    );
  });

  it('rejects a practice that refers to an unknown role', () => {
    const pack = brokenPack((p) => ((practice(p, 'CSO-SE-1') as { role: string }).role = 'XYZ'));
    const result = loadPack(pack);
    expect(messages(result)[0]).toBe('Unknown role code; expected one of CCP, AID, CIO, CSO, PUB.');
    const index = BUILT_IN_PACK.practices.findIndex((x) => x.id === 'CSO-SE-1');
    expect(result.ok ? '' : result.issues[0]?.path).toBe(`practices.${index}.role`);
  });

  it('rejects a pack that leaves out one of the five roles', () => {
    const pack = brokenPack((p) => (p.roles = p.roles.filter((r) => r.code !== 'PUB')));
    expect(messages(loadPack(pack))).toContain('Role PUB is missing from the pack.');
  });

  it('rejects duplicate sub-risk ids across risk categories', () => {
    const pack = brokenPack((p) => {
      const [first, second] = p.riskCategories;
      if (first?.subRisks[0] && second?.subRisks[0]) second.subRisks[0].id = first.subRisks[0].id;
    });
    expect(messages(loadPack(pack))).toContain(
      'Sub-risk id "ai-enabled-cyber-compromise" appears more than once.',
    );
  });

  it('rejects a sub-risk citing a document the pack does not list', () => {
    const pack = brokenPack((p) => (p.companionDocuments = []));
    expect(messages(loadPack(pack))).toContain(
      'Sub-risk "ai-enabled-cyber-compromise" cites document "dhs-ai-guidelines-2024-04", which the pack does not list.',
    );
  });

  it('rejects a practice title longer than 80 characters', () => {
    const pack = brokenPack((p) => (practice(p, 'AID-SE-1').title = 'x'.repeat(81)));
    expect(loadPack(pack).ok).toBe(false);
  });

  it('rejects a pack of a newer format version', () => {
    const pack = brokenPack((p) => (p.formatVersion = 2 as 1));
    expect(loadPack(pack).ok).toBe(false);
  });
});
