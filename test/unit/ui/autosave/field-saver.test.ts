import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../../renderer/src/storage/assessment-repository';
import { AUTOSAVE_DELAY_MS, createFieldSaver } from '../../../../renderer/src/ui/autosave/field-saver';

/** A save whose commits the test releases one by one, recording how many ran at once. */
function controlledSave() {
  const calls: string[] = [];
  const pending: Array<() => void> = [];
  let running = 0;
  let maxRunning = 0;
  const save = (value: string): Promise<SaveResult> => {
    calls.push(value);
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    return new Promise((resolve) =>
      pending.push(() => {
        running -= 1;
        resolve({ ok: true, value: 1 });
      }),
    );
  };
  const commitNext = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { save, calls, commitNext, maxRunning: () => maxRunning };
}

describe('field saver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves an edit within the delay of its keystroke even while typing goes on', async () => {
    const { save, calls, commitNext } = controlledSave();
    const saver = createFieldSaver('');
    saver.setSave(save);
    saver.edit('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 5);
    saver.edit('ab'); // a debounce would restart here; the throttle does not
    await vi.advanceTimersByTimeAsync(5);
    expect(calls).toEqual(['ab']);
    await commitNext();
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(50);
  });

  it('is busy from the keystroke until the database holds the last edit, including the throttle wait', async () => {
    const { save, commitNext } = controlledSave();
    const saver = createFieldSaver('');
    saver.setSave(save);
    expect(saver.snapshot().busy).toBe(false);
    saver.edit('P');
    expect(saver.snapshot().busy).toBe(true); // no save has started yet
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    saver.edit('Pu'); // typed while the first save runs
    await commitNext();
    expect(saver.snapshot().busy).toBe(true);
    await commitNext();
    expect(saver.snapshot().busy).toBe(false);
  });

  it('never has two saves of the field in flight, and saves the newest text after the running one', async () => {
    const { save, calls, commitNext, maxRunning } = controlledSave();
    const saver = createFieldSaver('');
    saver.setSave(save);
    saver.edit('O');
    const first = saver.flush();
    for (const text of ['OT', 'OT s', 'OT seg']) saver.edit(text);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 4);
    expect(calls).toEqual(['O']);
    await commitNext();
    expect(calls).toEqual(['O', 'OT seg']);
    await commitNext();
    await first;
    expect(maxRunning()).toBe(1);
    expect(saver.snapshot()).toEqual({ draft: 'OT seg', error: null, busy: false });
  });

  it('resolves a flush only after the pending edit committed', async () => {
    const { save, commitNext } = controlledSave();
    const saver = createFieldSaver('');
    saver.setSave(save);
    saver.edit('notes');
    let done = false;
    void saver.flush().then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await commitNext();
    expect(done).toBe(true);
  });

  it('keeps the draft when the database echoes an older save late, and follows a newer stored value', async () => {
    const { save, commitNext } = controlledSave();
    const saver = createFieldSaver('');
    saver.setSave(save);
    saver.edit('a');
    void saver.flush();
    saver.offerStored(''); // an echo while saving: ignored
    await commitNext();
    saver.edit('ab');
    void saver.flush();
    await commitNext();
    saver.offerStored('a'); // a read from before the latest save commits, delivered late
    expect(saver.snapshot().draft).toBe('ab');
    saver.offerStored('ab');
    saver.offerStored('changed in another window');
    expect(saver.snapshot().draft).toBe('changed in another window');
  });

  it('shows a failed save in words and saves again on the next edit', async () => {
    const saver = createFieldSaver('');
    const results: SaveResult[] = [
      { ok: false, code: 'storage-full', message: 'The disk is full.' },
      { ok: true, value: 1 },
    ];
    const saved: string[] = [];
    saver.setSave((value) => {
      saved.push(value);
      return Promise.resolve(results.shift()!);
    });
    saver.edit('x');
    await saver.flush();
    expect(saver.snapshot().error).toBe('The disk is full.');
    saver.edit('xy');
    await saver.flush();
    expect(saved).toEqual(['x', 'xy']);
    expect(saver.snapshot().error).toBeNull();
  });
});
