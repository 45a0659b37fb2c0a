import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Where focus goes once an action that disabled its button has finished. A disabled button loses focus (to
 * the page body), so a keyboard or screen-reader user would be left nowhere: `settled()` moves focus to the
 * outcome (`outcomeRef`, given tabIndex -1) when one is shown, else back to the button (`buttonRef`), as the
 * export's outcome does.
 */
export function useFocusOnSettle<O extends HTMLElement, B extends HTMLElement>(): {
  outcomeRef: RefObject<O | null>;
  buttonRef: RefObject<B | null>;
  settled: () => void;
} {
  const outcomeRef = useRef<O>(null);
  const buttonRef = useRef<B>(null);
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count === 0) return;
    (outcomeRef.current ?? buttonRef.current)?.focus();
  }, [count]);
  return { outcomeRef, buttonRef, settled: () => setCount((value) => value + 1) };
}
