import { describe, it, expect } from 'vitest';
import { appendAt, readPath, removeAt, writePath } from '../../../renderer/src/storage/content-path';

const root = {
  title: 'a',
  site: { name: 'x' },
  systems: [
    { id: 's1', name: 'one' },
    { id: 's2', name: 'two' },
  ],
};

describe('content paths', () => {
  it('reads nested records and array items by id', () => {
    expect(readPath(root, ['site', 'name'])).toBe('x');
    expect(readPath(root, ['systems', 's2', 'name'])).toBe('two');
    expect(readPath(root, ['systems', 'nope', 'name'])).toBeUndefined();
  });

  it('writes without mutating the original and keeps untouched branches shared', () => {
    const next = writePath(root, ['systems', 's1', 'name'], 'uno');
    expect(next.systems[0]?.name).toBe('uno');
    expect(root.systems[0]?.name).toBe('one');
    expect(next.site).toBe(root.site);
    expect(next.systems[1]).toBe(root.systems[1]);
  });

  it('refuses to write into an array item that does not exist', () => {
    expect(() => writePath(root, ['systems', 'nope', 'name'], 'x')).toThrow('No item with id "nope".');
  });

  it('appends and removes items by id, refusing duplicate ids', () => {
    const added = appendAt(root, ['systems'], { id: 's3', name: 'three' });
    expect(added.systems.map((item) => item.id)).toEqual(['s1', 's2', 's3']);
    expect(() => appendAt(added, ['systems'], { id: 's3' })).toThrow('Duplicate id "s3".');
    expect(removeAt(added, ['systems'], 's1').systems.map((item) => item.id)).toEqual(['s2', 's3']);
  });
});
