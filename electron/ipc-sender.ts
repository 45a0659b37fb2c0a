/**
 * Who may call our IPC handlers: only the top frame of our own window, showing our own origin. A frame we
 * did not create (an iframe, another window, a page navigated elsewhere) is refused before any payload is
 * looked at. Structural types keep this testable without Electron.
 */
import { isAppUrl } from './app-origin';

export interface FrameLike {
  url: string;
  processId: number;
  routingId: number;
}

export interface SenderEventLike {
  sender: unknown;
  senderFrame: FrameLike | null;
}

export interface TrustedContents {
  mainFrame: FrameLike;
}

/** `expected` is our window's webContents, or null when the window is gone. */
export function isTrustedSender(event: SenderEventLike, expected: TrustedContents | null): boolean {
  const frame = event.senderFrame;
  if (expected === null || frame === null) return false;
  if (event.sender !== expected) return false;
  const main = expected.mainFrame;
  const isTopFrame =
    frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return isTopFrame && isAppUrl(frame.url);
}
