/**
 * Reads the live workbook into the core's `Grid[]`, within the round-trip budget of PRODUCT §10:
 * 1 sync for the sheets with their header samples (rows 1–20 of every sheet, with the used
 * range and the ownership marker; 1 more per ~40 further sheets), then the selected columns
 * only, in row slices sized so that every response stays under 4 MB yet close to it (1 sync
 * per slice batch).
 *
 * Two phases so that the core's column detection can run on the samples before the bulk read:
 * `readHeaders`, then `readColumns(selection)`; `readWorkbookGrids` does both.
 */
import type { Grid } from "../core/grid";
import type { XlContext } from "./officeSubset";
import { readColumns, selectAllColumns, type SheetSelection } from "./readColumns";
import {
  readHeaders,
  type ExistingSheetInfo,
  type ReadOptions,
  type WorkbookHeaders,
} from "./readHeaders";

export interface ReadGridsOptions extends ReadOptions {
  /**
   * The core's column detection: given the samples, which columns to read. Default: every
   * column of every sheet this product did not write; `refreshSelection` reads only what a
   * refresh needs.
   */
  readonly selectColumns?: (headers: WorkbookHeaders) => readonly SheetSelection[];
}

export interface WorkbookRead {
  readonly grids: Grid[];
  readonly existingSheets: ExistingSheetInfo[];
  readonly date1904: boolean;
}

/** Both phases in one call: names, samples, the core's selection, the columns. */
export async function readWorkbookGrids(
  context: XlContext,
  options: ReadGridsOptions = {},
): Promise<WorkbookRead> {
  const headers = await readHeaders(context, options);
  const selection = (options.selectColumns ?? selectAllColumns)(headers);
  const grids = await readColumns(context, headers, selection, options);
  return { grids, existingSheets: [...headers.existingSheets], date1904: headers.date1904 };
}
