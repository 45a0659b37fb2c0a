import { hasExtension } from './read-file';

/** Linux file dialogs do not add the filter's extension; a bundle saved without one would not reopen. */
export function withExtension(filePath: string, extensions: readonly string[]): string {
  const first = extensions[0];
  if (first === undefined || hasExtension(filePath, extensions)) return filePath;
  return `${filePath}.${first}`;
}
