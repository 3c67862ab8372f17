/**
 * Requirement sets: content controls, getByTag and insertParagraph are WordApi 1.1;
 * built-in style names (styleBuiltIn, language-independent) are WordApi 1.3. Without 1.3 the
 * paragraphs keep the document's default style rather than guessing localized style names.
 */
import { WORD_MESSAGES } from "./messages";
import type { RequirementChecker } from "./wordApi";

export type WordSupport =
  | { readonly ok: true; readonly builtInStyles: boolean }
  | { readonly ok: false; readonly message: string };

export function checkWordSupport(requirements: RequirementChecker): WordSupport {
  if (!requirements.isSetSupported("WordApi", "1.1"))
    return { ok: false, message: WORD_MESSAGES.unsupported };
  return { ok: true, builtInStyles: requirements.isSetSupported("WordApi", "1.3") };
}
