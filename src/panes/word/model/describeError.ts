import { WORD_MESSAGES } from "../../../word/messages";
import { M } from "../messages";

/** Errors whose message is written in French for the user (clause library, Word adapter). */
const USER_FACING = new Set(["ClauseParametersError", "PaneError"]);
const SAVE_FAILED_PREFIX = WORD_MESSAGES.saveFailed("").split("(")[0]!;

/**
 * Turns a thrown value into one French sentence for the pane. Anything not written for the user
 * is a bug or an Office failure, shown with its technical detail so that it can be reported.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (USER_FACING.has(error.name) || error.message.startsWith(SAVE_FAILED_PREFIX))
      return error.message;
    return M.unexpected(error.message || error.name);
  }
  return M.unexpected(String(error));
}
