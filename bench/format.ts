/** A figure as the bench prints it: French digits, `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("fr-FR", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}
