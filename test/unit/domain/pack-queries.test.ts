import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import {
  findPractice,
  findRiskCategory,
  practicesByArea,
  practicesInCell,
  practicesInScope,
  sectorName,
} from '../../../renderer/src/domain/framework/pack-queries';

const ids = (practices: { id: string }[]) => practices.map((p) => p.id);

describe('framework pack queries', () => {
  it('puts the 10 practices of one role in scope, ordered by area then number', () => {
    expect(ids(practicesInScope(BUILT_IN_PACK, ['CCP']))).toEqual([
      'CCP-SE-1',
      'CCP-SE-2',
      'CCP-SE-3',
      'CCP-SE-4',
      'CCP-DD-1',
      'CCP-DG-1',
      'CCP-SD-1',
      'CCP-MP-1',
      'CCP-MP-2',
      'CCP-MP-3',
    ]);
  });

  it('takes the union for two roles, ordered by area, then role in framework order, then number', () => {
    const scope = ids(practicesInScope(BUILT_IN_PACK, ['CIO', 'AID']));
    expect(scope).toHaveLength(13 + 15);
    expect(scope.slice(0, 4)).toEqual(['AID-SE-1', 'AID-SE-2', 'CIO-SE-1', 'AID-DD-1']);
    expect(scope.slice(-3)).toEqual(['CIO-MP-3', 'CIO-MP-4', 'CIO-MP-5']);
  });

  it('does not repeat practices when a role is listed twice', () => {
    expect(practicesInScope(BUILT_IN_PACK, ['PUB', 'PUB'])).toHaveLength(8);
  });

  it('orders by practice number numerically, so 10 would follow 9', () => {
    const pack = structuredClone(BUILT_IN_PACK);
    const extra = structuredClone(pack.practices[0]);
    if (!extra) throw new Error('fixture');
    pack.practices.unshift({ ...extra, id: 'CCP-SE-10' });
    expect(ids(practicesInCell(pack, 'CCP', 'SE')).slice(-2)).toEqual(['CCP-SE-4', 'CCP-SE-10']);
  });

  it('groups in-scope practices by area and leaves out nothing else', () => {
    const groups = practicesByArea(BUILT_IN_PACK, ['CSO']);
    expect(groups.map((g) => [g.area.code, ids(g.practices)])).toEqual([
      ['SE', ['CSO-SE-1']],
      ['DD', ['CSO-DD-1', 'CSO-DD-2']],
      ['DG', ['CSO-DG-1']],
      ['SD', ['CSO-SD-1']],
      ['MP', ['CSO-MP-1']],
    ]);
    expect(practicesByArea(BUILT_IN_PACK, [])).toEqual([]);
  });

  it('looks up practices, sectors and risk categories by id', () => {
    expect(findPractice(BUILT_IN_PACK, 'CIO-MP-3')?.role).toBe('CIO');
    expect(findPractice(BUILT_IN_PACK, 'CIO-MP-9')).toBeUndefined();
    expect(sectorName(BUILT_IN_PACK, 'water-and-wastewater-systems')).toBe('Water and Wastewater Systems');
    expect(sectorName(BUILT_IN_PACK, 'unknown-sector')).toBe('unknown-sector');
    expect(findRiskCategory(BUILT_IN_PACK, 'attacks-using-ai')?.subRisks.length).toBe(7);
  });
});
