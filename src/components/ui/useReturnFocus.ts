/**
 * When a temporary control (an edit field, a small form) closes, focus goes back to the
 * element that opened it – but only when focus was lost with the closed control. If the
 * person already moved on (clicked or tabbed elsewhere), focus stays where they put it.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReturnFocus(open: boolean, target: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const active = document.activeElement;
      if (!active || active === document.body) target.current?.focus();
    }
    wasOpen.current = open;
  }, [open, target]);
}
