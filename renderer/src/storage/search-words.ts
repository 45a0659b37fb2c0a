/**
 * The words a header is found by: lowercase letters-and-digits runs of its title and site name. Stored on the
 * header under a multi-entry index, so a library search walks only the headers containing a word that
 * starts with the first search term, not the whole table.
 */
export function searchWordsOf(...texts: string[]): string[] {
  const words =
    texts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

/** The terms of a search, normalised the same way. */
export function searchTerms(text: string): string[] {
  return searchWordsOf(text);
}
