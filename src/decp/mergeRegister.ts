import { cellAddress, type CellValue, type Grid } from "../core/grid";
import type { DecpColumnKey, ImportedContract } from "./decpTypes";
import { sameCell } from "./cellEquality";
import { readText } from "./fieldReaders";
import { normalizeLabel } from "./normalizeLabel";
import {
  CANONICAL_REGISTER_HEADERS,
  DECP_COLUMN_FORMATS,
  DECP_COLUMN_KEYS,
  DECP_COLUMN_LABELS,
  findRegisterHeader,
  mapRegisterHeader,
  type ColumnMap,
} from "./registerColumns";

/** One cell to write into the register sheet (0-based row and column of the sheet). */
export interface CellChange {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly previous: CellValue;
  readonly value: CellValue;
  /** Excel number format to give the cell (dates, amounts), when it has one. */
  readonly numberFormat?: string;
}

/** Something the merge could not do, for the report. */
export interface MergeNotice {
  readonly record: string;
  readonly reference: string;
  readonly message: string;
}

export interface MergeCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Imported contracts matching a row typed by hand (Source ≠ DECP), left as they were. */
  readonly manualConflicts: number;
}

export type MergeOutcome =
  | {
      readonly ok: true;
      /** The register sheet's whole new content (header row included), rows ragged. */
      readonly rows: readonly (readonly CellValue[])[];
      readonly headerRow: number;
      /** Only the cells that differ from the existing sheet: what a writer has to write. */
      readonly changes: readonly CellChange[];
      /** Labels of the columns appended at the right of the header. */
      readonly appendedColumns: readonly string[];
      readonly counts: MergeCounts;
      readonly notices: readonly MergeNotice[];
    }
  | { readonly ok: false; readonly message: string };

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Merges imported DECP contracts into the register (pure). Rows are keyed by buyer SIRET +
 * reference. Only rows the DECP wrote (Source = DECP) are updated, and only in the DECP
 * columns; columns filled by hand and rows typed by hand are never touched. A value the new
 * file cannot give (left empty after an anomaly) does not erase the one in the register.
 * Re-importing the same contracts gives no change.
 */
export function mergeRegister(
  existing: Grid | undefined,
  contracts: readonly ImportedContract[],
): MergeOutcome {
  const rows: CellValue[][] = (existing?.rows ?? []).map((r) => [...r]);
  const changes: CellChange[] = [];
  const set = (row: number, col: number, value: CellValue, numberFormat?: string): void => {
    const line = (rows[row] ??= []);
    while (line.length < col) line.push(null);
    const previous = line[col] ?? null;
    line[col] = value;
    changes.push({
      row,
      col,
      address: cellAddress(row, col),
      previous,
      value,
      ...(numberFormat ? { numberFormat } : {}),
    });
  };

  let headerRow: number;
  let columns: ColumnMap;
  const appendedColumns: string[] = [];
  let firstAppended = 0;
  const hasContent = rows.some((r) => r.some((c) => !isBlank(c)));
  if (!hasContent) {
    rows.length = 0;
    headerRow = 0;
    CANONICAL_REGISTER_HEADERS.forEach((label, col) => set(0, col, label));
    columns = mapRegisterHeader(CANONICAL_REGISTER_HEADERS);
  } else {
    const found = findRegisterHeader(rows);
    if (!found) {
      return {
        ok: false,
        message: `La feuille «\u00a0${existing?.name ?? ""}\u00a0» n’a pas de ligne d’en-tête reconnue (il faut au moins une colonne «\u00a0Référence\u00a0» parmi les 20 premières lignes)\u00a0: le registre n’a pas été modifié.`,
      };
    }
    headerRow = found.row;
    columns = { ...found.columns };
    const header = rows[headerRow]!;
    firstAppended = header.reduce<number>((last, c, i) => (isBlank(c) ? last : i), -1) + 1;
    let nextCol = firstAppended;
    for (const key of DECP_COLUMN_KEYS) {
      if (columns[key] !== undefined) continue;
      appendedColumns.push(DECP_COLUMN_LABELS[key]);
      columns[key] = nextCol++;
    }
  }
  // Missing columns are only written when some row is: a run that imports nothing changes nothing.
  const col = (key: DecpColumnKey): number => columns[key]!;

  // Index the existing rows: by full key, and by reference alone for rows without a buyer.
  const byKey = new Map<string, number>();
  const byReference = new Map<string, number>();
  let lastUsed = headerRow;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const line = rows[r]!;
    if (line.some((c) => !isBlank(c))) lastUsed = r;
    const ref = readText(line[col("reference")]);
    if (ref === undefined) continue;
    const buyer = readText(line[col("acheteur")]) ?? "";
    if (!byKey.has(`${buyer}|${ref}`)) byKey.set(`${buyer}|${ref}`, r);
    if (buyer === "" && !byReference.has(ref)) byReference.set(ref, r);
  }

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let manualConflicts = 0;
  const notices: MergeNotice[] = [];
  for (const contract of contracts) {
    const reference = String(contract.row.reference);
    const target = byKey.get(contract.key) ?? byReference.get(reference);
    if (target === undefined) {
      const r = ++lastUsed;
      for (const key of DECP_COLUMN_KEYS) {
        const v = contract.row[key];
        if (v !== null) set(r, col(key), v, DECP_COLUMN_FORMATS[key]);
      }
      byKey.set(contract.key, r);
      added++;
      continue;
    }
    const line = rows[target]!;
    if (normalizeLabel(String(readText(line[col("source")]) ?? "")) !== "decp") {
      manualConflicts++;
      notices.push({
        record: contract.location,
        reference,
        message: `Le registre a déjà une ligne saisie à la main pour le marché ${reference} (ligne ${target + 1})\u00a0: elle n’est pas modifiée et l’enregistrement DECP n’est pas ajouté.`,
      });
      continue;
    }
    let changed = false;
    for (const key of DECP_COLUMN_KEYS) {
      const v = contract.row[key];
      if (v === null || sameCell(line[col(key)], v)) continue;
      set(target, col(key), v, DECP_COLUMN_FORMATS[key]);
      changed = true;
    }
    if (changed) updated++;
    else unchanged++;
  }

  const dataChanged = changes.length > 0;
  if (dataChanged) appendedColumns.forEach((label, i) => set(headerRow, firstAppended + i, label));
  return {
    ok: true,
    rows,
    headerRow,
    changes,
    appendedColumns: dataChanged ? appendedColumns : [],
    counts: { added, updated, unchanged, manualConflicts },
    notices,
  };
}
