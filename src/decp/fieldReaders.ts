/**
 * Readers of single DECP values. Each returns the value, or the French reason why it cannot
 * be used (the caller turns it into an issue and leaves the cell empty).
 */
export type FieldResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = <T>(reason: string): FieldResult<T> => ({ ok: false, reason });

/** Amounts at or above this are typing errors in real files (a Département's whole budget). */
export const ABSURD_AMOUNT = 1_000_000_000;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** A contract cannot run a century; beyond, the value is a typing error. */
export const MAX_DURATION_MONTHS = 1200;

/** Tokens that real files write for "not communicated". */
const MISSING_TOKENS = new Set([
  "nc",
  "n.c.",
  "nd",
  "n.d.",
  "-",
  "–",
  "—",
  "?",
  "null",
  "non communiqué",
  "non communiquée",
  "nan",
  "na",
]);

/** Short printable form of a raw value, for issues. */
export function showValue(v: unknown): string {
  if (v === undefined) return "(absent)";
  if (v === null) return "(vide)";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? "(date invalide)" : v.toISOString().slice(0, 10);
  let s: string;
  if (typeof v === "string") s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Text of a scalar; undefined when absent or blank. */
export function readText(v: unknown): string | undefined {
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? undefined : t;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function isMissingToken(s: string): boolean {
  return MISSING_TOKENS.has(s.trim().toLowerCase());
}

/**
 * A number written by a person or a program: `12345.6`, `12 345,60 €`, `12345,6 EUR`.
 * `,` and `.` are decimal separators; thousands are separated by spaces only.
 */
function parseLooseNumber(s: string): number | "overflow" | undefined {
  const t = s
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(€|eur|euros?)$/i, "")
    .replace(",", ".");
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  // `1e400`: a number, but beyond what a double holds.
  return Number.isFinite(n) ? n : "overflow";
}

/** How a quantity is named in reasons (« montant », « durée »), with its gender. */
interface Quantity {
  readonly name: string;
  readonly feminine: boolean;
}

const MONTANT: Quantity = { name: "montant", feminine: false };
const DUREE: Quantity = { name: "durée", feminine: true };

function readNumber(v: unknown, what: Quantity): FieldResult<number> {
  const e = what.feminine ? "e" : "";
  if (v === undefined || v === null) return bad(`${what.name} absent${e}`);
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : bad(`${what.name} hors limites`);
  if (typeof v === "string") {
    if (isMissingToken(v)) return bad(`${what.name} non communiqué${e}`);
    const n = parseLooseNumber(v);
    if (n === "overflow") return bad(`${what.name} hors limites`);
    return n === undefined ? bad(`${what.name} non numérique`) : ok(n);
  }
  return bad(`${what.name} non numérique`);
}

/** Montant HT in euros: a number, ≥ 0, below the absurd bound. */
export function readAmount(v: unknown): FieldResult<number> {
  const n = readNumber(v, MONTANT);
  if (!n.ok) return n;
  if (n.value < 0) return bad("montant négatif");
  if (n.value >= ABSURD_AMOUNT) return bad("montant aberrant (1\u00a0milliard d’euros ou plus)");
  return n;
}

/** Duration in whole months, 1 to MAX_DURATION_MONTHS (`12 mois` accepted). */
export function readDuration(v: unknown): FieldResult<number> {
  const text = typeof v === "string" ? v.replace(/\s*mois\s*$/i, "") : v;
  const n = readNumber(text, DUREE);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value <= 0)
    return bad("durée qui n’est pas un nombre entier de mois positif");
  if (n.value > MAX_DURATION_MONTHS) return bad("durée aberrante (plus de 100 ans)");
  return n;
}

function utcDay(y: number, m: number, d: number): Date | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 2024-02-30 and the like, which Date.UTC silently rolls over.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date;
}

/** Excel serial day (1900 system) → UTC midnight. */
function fromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

/**
 * A calendar day: `AAAA-MM-JJ` (optionally followed by a time or a time zone, as in older
 * files), `JJ/MM/AAAA`, a Date (XLSX) or an Excel serial number. Years outside
 * MIN_YEAR–MAX_YEAR are typing errors.
 */
export function readDate(v: unknown): FieldResult<Date> {
  let date: Date | undefined;
  if (v instanceof Date) {
    date = Number.isNaN(v.getTime())
      ? undefined
      : utcDay(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  } else if (typeof v === "number" && Number.isFinite(v) && v > 0) {
    date = fromExcelSerial(Math.floor(v));
  } else if (typeof v === "string") {
    const s = v.trim();
    if (isMissingToken(s)) return bad("date non communiquée");
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|[+-]\d{2}:?\d{2}$|Z$)/.exec(s);
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (iso) date = utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    else if (fr) date = utcDay(Number(fr[3]), Number(fr[2]), Number(fr[1]));
  }
  if (!date) return bad("date illisible (attendu AAAA-MM-JJ)");
  const y = date.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return bad(`date hors de la période ${MIN_YEAR}-${MAX_YEAR}`);
  return ok(date);
}

/** A CPV code `45000000` or `45000000-7` (the check digit is optional in real files). */
export function readCpv(v: unknown): FieldResult<string> {
  const s = typeof v === "number" && Number.isInteger(v) ? String(v).padStart(8, "0") : readText(v);
  if (s === undefined) return bad("code CPV absent");
  if (!/^\d{8}(-\d)?$/.test(s))
    return bad("code CPV mal formé (attendu 8 chiffres, éventuellement suivis de -N)");
  return ok(s);
}

/** A SIRET: 14 digits (spaces tolerated). */
export function readSiret(v: unknown): FieldResult<string> {
  const s =
    typeof v === "number" && Number.isInteger(v) ? String(v).padStart(14, "0") : readText(v);
  if (s === undefined) return bad("SIRET de l’acheteur absent");
  const digits = s.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{14}$/.test(digits))
    return bad("SIRET de l’acheteur mal formé (attendu 14\u00a0chiffres)");
  return ok(digits);
}

/** Nature from the CPV division (PRODUCT §1): 45 → Travaux, 50 to 98 → Services, else Fournitures. */
export function natureFromCpv(cpv: string): "Travaux" | "Services" | "Fournitures" {
  const division = Number(cpv.slice(0, 2));
  if (division === 45) return "Travaux";
  if (division >= 50 && division <= 98) return "Services";
  return "Fournitures";
}
