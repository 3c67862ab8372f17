/** Light or dark, following Office's theme inside Office and the system preference outside. */
export type ThemeKind = "light" | "dark";

/** Relative luminance of a "#RRGGBB" colour (WCAG formula); undefined when unreadable. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/**
 * Office gives its theme as colours, not as a name: a dark body background means a dark theme.
 * Without an Office theme (browser mode), the system's `prefers-color-scheme` decides.
 */
export function themeKind(officeBackground: string | undefined, prefersDark: boolean): ThemeKind {
  if (officeBackground !== undefined) {
    const l = luminance(officeBackground);
    if (l !== undefined) return l < 0.3 ? "dark" : "light";
  }
  return prefersDark ? "dark" : "light";
}
