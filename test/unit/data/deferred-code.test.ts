/**
 * Deferred code (data/bind.ts) keeps the repositories with their schemas out of the start chunk. What must
 * hold: the first call waits for the import, later calls go straight to the function (so a live query sees
 * its reads), a failed import is retried, and merely waiting for the code never starts loading it.
 */
import { describe, expect, it } from 'vitest';
import { deferred, deferredCode } from '../../../renderer/src/data/bind';
import type { AirrDatabase } from '../../../renderer/src/storage/database';

const DB = { name: 'stand-in database' } as unknown as AirrDatabase;

function countingModule() {
  const calls: string[] = [];
  const module = {
    greet: (db: AirrDatabase, name: string) => {
      calls.push(`${(db as unknown as { name: string }).name}:${name}`);
      return Promise.resolve(`hello ${name}`);
    },
  };
  return { calls, module };
}

describe('deferred code', () => {
  it('imports the module on the first call only, and passes the database and the arguments', async () => {
    const { calls, module } = countingModule();
    let imports = 0;
    const code = deferredCode(() => {
      imports += 1;
      return Promise.resolve(module);
    });
    const greet = deferred(DB, code, (m) => m.greet);
    expect(code.loaded()).toBeUndefined();
    expect(await greet('Ada')).toBe('hello Ada');
    expect(await greet('Grace')).toBe('hello Grace');
    expect(imports).toBe(1);
    expect(calls).toEqual(['stand-in database:Ada', 'stand-in database:Grace']);
  });

  it('calls a loaded function in the same turn, before any await (as a live query needs)', async () => {
    const { calls, module } = countingModule();
    const code = deferredCode(() => Promise.resolve(module));
    await code.load();
    const pending = deferred(DB, code, (m) => m.greet)('Ada');
    expect(calls).toEqual(['stand-in database:Ada']);
    await pending;
  });

  it('retries an import that failed, on the next call', async () => {
    const { module } = countingModule();
    let attempts = 0;
    const code = deferredCode(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(module);
    });
    const greet = deferred(DB, code, (m) => m.greet);
    await expect(greet('Ada')).rejects.toThrow('chunk missing');
    expect(await greet('Ada')).toBe('hello Ada');
    expect(attempts).toBe(2);
  });

  it('does not start the import for someone who only waits for it', async () => {
    const { module } = countingModule();
    let imports = 0;
    const code = deferredCode(() => {
      imports += 1;
      return Promise.resolve(module);
    });
    let settled = false;
    void code.whenLoaded.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect({ imports, settled }).toEqual({ imports: 0, settled: false });
    await code.load();
    await Promise.resolve();
    expect({ imports, settled }).toEqual({ imports: 1, settled: true });
  });
});
