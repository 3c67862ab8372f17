/**
 * The check panel's inputs as typed, and their parsing into the document check's input. The
 * value accepts French writing (« 250 000 », « 1 234,50 € HT »); the date comes from a date
 * field (AAAA-MM-JJ). Errors are French, per field.
 */
import type { DocumentCheckInput } from "../../../clauses/documentCheck";
import { parseFrenchNumber } from "../../../clauses/parseNumber";
import type { DocumentType } from "../../../clauses/types";
import type { NeedNature } from "../../../clauses/natures";
import { M } from "../messages";

export interface CheckDraft {
  readonly launchDate: string;
  readonly estimatedValue: string;
  readonly nature: NeedNature;
  readonly documentType: DocumentType;
  readonly exceptionNoteOnFile: boolean;
}

export type CheckField = "launchDate" | "estimatedValue";

export type CheckParse =
  | { readonly ok: true; readonly input: Omit<DocumentCheckInput, "clauses"> }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<CheckField, string>>> };

/** Today in the user's time zone, as a date field holds it. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function initialCheckDraft(now: Date = new Date()): CheckDraft {
  return {
    launchDate: todayIso(now),
    estimatedValue: "",
    nature: "Services",
    documentType: "CCAP",
    exceptionNoteOnFile: false,
  };
}

function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** « 250 000 € HT » → 250000; the currency and « HT » are optional decorations. */
export function parseEuros(text: string): number | null {
  const bare = text
    .replace(/€/g, "")
    .replace(/\bHT\b/gi, "")
    .trim();
  if (bare === "") return null;
  return parseFrenchNumber(bare);
}

export function parseCheckDraft(draft: CheckDraft): CheckParse {
  const errors: Partial<Record<CheckField, string>> = {};
  const launchDate = draft.launchDate.trim();
  if (!isCalendarDay(launchDate)) errors.launchDate = M.dateInvalid;
  const value = parseEuros(draft.estimatedValue);
  if (draft.estimatedValue.trim() === "") errors.estimatedValue = M.valueRequired;
  else if (value === null || value < 0) errors.estimatedValue = M.valueInvalid;
  if (Object.keys(errors).length > 0 || value === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      launchDate,
      estimatedValue: value,
      nature: draft.nature,
      documentType: draft.documentType,
      ...(draft.exceptionNoteOnFile ? { exceptionNoteOnFile: true } : {}),
    },
  };
}
