import { MAX_CERTIFICATE_TEXT } from '../../domain/crypto/certificate-limits';
import type { Platform } from '../../platform';

export type CertificateFileRead =
  | { kind: 'chosen'; input: string | Uint8Array }
  | { kind: 'cancelled' }
  | { kind: 'too-large' }
  | { kind: 'failed'; message: string };

/**
 * Asks for one certificate file (.pem/.crt/.cer) and returns what parseCertificate reads: PEM text when the
 * file is PEM, else its bytes as DER. A file far larger than any certificate is not read into memory.
 */
export async function chooseCertificateFile(platform: Platform): Promise<CertificateFileRead> {
  const opened = await platform.openFiles({ extensions: ['pem', 'crt', 'cer'], multiple: false });
  if (!opened.ok) return { kind: 'failed', message: opened.message };
  const [file] = opened.value;
  if (!file) return { kind: 'cancelled' };
  if (file.blob.size > MAX_CERTIFICATE_TEXT) return { kind: 'too-large' };
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { kind: 'chosen', input: text.includes('-----BEGIN ') ? text : bytes };
}

export const CERTIFICATE_FILE_TOO_LARGE =
  'This file is far larger than a certificate, so it is not one. Choose the assessor’s certificate file.';
