/**
 * Strict reading of a PEM certificate: exactly one CERTIFICATE block, only whitespace around it, only
 * canonical base64 and whitespace inside. Anything more is refused rather than skipped, so the text a person
 * was handed can never hold a second certificate or bytes the app would silently ignore.
 */
import { fromBase64, toBase64 } from './bytes';
import { failure, success, type Result } from '../result';

export type PemErrorCode =
  | 'certificate-unreadable'
  | 'certificate-pem-multiple'
  | 'certificate-pem-extra-text'
  | 'certificate-pem-bad-base64';

const BEGIN = '-----BEGIN CERTIFICATE-----';
const END = '-----END CERTIFICATE-----';

function count(text: string, needle: string): number {
  let found = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found++;
  return found;
}

/** The DER bytes of the single certificate in PEM text, or why the text is not exactly that. */
export function certificateFromPem(text: string): Result<Uint8Array, PemErrorCode> {
  if (count(text, '-----BEGIN ') === 0 || !text.includes(BEGIN))
    return failure('certificate-unreadable', 'The text does not contain a PEM certificate.');
  if (count(text, '-----BEGIN ') > 1 || count(text, '-----END ') > 1)
    return failure(
      'certificate-pem-multiple',
      'The text holds more than one PEM block. Give exactly one certificate.',
    );
  if (!text.includes(END))
    return failure(
      'certificate-unreadable',
      'The certificate text ends before its -----END CERTIFICATE----- line.',
    );
  const trimmed = text.trim();
  if (!trimmed.startsWith(BEGIN) || !trimmed.endsWith(END))
    return failure(
      'certificate-pem-extra-text',
      'The text holds something besides the certificate. Give only the lines from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.',
    );
  const body = trimmed.slice(BEGIN.length, trimmed.length - END.length).replace(/\s+/g, '');
  const badBase64 = failure(
    'certificate-pem-bad-base64',
    'The certificate text is damaged: it has characters that are not base64, or base64 that does not end cleanly.',
  );
  if (body.length === 0 || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return badBase64;
  let der: Uint8Array;
  try {
    der = fromBase64(body);
  } catch {
    return badBase64;
  }
  // Non-zero padding bits decode to the same bytes; refusing them keeps one text per certificate.
  return toBase64(der) === body ? success(der) : badBase64;
}
