/**
 * Build step: one small module of its own, loaded `async` from the page's head, so it runs as soon as it
 * arrives instead of after the app's script (Vite would fold a second `<script type="module">` of
 * index.html into the app's entry, which is what this avoids). Used for warm-database.ts: the database's
 * backing store opens while the app's script is still being fetched and evaluated.
 */
import type { Plugin } from 'vite';

/** Stands in index.html where the early script's tag goes. */
export const EARLY_SCRIPT_MARKER = '<!-- early-script -->';

export function earlyScriptPlugin(entry: string): Plugin {
  const name = 'early';
  return {
    name: 'airr:early-script',
    apply: 'build',
    options(options) {
      const input = options.input ?? 'index.html';
      const inputs = typeof input === 'string' ? { index: input } : Array.isArray(input) ? {} : input;
      if (Array.isArray(input)) input.forEach((item, index) => (inputs[`input${index}`] = item));
      return { ...options, input: { ...inputs, [name]: entry } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === name,
        );
        if (!chunk) throw new Error(`The early script ${entry} was not built.`);
        if (chunk.type === 'chunk' && chunk.imports.length > 0)
          throw new Error(`The early script ${entry} imports other chunks; it must stand alone.`);
        if (!html.includes(EARLY_SCRIPT_MARKER))
          throw new Error(`index.html has no ${EARLY_SCRIPT_MARKER} where the early script goes.`);
        // Where the marker stands (first in the head after the policy): requested, and so run, first.
        return html.replace(
          EARLY_SCRIPT_MARKER,
          `<script type="module" async src="./${chunk.fileName}"></script>`,
        );
      },
    },
  };
}
