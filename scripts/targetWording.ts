/**
 * How a coordinator writes the catalogue's targets and deadlines in the `Cible` and `Échéance`
 * columns (« ≥ 35 % », « 100 % », « Augmenter », « oui », « — », « 2030 », « chaque semestre »).
 */
import type { CatalogueIndicator } from "../src/core/catalogue";

function percent(fraction: number): string {
  return `${String(Math.round(fraction * 1000) / 10).replace(".", ",")} %`;
}

export function targetText(indicator: CatalogueIndicator): string {
  const t = indicator.target;
  const isRate = indicator.unit === "%" || indicator.unit === "%±";
  switch (t.kind) {
    case "min":
      if (isRate) return t.value === 1 ? "100 %" : `≥ ${percent(t.value)}`;
      return `≥ ${t.value}`;
    case "max":
      return isRate ? `≤ ${percent(t.value)}` : `≤ ${t.value}`;
    case "hausse":
      return "Augmenter";
    case "baisse":
      return "Réduire";
    case "oui":
      return "oui";
    case "aucune":
      return "—";
  }
}

/** A year as a number (what Excel keeps when one types 2030), else the words, else nothing. */
export function deadlineCell(indicator: CatalogueIndicator): number | string | null {
  const d = indicator.deadline;
  switch (d.kind) {
    case "year":
      return d.year;
    case "every-semester":
      return "chaque semestre";
    case "every-year":
      return "chaque année";
    case "none":
      return null;
  }
}
