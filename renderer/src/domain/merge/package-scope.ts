/**
 * Whether a return's change lies inside its work package. A package limited to some areas and/or roles may
 * change only: answers of its practices; evidence attached to its practices; findings that name at least one
 * practice and only its practices (before and after the change); and AI systems, which any practice may need
 * to name, short of removing one (other practices' answers may point at it). Everything else (the header,
 * the assessor list, the summary) belongs to the lead. A package with neither list is not limited.
 */
import { isRecord } from '../is-record';
import type { LeafChange, MergeInput, PackageScope } from './merge-types';

function isLimited(scope: PackageScope | undefined): scope is PackageScope {
  return scope !== undefined && (scope.areas !== undefined || scope.roles !== undefined);
}

function practiceTest(input: MergeInput): (id: unknown) => boolean {
  const scope = input.scope ?? {};
  const inside = new Set(
    input.practices
      .filter((practice) => (scope.areas ?? [practice.area]).includes(practice.area))
      .filter((practice) => (scope.roles ?? [practice.role]).includes(practice.role))
      .map((practice) => practice.id),
  );
  return (id) => typeof id === 'string' && inside.has(id);
}

function findingInside(finding: unknown, inScope: (id: unknown) => boolean): boolean {
  if (finding === null) return true;
  if (!isRecord(finding) || !Array.isArray(finding.practiceIds)) return false;
  return finding.practiceIds.length > 0 && finding.practiceIds.every(inScope);
}

function itemOf(input: MergeInput, list: 'findings' | 'evidence', id: string | undefined): unknown {
  const items = list === 'evidence' ? input.base.evidence : input.base.content.findings;
  return items.find((item) => item.id === id) ?? null;
}

/** The first change of theirs outside the package, or undefined when all are inside. */
export function outsideScope(input: MergeInput, changes: readonly LeafChange[]): LeafChange | undefined {
  if (!isLimited(input.scope)) return undefined;
  const inScope = practiceTest(input);
  const theirsFinding = (id: string | undefined) =>
    input.theirs.content.findings.find((f) => f.id === id) ?? null;
  return changes.find((change) => {
    const [root, id] = change.path;
    switch (root) {
      case 'answers':
        return !inScope(id);
      case 'evidence': {
        const meta = change.value ?? itemOf(input, 'evidence', id);
        return !isRecord(meta) || !inScope(meta.practiceId);
      }
      case 'findings':
        return !(
          findingInside(itemOf(input, 'findings', id), inScope) && findingInside(theirsFinding(id), inScope)
        );
      case 'systems':
        return change.kind === 'item' && change.value === null;
      default:
        return true;
    }
  });
}
