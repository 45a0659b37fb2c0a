import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { BUILT_IN_SECTORS, builtInSectorName } from '../../../renderer/src/domain/framework/builtin-sectors';
import { sectorName } from '../../../renderer/src/domain/framework/pack-queries';

describe('the built-in sectors read without validating the pack', () => {
  it('are exactly the sectors of the validated built-in pack, in order', () => {
    expect(BUILT_IN_SECTORS).toEqual(BUILT_IN_PACK.sectors);
  });

  it('name every sector as the pack does, an unknown id as itself and no sector as nothing', () => {
    for (const sector of BUILT_IN_PACK.sectors)
      expect(builtInSectorName(sector.id)).toBe(sectorName(BUILT_IN_PACK, sector.id));
    expect(builtInSectorName('no-such-sector')).toBe('no-such-sector');
    expect(builtInSectorName('')).toBe('');
  });
});
