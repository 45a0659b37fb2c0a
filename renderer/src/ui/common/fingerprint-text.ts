/** "ab12…" (64 hex) → "AB:12:…", the form openssl prints, so a person can compare it character by character. */
export function colonFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':');
}
