/**
 * Whether a verified response answers a request this device sent, and may be signed by whom signed it. A
 * response is bound to its request by the request id, the SHA-256 of the request bundle's SHA256SUMS and the
 * requester's certificate fingerprint, all three as this device recorded them when it saved the request, and
 * it must echo the supplier id the request carried. The first accepted response pins its signer for that
 * supplier (as SSH pins a host key); a later one signed by any other certificate is refused, however alike
 * the names.
 */
import { failure, success, type Result } from '../result';
import type { AttestationTrust } from './supplier-attestation';
import type { SupplierResponseDocument } from './supplier-documents';

export const BINDING_CODES = [
  'unknown-request',
  'request-digest-mismatch',
  'requester-mismatch',
  'supplier-mismatch',
  'supplier-signer-changed',
] as const;
export type BindingCode = (typeof BINDING_CODES)[number];

/** A request as this device recorded it when it saved the request bundle. */
export interface SentRequest {
  id: string;
  supplierId: string;
  supplierName: string;
  sumsSha256: string;
  signerFingerprint: string;
}

/** The signer a supplier's responses must come from. */
export interface PinnedSigner {
  fingerprint: string;
  signerName: string;
}

export interface BoundResponse {
  /** True when no signer is pinned for this supplier yet: accepting pins this one. */
  firstResponse: boolean;
}

const short = (fingerprint: string) => `${fingerprint.slice(0, 8)}…${fingerprint.slice(-8)}`;

export function checkResponseBinding(
  response: Pick<SupplierResponseDocument, 'request' | 'supplierId'>,
  signer: { fingerprint: string; name: string },
  request: SentRequest | undefined,
  pin: PinnedSigner | undefined,
): Result<BoundResponse, BindingCode> {
  if (!request)
    return failure(
      'unknown-request',
      'This response answers a request this device did not send, so it is not taken in. Only responses to requests saved from this device can be imported here.',
    );
  if (response.request.sumsSha256 !== request.sumsSha256)
    return failure(
      'request-digest-mismatch',
      'This response quotes another version of the request than the one this device signed and saved (the SHA256SUMS digests differ), so it is not taken in.',
    );
  if (response.request.requesterFingerprint !== request.signerFingerprint)
    return failure(
      'requester-mismatch',
      `This response names another requester certificate (${short(response.request.requesterFingerprint)}) than the one that signed the request (${short(request.signerFingerprint)}), so it is not taken in.`,
    );
  if (response.supplierId !== request.supplierId)
    return failure(
      'supplier-mismatch',
      `This response names another supplier than the request was sent to (${request.supplierName}), so it is not taken in.`,
    );
  if (pin && pin.fingerprint !== signer.fingerprint)
    return failure(
      'supplier-signer-changed',
      `${request.supplierName}'s responses are signed by ${pin.signerName} (certificate ${short(pin.fingerprint)}), pinned at the first accepted response; this one is signed by ${signer.name || 'another signer'} (certificate ${short(signer.fingerprint)}), so it is not taken in.`,
    );
  return success({ firstResponse: !pin });
}

/** The signer's standing when a response is accepted: in the trust store, else pinned by an earlier one. */
export function attestationTrust(trusted: boolean, firstResponse: boolean): AttestationTrust {
  if (trusted) return 'trusted';
  return firstResponse ? 'unknown' : 'pinned';
}
