/**
 * Publication data: the L2111-3 table as CSV for an open-data portal — UTF-8 with BOM, `;`
 * separators, French decimals (comma), no thousands separator, one row per (group, category).
 * Shares are percentages with one decimal, as printed in the document.
 */
import type { Bilan, PurchaseGroup } from "./model";

export const CSV_HEADER = [
  "Année",
  "Regroupement",
  "Groupe",
  "Catégorie",
  "Nombre de marchés",
  "Part en nombre (%)",
  "Montant HT (€)",
  "Part en valeur (%)",
] as const;

function field(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function decimal(n: number, digits: number): string {
  const f = 10 ** digits;
  return String(Math.round(n * f) / f).replace(".", ",");
}

/** A share as a percentage with one decimal (« 31,3 »), empty when there is none. */
export function csvShare(share: number | null): string {
  return share === null ? "" : decimal(share * 100, 1);
}

export function purchasesCsv(b: Bilan): string {
  const rows: string[][] = [[...CSV_HEADER]];
  const add = (kind: string, g: PurchaseGroup) => {
    for (const l of g.lines)
      rows.push([
        String(b.year),
        kind,
        g.name,
        l.key === "tous" ? "Tous les marchés notifiés" : `Marchés ${l.label}`,
        l.available ? String(l.count) : "",
        csvShare(l.shareCount),
        l.available ? decimal(l.amount, 2) : "",
        csvShare(l.shareAmount),
      ]);
  };
  if (b.purchases.available) {
    add("Ensemble", b.purchases.total);
    for (const g of b.purchases.byDirection) add("Direction", g);
    for (const g of b.purchases.byNature) add("Nature", g);
  }
  return `\ufeff${rows.map((r) => r.map(field).join(";")).join("\r\n")}\r\n`;
}
