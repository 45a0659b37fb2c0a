import type { Failure } from '../result';

export type BundleErrorCode =
  | 'invalid-assessment'
  | 'invalid-evidence'
  | 'evidence-missing'
  | 'evidence-changed'
  | 'signer-invalid'
  | 'key-certificate-mismatch'
  | 'bundle-too-large'
  | 'report-too-large'
  /** The work package does not fit the document or the signer (see work-package-check.ts). */
  | 'work-package-invalid'
  | 'cancelled'
  | 'export-failed';

/** Thrown inside bundle building; {@link writeBundle} turns it into a {@link Failure} value. */
export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }

  toFailure(): Failure<BundleErrorCode> {
    return { ok: false, code: this.code, message: this.message };
  }
}

/** Maps anything thrown during export to a failure value with a stable code. */
export function toBundleFailure(error: unknown): Failure<BundleErrorCode> {
  if (error instanceof BundleError) return error.toFailure();
  const detail = error instanceof Error ? ` ${error.message}` : '';
  return { ok: false, code: 'export-failed', message: `The bundle could not be written.${detail}` };
}
