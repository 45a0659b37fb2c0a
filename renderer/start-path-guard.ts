/**
 * Fails the build when the start path (the entry chunk and the chunks it imports statically) holds code the
 * first screen must not load: schema validation, the framework pack, the React component library. Each such
 * import costs every start-up its parse and run time; the message names the module that brought it in, so
 * the fix (a light module, a deferred Store function, plain markup) is found at once.
 */
import type { Plugin } from 'vite';

export interface StartPathRule {
  /** Matched against module ids (absolute paths). */
  pattern: RegExp;
  /** Why it must stay out of the start path. */
  reason: string;
}

/** The app's own start-path modules (outside node_modules) through which `id` is imported, nearest first. */
function appImporters(
  id: string,
  importersOf: (id: string) => readonly string[],
  onPath: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  const seen = new Set([id]);
  const queue = [...importersOf(id)];
  while (queue.length > 0 && found.length < 5) {
    const module = queue.shift() as string;
    if (seen.has(module)) continue;
    seen.add(module);
    if (module.includes('/node_modules/')) queue.push(...importersOf(module));
    else if (onPath.has(module)) found.push(module);
  }
  return found;
}

export function startPathGuard(rules: readonly StartPathRule[]): Plugin {
  return {
    name: 'airr:start-path-guard',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file]] : [])),
      );
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return;
      const onPath = new Set<string>();
      const seen = new Set<string>();
      const queue = [entry.fileName];
      while (queue.length > 0) {
        const chunk = chunks.get(queue.pop() as string);
        if (!chunk || seen.has(chunk.fileName)) continue;
        seen.add(chunk.fileName);
        queue.push(...chunk.imports);
        for (const id of chunk.moduleIds) onPath.add(id);
      }
      for (const id of onPath) {
        const broken = rules.find((rule) => rule.pattern.test(id));
        if (!broken) continue;
        const culprits = appImporters(id, (module) => this.getModuleInfo(module)?.importers ?? [], onPath);
        this.error(
          `${id} is on the start path (brought in by ${culprits.join(', ') || 'the entry'}): ${broken.reason}`,
        );
      }
    },
  };
}
