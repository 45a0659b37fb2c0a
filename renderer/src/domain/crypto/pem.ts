import { fromBase64, toBase64 } from './bytes';

/** Wraps DER bytes in PEM armor with 64-character lines, as OpenSSL writes it. */
export function toPem(der: Uint8Array, label: string): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Extracts the DER bytes of the first PEM block with the given label, or null if there is none. */
export function fromPem(pem: string, label: string): Uint8Array | null {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) return null;
  try {
    return fromBase64(match[1]);
  } catch {
    return null;
  }
}
