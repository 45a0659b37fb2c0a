/**
 * The UI asks for 12 characters, more than the domain's floor of 10: the passphrase is the only thing
 * between a stolen laptop and the assessor's signature, and 12 is also what sealing with a passphrase needs.
 */
export const MIN_PASSPHRASE = 12;

/** The first problem with a new passphrase and its confirmation, or undefined when both are fine. */
export function newPassphraseErrors(
  passphrase: string,
  confirm: string,
): { passphrase?: string; confirm?: string } {
  if (passphrase.length < MIN_PASSPHRASE) {
    return { passphrase: `Use a passphrase of at least ${MIN_PASSPHRASE} characters.` };
  }
  if (confirm !== passphrase)
    return { confirm: 'The two passphrases do not match. Type the same one twice.' };
  return {};
}
