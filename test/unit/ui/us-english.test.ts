/**
 * Everything a user reads is in U.S. English: the framework pack's text and every string and JSX text in the
 * renderer's screens and report. Strings are taken from the TypeScript syntax tree, so identifiers, comments
 * and attribute names (aria-labelledby) are not judged; a one-word kebab-case string is a code, not prose.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** British spellings seen in drafts of this app, and their common family; whole words, any case. */
const BRITISH =
  /\b(organis\w*|behaviour\w*|colour\w*|honour\w*|favour\w*|licence|catalogue\w*|analys(e|ed|es|ing)|recognis\w*|authoris\w*|minimis\w*|prioritis\w*|summaris\w*|normalis\w*|standardis\w*|centre\w*|utilis\w*|cancell(ed|ing)|judgement\w*|artefact\w*|modelling|labelled|travelled|programme\w*|defence|grey|optimis\w*|emphasis(e|ed|es|ing)|finalis\w*|customis\w*|digitis\w*|whilst|amongst)\b/i;

/** Source files below `dir`; a folder that does not exist (yet) has none. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

function userStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(node.text)) found.push(node.text);
    } else if (ts.isJsxText(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function britishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const match = BRITISH.exec(text);
    return match ? [`"${match[0]}" in: ${text.trim().slice(0, 80)}`] : [];
  });
}

describe('U.S. English', () => {
  it('the pattern catches British spellings and leaves U.S. ones alone', () => {
    expect(britishIn(['Organisations and their behaviour', 'The export was cancelled.'])).toHaveLength(2);
    expect(britishIn(['Organizations and their behavior', 'The export was canceled.', 'labeled'])).toEqual(
      [],
    );
  });

  it('every string the screens, the report and the platform show is U.S. English', () => {
    const files = [
      ...filesUnder(join(ROOT, 'renderer/src/ui'), ['.ts', '.tsx']),
      ...filesUnder(join(ROOT, 'renderer/src/domain'), ['.ts']),
      ...filesUnder(join(ROOT, 'renderer/src/storage'), ['.ts']),
      ...filesUnder(join(ROOT, 'renderer/src/platform'), ['.ts']),
      ...filesUnder(join(ROOT, 'renderer/src/services'), ['.ts']),
      ...filesUnder(join(ROOT, 'cli'), ['.ts']),
    ];
    const problems = files.flatMap((file) =>
      britishIn(userStrings(file)).map((problem) => `${relative(ROOT, file)}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('the framework packs are U.S. English', () => {
    const packs = filesUnder(join(ROOT, 'assets/frameworks'), ['.json']);
    expect(packs.length).toBeGreaterThan(0);
    const problems = packs.flatMap((file) =>
      britishIn(jsonStrings(JSON.parse(readFileSync(file, 'utf8')))).map(
        (problem) => `${relative(ROOT, file)}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
