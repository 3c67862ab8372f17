/**
 * The Office.js round trips of a refresh, for `npm run bench` (PRODUCT §10: ≤ 4 syncs while
 * the data read is under 4 MB, +1 per further 4 MB). Pure: imports no Office.js types, so the
 * CLI build can compile it.
 */
import { PAYLOAD_LIMIT_BYTES, TYPICAL_CELL_BYTES } from "./payloadBudget";
import { refreshSyncCount } from "./readPlan";

export interface SyncBudgetFigure {
  readonly rows: number;
  readonly columns: number;
  /** Estimated bytes read (typical register cells). */
  readonly bytes: number;
  readonly syncs: number;
  /** What PRODUCT §10 allows for that much data. */
  readonly budget: number;
}

/** PRODUCT §10's allowance: 4 syncs up to 4 MB read, one more per further 4 MB. */
export function syncAllowance(bytesRead: number): number {
  return 4 + Math.max(0, Math.ceil(bytesRead / PAYLOAD_LIMIT_BYTES) - 1);
}

export function syncBudgetFigures(
  sizes: readonly (readonly [number, number])[] = [
    [1_000, 20],
    [1_000, 30],
    [100_000, 20],
    [100_000, 30],
    [500_000, 20],
    [500_000, 30],
  ],
): SyncBudgetFigure[] {
  return sizes.map(([rows, columns]) => {
    const bytes = rows * columns * TYPICAL_CELL_BYTES;
    // The pilot sheet is the other sheet sampled.
    const syncs = refreshSyncCount({ rows: rows + 1, columns, otherSheets: 1 });
    return { rows, columns, bytes, syncs, budget: syncAllowance(bytes) };
  });
}

const nf = (n: number, digits = 0): string =>
  n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Printable lines, in French, for the benchmark. */
export function syncCountLines(): string[] {
  return [
    `Registre de N marchés × C colonnes, ${TYPICAL_CELL_BYTES} octets par cellule lue (valeur + type), tranches ≤ 3,9 Mio :`,
    ...syncBudgetFigures().map(
      (f) =>
        `${nf(f.rows).padStart(8)} × ${f.columns} colonnes (≈ ${nf(f.bytes / 1024 / 1024, 1)} Mio lus) : ` +
        `${f.syncs} allers-retours dont 1 d'écriture — budget ${f.budget} : ` +
        `${f.syncs <= f.budget ? "respecté" : `dépassé de ${f.syncs - f.budget}`}`,
    ),
  ];
}
