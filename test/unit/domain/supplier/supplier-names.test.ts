import { describe, expect, it } from 'vitest';
import {
  distinctSuppliers,
  inventorySuppliers,
  supplierIdFor,
} from '../../../../renderer/src/domain/supplier/supplier-names';
import { requestState } from '../../../../renderer/src/domain/supplier/request-state';
import { proposeRequestItems } from '../../../../renderer/src/domain/supplier/request-items';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';

describe('supplier names', () => {
  it('maps the same name, whatever its case and spacing, to the id it already has', () => {
    const known = [{ id: 'id-acme', name: 'Acme Cloud' }];
    expect(supplierIdFor('  acme   CLOUD ', known, () => 'fresh')).toEqual({ id: 'id-acme', known: true });
    expect(supplierIdFor('Acme Models', known, () => 'fresh')).toEqual({ id: 'fresh', known: false });
  });

  it('keeps one entry per id, the first name seen', () => {
    expect(
      distinctSuppliers([
        { id: '1', name: 'Pinned name' },
        { id: '1', name: 'Asked name' },
        { id: '2', name: 'Beta' },
      ]),
    ).toEqual([
      { id: '2', name: 'Beta' },
      { id: '1', name: 'Pinned name' },
    ]);
  });

  it('lists each inventory supplier once and leaves blanks out', () => {
    expect(
      inventorySuppliers([
        { supplier: 'Acme' },
        { supplier: ' acme ' },
        { supplier: '' },
        { supplier: 'Zed' },
      ]),
    ).toEqual(['Acme', 'Zed']);
  });
});

describe('request state', () => {
  it('is answered with an accepted response, overdue past its due date without one, else sent', () => {
    expect(requestState({ dueDate: '2030-01-01', responseIds: ['r'] }, '2031-01-01')).toBe('answered');
    expect(requestState({ dueDate: '2030-01-01', responseIds: [] }, '2030-01-02')).toBe('overdue');
    expect(requestState({ dueDate: '2030-01-01', responseIds: [] }, '2030-01-01')).toBe('sent');
  });
});

describe('proposed request items', () => {
  it('proposes every practice of the role, its question prefilled from the pack', () => {
    const items = proposeRequestItems(BUILT_IN_PACK, 'CCP', ['s1']);
    const ccp = BUILT_IN_PACK.practices.filter((practice) => practice.role === 'CCP');
    expect(items).toHaveLength(ccp.length);
    const first = items[0];
    const practice = ccp.find((p) => p.id === first?.practiceId);
    expect(first?.question).toContain(practice?.title);
    expect(first?.question).toContain(practice?.prompts[0]);
    expect(first?.systemIds).toEqual(['s1']);
    expect(items.every((item) => item.practiceId?.startsWith('CCP-'))).toBe(true);
  });
});
