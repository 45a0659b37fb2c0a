/** Read-only listing of age recipients, apart from recipient-repository.ts so reading needs no age code. */
import type { AirrDatabase } from './database';
import type { RecipientRow } from './rows';

/** Every recipient, oldest first. */
export async function listRecipients(db: AirrDatabase): Promise<RecipientRow[]> {
  const rows = await db.recipients.toArray();
  return rows.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}
