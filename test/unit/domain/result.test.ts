import { describe, expect, expectTypeOf, it } from 'vitest';
import type { IpcErrorCode, IpcResult } from '../../../electron/ipc-contract';
import { DONE, failure, success, type Result } from '../../../renderer/src/domain/result';
import type { PlatformResult } from '../../../renderer/src/platform';

describe('the one result type', () => {
  it('builds successes and failures with a stable code and a sentence', () => {
    expect(success(3)).toEqual({ ok: true, value: 3 });
    expect(failure('not-found', 'Gone.')).toEqual({ ok: false, code: 'not-found', message: 'Gone.' });
    expect(DONE).toEqual({ ok: true, value: undefined });
  });

  it('is the shape of the IPC contract (electron/ mirrors it: it cannot import the renderer)', () => {
    // Checked by `tsc -b` over the tests: a drift of either type fails the typecheck.
    expectTypeOf<IpcResult<number>>().toEqualTypeOf<Result<number, IpcErrorCode>>();
    expectTypeOf<PlatformResult<string>>().toEqualTypeOf<Result<string, IpcErrorCode>>();
  });
});
