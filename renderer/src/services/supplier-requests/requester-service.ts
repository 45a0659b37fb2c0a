/** The requester side's services, as one lazily loaded chunk (bundle, PDF, signature and font code). */
import type { AirrDatabase } from '../../storage/database';
import { REPORT_FONTS } from '../export/report-fonts';
import { sendSupplierRequest as send, type SendRequestInput } from './send-request';

export { acceptOpenedResponse, openSupplierResponse, type OpenedResponse } from './open-response';
export type { SendRequestInput, SentRequestFile } from './send-request';

/** Signs and saves a request with the report fonts in its PDF. */
export function sendSupplierRequest(db: AirrDatabase, input: SendRequestInput) {
  return send(db, input, REPORT_FONTS);
}
