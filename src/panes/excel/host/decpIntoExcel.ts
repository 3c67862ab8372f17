/**
 * Office mode of the DECP import: read the register (the header samples, then the register
 * sheet alone), merge, and write only the changed cells as 2-D blocks within the request
 * budget. A workbook without a register gets a « Marchés » sheet in the canonical layout.
 * Hand-typed rows and hand-filled columns are never written: mergeRegister leaves them out of
 * its changes.
 */
import type { CellValue } from "../../../core/grid";
import { columnLetters } from "../../../core/grid";
import type { ImportedContract } from "../../../decp/decpTypes";
import { mergeRegister } from "../../../decp/mergeRegister";
import { REGISTER_SHEET } from "../../../decp/registerColumns";
import { findRegisterGrid, freeSheetName } from "../../../decp/registerSheet";
import type { XlContext, XlWorksheet } from "../../../excel/officeSubset";
import type { SheetSelection } from "../../../excel/readColumns";
import type { WorkbookHeaders } from "../../../excel/readHeaders";
import { readWorkbookGrids } from "../../../excel/readWorkbook";
import { ExcelWriteError, officeErrorCode } from "../../../excel/errors";
import { decpWriteBatches, type WriteBlock } from "../model/decpWriteBlocks";
import { mergedOrThrow, type RegisterWritten } from "./decpImportRun";
import type { DecpStep } from "./workbookHost";

/** Runs a batch of Office.js work (Excel.run in the add-in, a fake in tests). */
export type ExcelRunner = <T>(work: (context: XlContext) => Promise<T>) => Promise<T>;

/** Only the register is read in full: the sheet the DECP merge would pick, from the samples. */
export function registerSelection(headers: WorkbookHeaders): SheetSelection[] {
  const samples = headers.samples.filter((s) => s.used !== null);
  const register = findRegisterGrid(
    samples.map((s) => s.grid),
    headers.existingSheets,
  );
  return register ? [{ sheet: register.name }] : [];
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function queueBlock(ws: XlWorksheet, block: WriteBlock): void {
  const range = ws.getRangeByIndexes(
    block.row,
    block.col,
    block.values.length,
    block.values[0]?.length ?? 0,
  );
  // Formats first, so that a date serial never shows as a bare number.
  if (block.numberFormats) range.numberFormat = block.numberFormats.map((r) => [...r]);
  range.values = block.values.map((r) => [...r]);
}

async function sync(context: XlContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new ExcelWriteError(officeErrorCode(error), { cause: error });
  }
}

export async function decpIntoExcel(
  run: ExcelRunner,
  contracts: readonly ImportedContract[],
  onStep: (step: DecpStep) => void,
): Promise<RegisterWritten> {
  onStep("fusion");
  const read = await run((context) =>
    readWorkbookGrids(context, { selectColumns: registerSelection }),
  );
  const register = findRegisterGrid(read.grids, read.existingSheets);
  const merged = mergedOrThrow(mergeRegister(register, contracts));
  const sheet =
    register?.name ??
    freeSheetName(
      read.existingSheets.map((s) => s.name),
      REGISTER_SHEET,
    );
  onStep("ecriture");
  const batches = decpWriteBatches(merged.changes, read.date1904);
  if (batches.length > 0 || !register) {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = register ? sheets.getItem(sheet) : sheets.add(sheet);
      if (!register) {
        // The canonical layout's header: bold, frozen, filterable; the sheet is the user's.
        const header = merged.rows[merged.headerRow] ?? [];
        const last = header.reduce<number>((l, c, i) => (isBlank(c) ? l : i), 0);
        const address = `A${merged.headerRow + 1}:${columnLetters(last)}${merged.headerRow + 1}`;
        const range = ws.getRange(address);
        range.format.font.bold = true;
        range.format.wrapText = true;
        ws.freezePanes.freezeRows(merged.headerRow + 1);
      }
      for (const batch of batches) {
        for (const block of batch) queueBlock(ws, block);
        await sync(context);
      }
      if (batches.length === 0) await sync(context);
    });
  }
  return { merged, sheet, created: !register, download: null };
}
