/** Cell-by-cell comparison of status sheets, read back with ExcelJS (the e2e tests only). */
import ExcelJS from "exceljs";

export type CellDump = Map<string, string>;

/** Every non-empty cell value of the named sheets, keyed "Sheet!A1", as comparable text. */
export async function dumpSheets(bytes: Uint8Array, sheets: readonly string[]): Promise<CellDump> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const out: CellDump = new Map();
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`sheet missing: ${name}`);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${name}!${cell.address}`, JSON.stringify(cell.value));
      });
    });
  }
  return out;
}

/** Keys whose values differ (or exist on one side only). */
export function differingCells(a: CellDump, b: CellDump): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
