import { describe, expect, it } from 'vitest';
import { strictestMarking } from '../../../../renderer/src/domain/assessment/marking';

describe('strictestMarking', () => {
  it('takes the most restrictive TLP label, whatever the order', () => {
    const clear = { tlp: 'TLP:CLEAR' as const, text: '' };
    const red = { tlp: 'TLP:RED' as const, text: 'Site leadership only' };
    const strict = { tlp: 'TLP:AMBER+STRICT' as const, text: '' };
    expect(strictestMarking([clear, red, strict])).toEqual(red);
    expect(strictestMarking([red, clear])).toEqual(red);
    expect(strictestMarking([clear, strict])).toEqual(strict);
    expect(
      strictestMarking([
        { tlp: 'TLP:AMBER', text: '' },
        { tlp: 'TLP:GREEN', text: 'x' },
      ]),
    ).toEqual({
      tlp: 'TLP:AMBER',
      text: '',
    });
  });

  it('keeps the distinct texts of the markings with that label, and is null for none', () => {
    expect(
      strictestMarking([
        { tlp: 'TLP:AMBER', text: 'PCII' },
        { tlp: 'TLP:AMBER', text: ' PCII ' },
        { tlp: 'TLP:AMBER', text: 'CUI' },
        { tlp: 'TLP:GREEN', text: 'ignored' },
      ]),
    ).toEqual({ tlp: 'TLP:AMBER', text: 'PCII; CUI' });
    expect(strictestMarking([])).toBeNull();
  });
});
