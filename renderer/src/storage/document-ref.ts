/** Document references as routes and compare links spell them; light, so the library's signer reads need no schema code. */
/** "id" for the current revision, "id@3" for history revision 3. */
export function parseDocumentRef(ref: string): { id: string; revision: number | null } {
  const at = ref.lastIndexOf('@');
  if (at < 0) return { id: ref, revision: null };
  const revision = Number(ref.slice(at + 1));
  return Number.isInteger(revision) && revision > 0
    ? { id: ref.slice(0, at), revision }
    : { id: ref, revision: null };
}
