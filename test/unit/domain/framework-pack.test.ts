import { describe, expect, it } from 'vitest';
import { AREA_CODES, ROLE_CODES } from '../../../renderer/src/domain/assessment/model';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { loadPack } from '../../../renderer/src/domain/framework/load-pack';
import { findPractice } from '../../../renderer/src/domain/framework/pack-queries';

const pack = BUILT_IN_PACK;

// The outline's §3.6 table, row by row in area order SE, DD, DG, SD, MP.
const OUTLINE_CELL_COUNTS = {
  CCP: [4, 1, 1, 1, 3],
  AID: [2, 3, 2, 4, 2],
  CIO: [1, 3, 2, 4, 5],
  CSO: [1, 2, 1, 1, 1],
  PUB: [1, 2, 2, 2, 1],
} as const;

describe('the built-in DHS framework pack', () => {
  it('validates against the pack schema', () => {
    const result = loadPack(pack);
    expect(result.ok ? 'valid' : result.message).toBe('valid');
  });

  it('is identified as dhs-ai-rr-2024 version 1.0.0', () => {
    expect({ id: pack.id, version: pack.version }).toEqual({ id: 'dhs-ai-rr-2024', version: '1.0.0' });
  });

  it('holds exactly 52 practices', () => {
    expect(pack.practices).toHaveLength(52);
  });

  it('has the five roles and five areas in framework order', () => {
    expect(pack.roles.map((r) => r.code)).toEqual([...ROLE_CODES]);
    expect(pack.areas.map((a) => a.code)).toEqual([...AREA_CODES]);
  });

  it('matches the outline count in every role × area cell, so no cell is empty', () => {
    for (const role of ROLE_CODES) {
      const counts = AREA_CODES.map(
        (area) => pack.practices.filter((p) => p.role === role && p.area === area).length,
      );
      expect({ role, counts }).toEqual({ role, counts: [...OUTLINE_CELL_COUNTS[role]] });
    }
  });

  it('numbers the practices of each cell 1..n without gaps', () => {
    for (const role of ROLE_CODES) {
      AREA_CODES.forEach((area, i) => {
        const ids = pack.practices.filter((p) => p.role === role && p.area === area).map((p) => p.id);
        const expected = Array.from(
          { length: OUTLINE_CELL_COUNTS[role][i] ?? 0 },
          (_, n) => `${role}-${area}-${n + 1}`,
        );
        expect(ids).toEqual(expected);
      });
    }
  });

  it('has unique, well-formed practice ids whose prefix matches role and area', () => {
    const ids = pack.practices.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of pack.practices) {
      expect(p.id).toMatch(/^(CCP|AID|CIO|CSO|PUB)-(SE|DD|DG|SD|MP)-\d+$/);
      expect(p.id.startsWith(`${p.role}-${p.area}-`)).toBe(true);
    }
  });

  it('cites a source page inside its role section for every practice', () => {
    for (const p of pack.practices) {
      const role = pack.roles.find((r) => r.code === p.role);
      expect(role?.source.section).toBe(p.source.section);
      expect(p.source.page).toBeGreaterThanOrEqual(role?.source.pages.from ?? Infinity);
      expect(p.source.page).toBeLessThanOrEqual(role?.source.pages.to ?? -Infinity);
    }
  });

  it('gives every practice a short title, 1-3 prompts and 1-4 evidence suggestions', () => {
    for (const p of pack.practices) {
      expect(p.title.length).toBeLessThanOrEqual(80);
      expect(p.prompts.length).toBeGreaterThanOrEqual(1);
      expect(p.prompts.length).toBeLessThanOrEqual(3);
      expect(p.evidence.length).toBeGreaterThanOrEqual(1);
      expect(p.evidence.length).toBeLessThanOrEqual(4);
    }
  });

  it('marks only text-confirmed practices as verified', () => {
    const verified = pack.practices.filter((p) => p.verification === 'verified').map((p) => p.id);
    expect(verified.sort()).toEqual(['AID-DD-3', 'CIO-SD-3']);
  });

  it('follows the outline tags in spot-checked verification statuses and inferred areas', () => {
    const spot = (id: string) => {
      const p = findPractice(pack, id);
      return p && { verification: p.verification, areaInferred: p.areaInferred };
    };
    expect(spot('AID-DD-3')).toEqual({ verification: 'verified', areaInferred: false });
    expect(spot('CIO-SD-3')).toEqual({ verification: 'verified', areaInferred: false });
    expect(spot('AID-DD-2')).toEqual({ verification: 'summary', areaInferred: false });
    expect(spot('CCP-SE-4')).toEqual({ verification: 'summary', areaInferred: false });
    expect(spot('CIO-MP-5')).toEqual({ verification: 'unverified', areaInferred: false });
    expect(spot('CCP-DD-1')).toEqual({ verification: 'unverified', areaInferred: true });
    expect(spot('AID-DD-1')).toEqual({ verification: 'summary', areaInferred: true });
    expect(spot('PUB-MP-1')).toEqual({ verification: 'unverified', areaInferred: true });
  });

  it('flags the area as inferred for every Civil Society and Public Sector practice', () => {
    const inferred = pack.practices.filter((p) => p.role === 'CSO' || p.role === 'PUB');
    expect(inferred).toHaveLength(14);
    expect(inferred.every((p) => p.areaInferred)).toBe(true);
  });

  it('lists three risk categories, each with sub-risks from the April 2024 companion document', () => {
    expect(pack.riskCategories.map((c) => c.id)).toEqual([
      'attacks-using-ai',
      'attacks-targeting-ai',
      'design-implementation-failures',
    ]);
    expect(pack.riskCategories.map((c) => c.subRisks.length)).toEqual([7, 5, 11]);
    const sources = new Set(pack.riskCategories.flatMap((c) => c.subRisks.map((s) => s.sourceId)));
    expect([...sources]).toEqual(['dhs-ai-guidelines-2024-04']);
    expect(pack.companionDocuments.map((d) => d.id)).toContain('dhs-ai-guidelines-2024-04');
  });

  it('orders the four risk levels from asset to national', () => {
    expect(pack.riskLevels.map((l) => l.id)).toEqual(['asset', 'sector', 'systemic', 'national']);
  });

  it('lists the 16 critical infrastructure sectors and the 5 desired outcomes', () => {
    expect(pack.sectors).toHaveLength(16);
    expect(pack.sectors.map((s) => s.name)).toContain('Nuclear Reactors, Materials, and Waste');
    expect(pack.desiredOutcomes).toHaveLength(5);
  });
});
