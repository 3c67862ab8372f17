/**
 * Shows the cell of an issue: activates its sheet and selects the cell (one sync).
 */
import { CellNotFoundError } from "./errors";
import type { XlContext } from "./officeSubset";

/** A1 cell or range, optionally with $ anchors (what issues carry). */
const ADDRESS = /^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/i;

export async function selectCell(
  context: XlContext,
  sheet: string,
  address: string,
): Promise<void> {
  if (!ADDRESS.test(address)) throw new CellNotFoundError(sheet, address);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (error) {
    // The sheet was renamed or deleted since the refresh: say which cell cannot be shown.
    throw new CellNotFoundError(sheet, address, { cause: error });
  }
}
