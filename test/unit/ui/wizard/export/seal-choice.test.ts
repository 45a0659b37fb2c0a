import { describe, expect, it } from 'vitest';
import { NO_SEAL, sealTargetOf } from '../../../../../renderer/src/ui/wizard/export/seal-choice';

const RECIPIENT = {
  id: 'r1',
  label: 'SOC',
  recipient: 'age1x56q5ue0sayefa790p2hla8mq9jascn8tdhqvt6wap7kfv29ep4qgllsqg',
  addedAt: '2026-01-01T00:00:00.000Z',
};

describe('seal choice', () => {
  it('maps each choice to an age target or says what is missing', () => {
    expect(sealTargetOf(NO_SEAL, [])).toEqual({ ok: true, value: null });
    expect(sealTargetOf({ ...NO_SEAL, kind: 'recipient', recipientId: 'r1' }, [RECIPIENT])).toEqual({
      ok: true,
      value: { recipients: [RECIPIENT.recipient] },
    });
    expect(sealTargetOf({ ...NO_SEAL, kind: 'recipient' }, [RECIPIENT])).toMatchObject({
      ok: false,
      code: 'no-recipient',
      errors: { recipientId: 'Choose the recipient to seal the bundle to.' },
    });
    expect(sealTargetOf({ ...NO_SEAL, kind: 'passphrase', passphrase: 'short' }, [])).toMatchObject({
      ok: false,
      code: 'passphrase-too-short',
      errors: { passphrase: 'Use a passphrase of at least 12 characters.' },
    });
    const long = 'long enough passphrase';
    expect(
      sealTargetOf({ ...NO_SEAL, kind: 'passphrase', passphrase: long, confirm: 'other' }, []),
    ).toMatchObject({
      ok: false,
      code: 'passphrases-differ',
      errors: { confirm: expect.stringContaining('do not match') as unknown },
    });
    expect(sealTargetOf({ ...NO_SEAL, kind: 'passphrase', passphrase: long, confirm: long }, [])).toEqual({
      ok: true,
      value: { passphrase: long },
    });
  });
});
