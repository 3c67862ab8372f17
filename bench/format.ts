/** A figure as the bench prints it: French digits, `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("fr-FR", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** The median of `xs` (the upper middle one for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
