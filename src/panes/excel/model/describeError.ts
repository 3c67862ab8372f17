import { M } from "../messages";

/**
 * Turns a thrown value into one French sentence for the pane. Errors that already carry a user
 * message (unreadable workbook, unsupported Excel, foreign sheet…) are shown as they are; anything
 * else is a bug, shown with its technical detail so that it can be reported.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (USER_FACING.has(error.name)) return error.message;
    return M.unexpected(error.message || error.name);
  }
  return M.unexpected(String(error));
}

/** Error classes whose message is written in French for the user. */
const USER_FACING = new Set([
  "PaneError",
  "UnreadableWorkbookError",
  "ForeignSheetError",
  "ExcelWriteError",
  "ExcelReadError",
  "CellNotFoundError",
  "ExcelSupportError",
]);
