/**
 * The build drops the USWDS rules the app cannot match (renderer/start-css-plugin.ts). These tests hold it to
 * its rule: only vendor classes are judged, a selector lives while its classes are mentioned, and what a
 * component builds at run time or what is not a class rule is never dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  classVocabulary,
  contentWords,
  dropUnusedVendorRules,
  fontFaceUrl,
} from '../../../renderer/start-css-plugin';

const VENDOR = classVocabulary('.usa-a{color:red}.usa-b{color:blue}.usa-icon--size-3{width:1px}');

describe('dropping unused USWDS rules', () => {
  it('keeps a vendor rule whose class the code mentions and drops one it does not', () => {
    const css = dropUnusedVendorRules(
      '.usa-a{color:red}.usa-b{color:blue}',
      VENDOR,
      contentWords(['"usa-a"']),
    );
    expect(css).toContain('.usa-a');
    expect(css).not.toContain('.usa-b');
  });

  it("never judges the app's own classes, even those built at run time", () => {
    const css = dropUnusedVendorRules('.severity--high{color:red}', VENDOR, contentWords(['severity--']));
    expect(css).toContain('.severity--high');
  });

  it('drops only the dead selectors of a list, inside media queries too', () => {
    const css = dropUnusedVendorRules(
      '@media (min-width:40em){.usa-a,.usa-b{margin:0}}',
      VENDOR,
      contentWords(['usa-a']),
    );
    expect(css).toContain('.usa-a{');
    expect(css).not.toContain('usa-b');
  });

  it('keeps element rules, font faces and the class names components build from props', () => {
    const source = 'body{margin:0}@font-face{font-family:X;src:url(./x.woff2)}.usa-icon--size-3{width:1px}';
    const css = dropUnusedVendorRules(source, VENDOR, contentWords(['usa-icon--size-']));
    expect(css).toContain('body{');
    expect(css).toContain('@font-face');
    expect(css).toContain('.usa-icon--size-3');
  });

  it('reads responsive utility classes ("tablet:grid-col-6") as one word and as their parts', () => {
    const words = contentWords(['className="tablet:grid-col-6 usa-x"']);
    expect([...words]).toEqual(
      expect.arrayContaining(['tablet:grid-col-6', 'tablet', 'grid-col-6', 'usa-x']),
    );
  });

  it('cuts the real USWDS stylesheet to what a button and a table need', () => {
    const path = createRequire(import.meta.url).resolve('@trussworks/react-uswds/lib/uswds.css');
    const uswds = readFileSync(path, 'utf8');
    const css = dropUnusedVendorRules(uswds, classVocabulary(uswds), contentWords(['usa-button usa-table']));
    expect(css).toMatch(/\.usa-button\{/);
    expect(css).toMatch(/\.usa-table\{/);
    expect(css).not.toContain('.usa-accordion');
    expect(css.length).toBeLessThan(uswds.length / 4);
  });
});

describe('finding the font face to preload', () => {
  it('gives the url of the face with that family, weight and style', () => {
    const css =
      '@font-face{font-family:Source Sans Pro Web;font-style:normal;font-weight:400;src:url(./a.woff2)format("woff2")}' +
      '@font-face{font-family:Source Sans Pro Web;font-style:normal;font-weight:700;src:url(./b.woff2)format("woff2")}';
    expect(fontFaceUrl(css, { family: 'Source Sans Pro Web', weight: 700, style: 'normal' })).toBe(
      './b.woff2',
    );
    expect(fontFaceUrl(css, { family: 'Source Sans Pro Web', weight: 700, style: 'italic' })).toBeUndefined();
  });
});
