/**
 * The Office.js round trips of a refresh, for `npm run bench` (PRODUCT §10: ≤ 4 syncs while
 * the data read is under 4 MB, +1 per further 4 MB). Pure: imports no Office.js types, so the
 * CLI build can compile it.
 */
import { PAYLOAD_LIMIT_BYTES, TYPICAL_CELL_BYTES } from "./payloadBudget";
import {
  refreshSyncCount,
  registerDataBytes,
  registerRowBytes,
  type SyncCountInput,
} from "./readPlan";

/**
 * Spread of a register row's weight, relative to its mean: texts of varying length (the
 * test register measures 6.7 % at 20 and 5 % at 30 columns); 10 % to stay on the safe side.
 */
export const TYPICAL_ROW_SPREAD = 0.1;

export interface SyncBudgetFigure {
  readonly rows: number;
  readonly columns: number;
  /** Bytes of the register read (values and value types of its data rows). */
  readonly bytes: number;
  /** Syncs of the refresh: header syncs, data slices, 1 write. */
  readonly syncs: number;
  /** What PRODUCT §10 allows for that much data. */
  readonly budget: number;
}

/** PRODUCT §10's allowance: 4 syncs up to 4 MB read, one more per further 4 MB. */
export function syncAllowance(bytesRead: number): number {
  return 4 + Math.max(0, Math.ceil(bytesRead / PAYLOAD_LIMIT_BYTES) - 1);
}

/** The plan's input for a typical register of `rows` data rows and `columns` columns. */
export function typicalRegister(rows: number, columns: number): SyncCountInput {
  const base = { rows: rows + 1, columns, cellBytes: TYPICAL_CELL_BYTES };
  // The pilot sheet is the other sheet sampled.
  return { ...base, rowSd: registerRowBytes(base) * TYPICAL_ROW_SPREAD, otherSheets: 1 };
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
    const input = typicalRegister(rows, columns);
    // The allowance is computed on the register's data only: the header samples and the
    // pilot sheet would add a little, so this is the stricter reading.
    const bytes = registerDataBytes(input);
    return { rows, columns, bytes, syncs: refreshSyncCount(input), budget: syncAllowance(bytes) };
  });
}

const nf = (n: number, digits = 0): string =>
  n.toLocaleString("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Printable lines, in French, for the benchmark. */
export function syncCountLines(): string[] {
  return [
    `Registre de N marchés × C colonnes, ${TYPICAL_CELL_BYTES} octets par cellule lue (valeur + type), ` +
      `écart type d'une ligne ${nf(TYPICAL_ROW_SPREAD * 100)} %, réponses < 4 Mio :`,
    ...syncBudgetFigures().map(
      (f) =>
        `${nf(f.rows).padStart(8)} × ${f.columns} colonnes (≈ ${nf(f.bytes / 1024 / 1024, 1)} Mio lus) : ` +
        `${f.syncs} allers-retours dont 1 d'écriture — budget ${f.budget} : ` +
        `${f.syncs <= f.budget ? "respecté" : `dépassé de ${f.syncs - f.budget}`}`,
    ),
  ];
}
