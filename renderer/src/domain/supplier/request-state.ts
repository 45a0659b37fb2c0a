/**
 * Where a sent request stands, for the overview: answered once a response to it was accepted, overdue when its
 * due date has passed without one, sent otherwise. Dates compare as yyyy-mm-dd text in the device's day.
 */
export const REQUEST_STATES = ['sent', 'answered', 'overdue'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export function requestState(
  request: { dueDate: string; responseIds: readonly string[] },
  today: string,
): RequestState {
  if (request.responseIds.length > 0) return 'answered';
  return request.dueDate < today ? 'overdue' : 'sent';
}

/** Today as yyyy-mm-dd in local time (the due date the assessor typed is a local date). */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
