import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../../renderer/src/domain/assessment/model';
import { readableField } from '../../../../renderer/src/ui/review/journal-field';

describe('journal fields as a reader sees them', () => {
  const content = {
    ...emptyContent(),
    findings: [{ id: 'f-1', title: 'Flat OT network' } as never],
    systems: [{ id: 's-1', name: 'Leak detector' } as never],
  };

  it('names findings and AI systems by their titles instead of their ids', () => {
    expect(readableField('f-1.status', content)).toBe('finding “Flat OT network” · status');
    expect(readableField('systems.s-1.name', content)).toBe('systems · AI system “Leak detector” · name');
    expect(readableField('answers.CIO-SE-1.notes', content)).toBe('answers · CIO-SE-1 · notes');
  });

  it('keeps ids it cannot name (a removed finding) and the raw path without content', () => {
    expect(readableField('gone-id.owner', content)).toBe('gone-id · owner');
    expect(readableField('f-1.status', undefined)).toBe('f-1.status');
  });
});
