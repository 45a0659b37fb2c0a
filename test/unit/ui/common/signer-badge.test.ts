/**
 * The signer badge every screen uses: each state is said in words next to the name, with fingerprint context,
 * so no screen can show a bare name. Rendered to static HTML with React's own server renderer.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SignerState } from '../../../../renderer/src/storage/signer-state';
import { SignerBadge } from '../../../../renderer/src/ui/common/signer-badge';

const NEW = 'ab'.repeat(32);
const FIRST = 'cd'.repeat(32);

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const render = (state: SignerState, fingerprint?: 'compact' | 'full') =>
  renderToStaticMarkup(createElement(SignerBadge, { state, fingerprint }));

const signed = (overrides: Partial<SignerState>): SignerState => ({
  kind: 'trusted',
  name: 'Ada Lovelace',
  fingerprint: NEW,
  trustedLabel: 'Ada (Region 4)',
  first: null,
  ...overrides,
});

describe('SignerBadge', () => {
  it('says own for an assessment made on this device', () => {
    const html = render({ kind: 'own', name: '', fingerprint: '', trustedLabel: null, first: null });
    expect(html).toContain('data-state="own"');
    expect(text(html)).toBe('Own (made on this device)');
  });

  it('puts the trust state and the labelled first 128 bits of the fingerprint next to every name', () => {
    expect(text(render(signed({})))).toBe(
      'Ada Lovelace Trusted signer trusted as “Ada (Region 4)” SHA-256 begins ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB…',
    );
    expect(text(render(signed({ kind: 'unknown', trustedLabel: null })))).toBe(
      'Ada Lovelace Unknown signer (not trusted) SHA-256 begins ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB…',
    );
  });

  it('shows a changed signer with both full fingerprints in a header, and says when the new key is not trusted', () => {
    const changed = signed({
      kind: 'changed',
      trustedLabel: null,
      first: { fingerprint: FIRST, name: 'Ada Lovelace' },
    });
    const full = text(render(changed, 'full'));
    expect(full).toContain('Changed signer (new key accepted)');
    expect(full).toContain('new key no longer trusted');
    expect(full).toContain(`SHA-256 ${'ABAB '.repeat(15)}ABAB`);
    expect(full).toContain(`first signed by Ada Lovelace, SHA-256 ${'CDCD '.repeat(15)}CDCD`);
    expect(render(changed, 'full')).toContain('data-state="changed"');
  });
});
