/**
 * Build step for the first paint. USWDS ships one 555 kB stylesheet for every component and utility; the app
 * uses a small part of it, and Chromium parses and matches all of it before the first frame. So, once the
 * bundle is written:
 *
 * 1. USWDS rules whose selectors name a USWDS class that no built chunk mentions are dropped. Only classes of
 *    USWDS's own vocabulary are judged (the app's own class names, some built at run time, are never touched),
 *    and a selector survives if any class it needs is mentioned as a word anywhere in the JavaScript or HTML.
 *    Class names USWDS components build at run time are kept by pattern (KEEP_PATTERNS).
 * 2. The body font faces the first screen draws with are preloaded (`<link rel=preload as=font crossorigin>`),
 *    so their requests start with the stylesheet instead of after the first layout.
 *
 * lightningcss (Vite's own CSS minifier) parses the CSS, so no new dependency is needed: it is what PurgeCSS
 * does, without its content globbing, on the exact output. Fonts and icons stay local assets. The file keeps
 * the name Vite gave it (its hash is of the CSS before the rules were dropped); both the browser-mode server
 * and the app:// protocol send `Cache-Control: no-store`, so a name is never a cache key.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { transform, type Selector } from 'lightningcss';
import type { Plugin } from 'vite';

/** USWDS class names the React components build from props (`usa-icon--size-${size}`, …). */
const KEEP_PATTERNS = [/^usa-icon--size-/, /^usa-in-page-nav__item_/];

export interface FontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
}

export interface StartCssOptions {
  /** The stylesheet whose class vocabulary is judged (the app's own CSS never is). */
  vendorCss: string;
  /** Font faces to preload; each must exist in the built CSS, or the build fails. */
  preloadFonts: readonly FontFace[];
}

/** Every class name a stylesheet's selectors use. */
export function classVocabulary(css: string | Uint8Array): Set<string> {
  const names = new Set<string>();
  transform({
    filename: 'vocabulary.css',
    code: typeof css === 'string' ? Buffer.from(css) : css,
    visitor: {
      Selector(selector) {
        collectClasses(selector, names);
      },
    },
  });
  return names;
}

function collectClasses(selector: Selector, into: Set<string>): void {
  for (const component of selector) {
    if (component.type === 'class') into.add(component.name);
  }
}

/** The words (class-name candidates) of the built code: split on anything a class name cannot contain. */
export function contentWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[^\w:-]+/)) {
      if (!word) continue;
      words.add(word);
      // "tablet:grid-col" is a class; "a:b" in code may also be two.
      if (word.includes(':')) for (const part of word.split(':')) words.add(part);
    }
  }
  return words;
}

/**
 * The CSS without the rules that can match nothing: a selector is dead when one of its own (not negated or
 * nested) classes is a vendor class nobody mentions; a rule goes when all its selectors are dead.
 */
export function dropUnusedVendorRules(
  css: string,
  vendorClasses: ReadonlySet<string>,
  words: ReadonlySet<string>,
): string {
  const unused = (name: string) =>
    vendorClasses.has(name) && !words.has(name) && !KEEP_PATTERNS.some((pattern) => pattern.test(name));
  const alive = (selector: Selector) =>
    !selector.some((component) => component.type === 'class' && unused(component.name));
  const result = transform({
    filename: 'start.css',
    code: Buffer.from(css),
    minify: true,
    visitor: {
      Rule: {
        style(rule) {
          const selectors = rule.value.selectors.filter(alive);
          if (selectors.length === 0) return [];
          // Unchanged rules are not handed back: lightningcss 1.33 cannot read back a rule holding var()
          // (a partly dead one of those is kept whole; USWDS has one).
          if (selectors.length === rule.value.selectors.length) return undefined;
          if (JSON.stringify(rule.value.declarations).includes('"type":"var"')) return undefined;
          rule.value.selectors = selectors;
          return rule;
        },
      },
    },
  });
  return result.code.toString();
}

/** The url() of the @font-face with this family, weight and style, or undefined. */
export function fontFaceUrl(css: string, face: FontFace): string | undefined {
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    const family = /font-family:\s*["']?([^;"'}]+?)["']?\s*[;}]/.exec(block)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(block)?.[1];
    const style = /font-style:\s*(\w+)/.exec(block)?.[1] ?? 'normal';
    if (family === face.family && Number(weight) === face.weight && style === face.style)
      return /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(block)?.[1];
  }
  return undefined;
}

export function startCssPlugin(options: StartCssOptions): Plugin {
  const vendorPath = createRequire(import.meta.url).resolve(options.vendorCss);
  return {
    name: 'airr:start-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own steps, which list each lazy chunk's CSS by name.
      order: 'post',
      handler(_, bundle) {
        const vendorClasses = classVocabulary(readFileSync(vendorPath));
        const texts: string[] = [];
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') texts.push(file.code);
          else if (file.fileName.endsWith('.html') && typeof file.source === 'string')
            texts.push(file.source);
        }
        const words = contentWords(texts);
        const preloads: string[] = [];
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
          const css = typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString();
          file.source = dropUnusedVendorRules(css, vendorClasses, words);
          for (const face of options.preloadFonts) {
            const url = fontFaceUrl(file.source, face);
            if (url) preloads.push(posix.join(posix.dirname(file.fileName), url));
          }
        }
        if (preloads.length !== options.preloadFonts.length)
          this.error(
            `Only ${preloads.length} of ${options.preloadFonts.length} preloaded font faces were found.`,
          );
        const html = bundle['index.html'];
        if (html?.type !== 'asset' || typeof html.source !== 'string') return;
        const links = preloads
          .map((href) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${href}">`)
          .join('\n    ');
        html.source = html.source.replace(/(\s*)(<link rel="stylesheet")/, `$1${links}$1$2`);
      },
    },
  };
}
