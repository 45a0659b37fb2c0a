/**
 * Every way an export can end other than with a saved file, as one typed union: the screen switches on these
 * codes (and shows the sentence that comes with them); none is ever parsed out of an exception.
 */
import type { BundleErrorCode } from '../../domain/bundle/bundle-error';
import type { SealErrorCode } from '../../domain/bundle/seal';
import type { SignPdfErrorCode } from '../../domain/report/sign-pdf';
import { failure, type Failure } from '../../domain/result';
import type { PlatformCode } from '../../platform';
import type { ExportSourceResult } from '../../storage/export-source';

type SourceCode = Extract<ExportSourceResult, { ok: false }>['code'];

export type ExportCode =
  | SourceCode
  | BundleErrorCode
  | SignPdfErrorCode
  | SealErrorCode
  | PlatformCode
  /** The user closed the save dialog: nothing was written, and nothing needs saying. */
  | 'not-saved'
  /** The file was written but storage could not mark its revision exported (export-revision.ts). */
  | 'export-not-recorded';

export type ExportFailure = Failure<ExportCode>;

export const NOT_SAVED: ExportFailure = failure('not-saved', 'No file was chosen, so nothing was saved.');

export const CANCELLED: ExportFailure = failure('cancelled', 'The export was canceled.');
