/**
 * Reading one indicator cell for a unit (PRODUCT §1, "Cell values"). Whole-cell matching
 * throughout: `non réalisé` is not `réalisé`. Pure and total: any input gives a result.
 */
import type { Unit } from "./catalogue";
import { type CellValue, isCellError } from "./grid";
import { tokenKey } from "./normalize";
import { type Day, dayFromDate, dayFromExcelSerial, parseDayText } from "./day";

export type ParsedCell =
  | { readonly kind: "missing" }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "na" }
  | { readonly kind: "value"; readonly value: number | boolean | string; readonly note?: string }
  | { readonly kind: "invalid"; readonly reason: string };

const MISSING_TOKENS = new Set(["", "nc", "nd", "-", "–", "—", "?"]);
const NA_TOKENS = new Set(["sansobjet", "so", "n/a"]);
const TRUE_TOKENS = new Set(["oui", "o", "x", "vrai", "true", "1", "yes", "fait", "realise"]);
const FALSE_TOKENS = new Set(["non", "n", "faux", "false", "0", "no"]);
const ERROR_TEXT =
  /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Unit suffixes a number may carry, by unit. */
const SUFFIXES: Readonly<Partial<Record<Unit, readonly string[]>>> = {
  "€": ["€", "eur", "euros"],
  heures: ["h", "heures"],
  tonnes: ["t", "tonnes"],
  km: ["km"],
  litres: ["l", "litres"],
  années: ["ans", "an", "annees"],
};

/** Any suffix that some unit accepts, so that « 12 t » in an hours cell is an unfitting suffix. */
const ALL_SUFFIXES = new Set(Object.values(SUFFIXES).flat());

const NUMBER_BODY = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:[.,]\d+)?$/;

/** Parses French/English number text: `,` and `.` are decimal separators, spaces group thousands. */
export function parseNumberText(text: string): number | undefined {
  const t = text.trim().replace(/^\+/, "");
  if (t === "" || t === "-" || !NUMBER_BODY.test(t) || !/\d/.test(t)) return undefined;
  const n = Number(t.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

/** A whole-cell token classification shared by indicator cells and register flags. */
export function parseBooleanToken(raw: CellValue): boolean | undefined {
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : undefined;
  if (typeof raw !== "string") return undefined;
  const k = tokenKey(raw);
  if (TRUE_TOKENS.has(k)) return true;
  if (FALSE_TOKENS.has(k)) return false;
  return undefined;
}

const MISSING: ParsedCell = Object.freeze({ kind: "missing" });
const NOT_APPLICABLE: ParsedCell = Object.freeze({ kind: "na" });

/** Whether a text holds an ASCII digit: no missing or not-applicable token does. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Empty, a missing token, an Excel error, not applicable — or undefined for a real entry. */
function classifyBlank(raw: CellValue): ParsedCell | undefined {
  if (raw === null || raw === undefined) return MISSING;
  if (typeof raw === "string") {
    const trimmed = raw.trim();
    if (trimmed === "") return MISSING;
    if (trimmed.startsWith("#"))
      return ERROR_TEXT.test(trimmed) ? { kind: "error", error: trimmed.toUpperCase() } : undefined;
    // Missing and not-applicable tokens are short (« N.C. », « S.O. ») but for « Sans objet »,
    // and hold no digit: other texts (references, labels, numbers) skip the token lookup, which
    // would only fill its memo with values registers do not repeat.
    if (trimmed.length > 12 || hasDigit(trimmed)) return undefined;
    const k = tokenKey(trimmed);
    if (MISSING_TOKENS.has(k)) return MISSING;
    if (NA_TOKENS.has(k)) return NOT_APPLICABLE;
    return undefined;
  }
  if (isCellError(raw)) return { kind: "error", error: raw.error };
  return undefined;
}

function describe(raw: CellValue): string {
  if (raw instanceof Date) return "une date";
  if (typeof raw === "boolean") return raw ? "VRAI" : "FAUX";
  if (typeof raw === "string") return `« ${raw.trim()} »`;
  return String(raw);
}

function fraction(n: number, unit: Unit, raw: CellValue): ParsedCell {
  const lowest = unit === "%±" ? -1 : 0;
  if (n >= lowest - 1e-9 && n <= 1 + 1e-9) return { kind: "value", value: n };
  const abs = Math.abs(n);
  if (abs > 1 && abs <= 100 && (n > 0 || unit === "%±")) {
    return {
      kind: "value",
      value: n / 100,
      note: `La valeur ${describe(raw)} a été lue comme ${String(n).replace(".", ",")}\u00a0% (points de pourcentage).`,
    };
  }
  return {
    kind: "invalid",
    reason: `${describe(raw)} n’est pas un pourcentage valide (attendu entre ${unit === "%±" ? "-100 %" : "0 %"} et 100 %).`,
  };
}

function readPercent(raw: CellValue, unit: Unit): ParsedCell {
  if (typeof raw === "number") return fraction(raw, unit, raw);
  if (typeof raw === "string") {
    const m = /^(.*?)\s*%$/.exec(raw.trim());
    if (m) {
      const n = parseNumberText(m[1]!);
      if (n === undefined)
        return { kind: "invalid", reason: `${describe(raw)} n’est pas un pourcentage lisible.` };
      const value = n / 100;
      const lowest = unit === "%±" ? -1 : 0;
      if (value < lowest - 1e-9 || value > 1 + 1e-9)
        return { kind: "invalid", reason: `${describe(raw)} est hors de l’intervalle permis.` };
      return { kind: "value", value };
    }
    const n = parseNumberText(raw);
    if (n !== undefined) return fraction(n, unit, raw);
  }
  return { kind: "invalid", reason: `${describe(raw)} n’est pas un pourcentage.` };
}

function readQuantity(raw: CellValue, unit: Unit): ParsedCell {
  let n: number | undefined;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string") {
    const text = raw.trim();
    n = parseNumberText(text);
    if (n === undefined) {
      const m = /^(.*?\d)\s*([\p{L}€%]+\.?)$/u.exec(text);
      if (m) {
        const suffix = tokenKey(m[2]!);
        const fits = (SUFFIXES[unit] ?? []).includes(suffix);
        const body = parseNumberText(m[1]!);
        if (body !== undefined && !fits && (ALL_SUFFIXES.has(suffix) || suffix === "%"))
          return {
            kind: "invalid",
            reason: `${describe(raw)} : l’unité « ${m[2]} » ne correspond pas à l’unité de l’indicateur (${unit}).`,
          };
        if (fits) n = body;
      }
    }
  }
  if (n === undefined) return { kind: "invalid", reason: `${describe(raw)} n’est pas un nombre.` };
  if (n < 0 && unit !== "€")
    return {
      kind: "invalid",
      reason: `${describe(raw)} : une quantité ne peut pas être négative.`,
    };
  return { kind: "value", value: n };
}

/** Reads an indicator cell for the indicator's unit. */
export function readIndicatorCell(raw: CellValue, unit: Unit): ParsedCell {
  const blank = classifyBlank(raw);
  if (blank) return blank;
  // Grids from any source may hold one (a file's `1E+400`); no target or rate can use it.
  if (typeof raw === "number" && !Number.isFinite(raw))
    return {
      kind: "invalid",
      reason: "La cellule contient un nombre infini ou indéfini, illisible.",
    };
  switch (unit) {
    case "oui/non": {
      const b = parseBooleanToken(raw);
      return b === undefined
        ? { kind: "invalid", reason: `${describe(raw)} n’est pas une réponse oui/non.` }
        : { kind: "value", value: b };
    }
    case "texte":
      if (raw instanceof Date)
        return { kind: "invalid", reason: "Une date n’est pas un bilan texte." };
      return { kind: "value", value: String(raw).trim() };
    case "%":
    case "%±":
      if (typeof raw === "boolean" || raw instanceof Date)
        return { kind: "invalid", reason: `${describe(raw)} n’est pas un pourcentage.` };
      return readPercent(raw, unit);
    case "nombre":
    case "heures":
    case "tonnes":
    case "litres":
    case "km":
    case "€":
    case "années":
      if (typeof raw === "boolean" || raw instanceof Date)
        return { kind: "invalid", reason: `${describe(raw)} n’est pas un nombre.` };
      return readQuantity(raw, unit);
  }
}

/**
 * Whether a text starts with a digit or an ASCII letter other than n: no missing token
 * (MISSING_TOKENS, read after a trim) does, and most register cells do.
 */
function startsAsEntry(v: string): boolean {
  const c = v.charCodeAt(0);
  const lower = c | 32;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122 && lower !== 110);
}

/** Whether a cell is empty or a missing token (not an error, not a value). */
export function isBlankCell(raw: CellValue): boolean {
  if (typeof raw === "string" && startsAsEntry(raw)) return false;
  return classifyBlank(raw) === MISSING;
}

/** Reads a date cell: JS date, Excel serial (1900 system), `JJ/MM/AAAA`, `AAAA-MM-JJ`. */
export function readDayCell(raw: CellValue): Day | undefined {
  if (raw instanceof Date) return dayFromDate(raw);
  if (typeof raw === "number") return dayFromExcelSerial(raw);
  if (typeof raw === "string") return parseDayText(raw);
  return undefined;
}

/** Reads a plain number cell of the register (amounts, durations, hours). */
export function readNumberCell(raw: CellValue): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim().replace(/\s*(€|eur|euros|ht|€ ht|h|mois)$/i, "");
  return parseNumberText(text);
}

/** Plain text of a cell for labels and headers. */
export function cellText(raw: CellValue): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (raw instanceof Date)
    return Number.isFinite(raw.getTime()) ? raw.toISOString().slice(0, 10) : "";
  if (isCellError(raw)) return raw.error;
  return "";
}
