import { useCallback, useSyncExternalStore } from 'react';

/**
 * Hash routing: "#/assessments/<id>/setup". Works from app://, 127.0.0.1 and file-like origins alike because
 * nothing but the fragment changes, so the shell never navigates.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function parseRoute(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part));
}

/** Whether these route parts show the library, the start screen ("#/" or "#/assessments"; routes.tsx). */
export function showsLibrary(parts: string[]): boolean {
  const [section = 'assessments', second] = parts;
  return section === 'assessments' && !second;
}

export function routeHref(...parts: string[]): string {
  return `#/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

export function useRoute(): { parts: string[]; navigate: (...parts: string[]) => void } {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((...parts: string[]) => {
    window.location.hash = routeHref(...parts);
  }, []);
  return { parts: parseRoute(hash), navigate };
}
