import { failure, success, type Failure, type Result } from '../result';
import { FrameworkPack } from './pack-schema';

/** One problem found in a pack, with the dotted path of the offending value ("" for the pack itself). */
export interface PackIssue {
  path: string;
  message: string;
}

/** The validated pack, or 'pack-invalid' with every issue found. */
export type LoadPackResult = Result<
  FrameworkPack,
  'pack-invalid',
  Failure<'pack-invalid'> & { issues: PackIssue[] }
>;

/**
 * Validates untrusted JSON (already parsed) as a framework pack. Never throws: a broken pack is a value with
 * a human sentence naming the first problem and the full list of issues.
 */
export function loadPack(json: unknown): LoadPackResult {
  const parsed = FrameworkPack.safeParse(json);
  if (parsed.success) return success(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? ` (at ${first.path})` : '';
  const more = issues.length > 1 ? ` ${issues.length - 1} more problem(s) follow.` : '';
  const message = `The framework pack is not valid: ${first?.message ?? 'unknown problem'}${where}.${more}`;
  return { ...failure('pack-invalid', message), issues };
}
