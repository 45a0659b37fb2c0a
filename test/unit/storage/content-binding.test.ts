import { describe, expect, it } from 'vitest';
import {
  emptyContent,
  type AssessmentContent,
  type Finding,
} from '../../../renderer/src/domain/assessment/model';
import {
  addItem,
  answerField,
  contentField,
  findingField,
  markingField,
  removeItem,
  setField,
  siteField,
  type ContentChange,
} from '../../../renderer/src/storage/content-binding';

const finding: Finding = {
  id: 'f1',
  title: 'No TEVV',
  description: '',
  severity: 'high',
  riskCategoryId: '',
  riskLevelId: '',
  practiceIds: [],
  systemIds: [],
  recommendation: '',
  owner: '',
  dueDate: '',
  createdAt: '2030-01-01T00:00:00.000Z',
  remediation: { status: 'open', owner: '', dueDate: '', note: '' },
};
const content: AssessmentContent = {
  ...emptyContent(),
  title: 'Visit',
  answers: { 'CIO-SE-1': { status: 'partial', notes: 'OT segmented', justification: '', systemIds: [] } },
  findings: [finding],
};

describe('content bindings', () => {
  it('derive the path and the stored value from the content', () => {
    expect(contentField(content, 'title')).toEqual({ path: ['title'], stored: 'Visit' });
    expect(siteField(content, 'address')).toEqual({ path: ['site', 'address'], stored: '' });
    expect(markingField(content, 'tlp')).toEqual({ path: ['marking', 'tlp'], stored: 'TLP:AMBER' });
    expect(answerField(content, 'CIO-SE-1', 'notes')).toEqual({
      path: ['answers', 'CIO-SE-1', 'notes'],
      stored: 'OT segmented',
    });
    expect(findingField(finding, 'title')).toEqual({ path: ['findings', 'f1', 'title'], stored: 'No TEVV' });
  });

  it('read an answer not given yet as the empty answer', () => {
    expect(answerField(content, 'CIO-DD-1', 'status').stored).toBe('not-assessed');
  });

  it('build the changes storage applies', () => {
    expect(setField(answerField(content, 'CIO-SE-1', 'status'), 'implemented')).toEqual({
      kind: 'set',
      path: ['answers', 'CIO-SE-1', 'status'],
      value: 'implemented',
    });
    expect(addItem('findings', finding)).toEqual({ kind: 'add', path: ['findings'], item: finding });
    expect(removeItem('findings', 'f1')).toEqual({ kind: 'remove', path: ['findings'], id: 'f1' });
  });

  it('reject wrong paths, wrong values and hand-made changes at type-check time', () => {
    // Each line below must fail type-checking (`tsc -b` fails when one of them stops being an error).
    // @ts-expect-error: an answer has no field "note" (it is "notes").
    answerField(content, 'CIO-SE-1', 'note');
    // @ts-expect-error: a status must be one of the answer statuses.
    setField(answerField(content, 'CIO-SE-1', 'status'), 'maybe');
    // @ts-expect-error: a title is text, not a number.
    setField(findingField(finding, 'title'), 42);
    // @ts-expect-error: the id of a record is not an editable field.
    findingField(finding, 'id');
    // @ts-expect-error: findings hold findings, not arbitrary objects.
    addItem('findings', { id: 'f2' });
    // @ts-expect-error: changes are built, never written as object literals with free paths.
    const handMade: ContentChange = { kind: 'set', path: ['answers', 'x', 'status'], value: 'implemented' };
    expect(handMade).toBeDefined();
  });
});
