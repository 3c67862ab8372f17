/**
 * A bar stuck to the bottom of the pane must never hide the focused field (WCAG 2.2, 2.4.11):
 * the page's scroll padding follows the bar's height (so that scrolling a field into view stops
 * above it), and a field that still ends up under the bar once focused is scrolled clear of it.
 */
import { type RefObject, useEffect } from "react";

const GAP_PX = 8;

export function useStickyBottom(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const pad = (): void => {
      root.style.scrollPaddingBottom = `${element.offsetHeight + GAP_PX}px`;
    };
    pad();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(pad);
    observer?.observe(element);
    const onFocus = (event: FocusEvent): void => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || element.contains(target)) return;
      requestAnimationFrame(() => {
        const covered = target.getBoundingClientRect().bottom - element.getBoundingClientRect().top;
        if (covered > 0) window.scrollBy({ top: covered + GAP_PX });
      });
    };
    document.addEventListener("focusin", onFocus);
    return () => {
      observer?.disconnect();
      document.removeEventListener("focusin", onFocus);
      root.style.scrollPaddingBottom = "";
    };
  }, [bar]);
}
