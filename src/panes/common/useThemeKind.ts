import { useEffect, useState } from "react";
import { type ThemeKind, themeKind } from "./themeKind";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_QUERY).matches;
}

/**
 * The theme to render with. `officeBackground` is Office's body background colour once the pane
 * knows it runs inside Office (undefined in browser mode, where the system preference is followed
 * live).
 */
export function useThemeKind(officeBackground: string | undefined): ThemeKind {
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (e: MediaQueryListEvent): void => setPrefersDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return themeKind(officeBackground, prefersDark);
}

/** Office's body background colour, when Office.js is loaded and exposes a theme. */
export function readOfficeBackground(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.officeTheme?.bodyBackgroundColor ?? undefined;
}
