import type { CellValue, Grid } from "../../src/core/grid";

export const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A register grid from a header and rows given as records. */
export function registerGrid(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, CellValue>>[],
  name = "Marchés",
): Grid {
  return { name, rows: [[...headers], ...rows.map((r) => headers.map((h) => r[h] ?? null))] };
}

/** An indicator sheet: header then rows given as records. */
export function pilotGrid(
  headers: readonly string[],
  rows: readonly Readonly<Record<string, CellValue>>[],
  name = "Indicateurs",
  titleRows = 0,
): Grid {
  const titles: CellValue[][] = Array.from({ length: titleRows }, (_, i) =>
    i === 0 ? ["Tableau de pilotage"] : [],
  );
  return {
    name,
    rows: [...titles, [...headers], ...rows.map((r) => headers.map((h) => r[h] ?? null))],
  };
}
