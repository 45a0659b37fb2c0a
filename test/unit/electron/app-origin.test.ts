import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequestUrl, isAppUrl } from '../../../electron/app-origin';

describe('the app origin policy', () => {
  it('lets through only app://bundle, its blob: URLs and, in development builds only, devtools', () => {
    expect(isAllowedRequestUrl('app://bundle/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://bundle/2b1d-44')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', true)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(isAllowedRequestUrl('DevTools://devtools/bundled/inspector.html', false)).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'ws://localhost/',
      'data:text/html,<script>1</script>',
      'blob:https://example.com/1',
      'app://elsewhere/index.html',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('allows navigation only to the entry document, with any routing hash', () => {
    expect(isAllowedNavigation('app://bundle/index.html#/import')).toBe(true);
    expect(isAllowedNavigation('app://bundle/#/library')).toBe(true);
    expect(isAllowedNavigation('app://bundle/assets/evil.html')).toBe(false);
    expect(isAllowedNavigation('https://example.com/#/import')).toBe(false);
    expect(isAllowedNavigation('file:///work/index.html')).toBe(false);
  });

  it('recognises only our scheme and host as the app', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isAppUrl('apps://bundle/index.html')).toBe(false);
  });
});
