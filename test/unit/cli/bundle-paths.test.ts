import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundlePaths } from '../../../cli/bundle-paths';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'airr-paths-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('bundlePaths', () => {
  it('takes a file as given and a folder as its bundle files, sorted', () => {
    const folder = join(root, 'delivery');
    mkdirSync(folder);
    for (const name of ['b.airr', 'a.airr.age', 'notes.txt']) writeFileSync(join(folder, name), '');
    const single = join(root, 'one.airr');
    writeFileSync(single, '');
    expect(bundlePaths([single, folder])).toEqual({
      ok: true,
      value: [single, join(folder, 'a.airr.age'), join(folder, 'b.airr')],
    });
  });

  it('refuses a path that does not exist as path-unreadable', () => {
    expect(bundlePaths([join(root, 'missing.airr')])).toMatchObject({ ok: false, code: 'path-unreadable' });
  });

  it('refuses a folder without bundles as no-bundles', () => {
    writeFileSync(join(root, 'notes.txt'), '');
    expect(bundlePaths([root])).toMatchObject({ ok: false, code: 'no-bundles' });
  });
});
