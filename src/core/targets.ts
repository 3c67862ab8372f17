/** Reading the workbook's own `Unité`, `Cible` and `Échéance` cells (PRODUCT §1). */
import type { Deadline, Target, Unit } from "./catalogue";
import type { CellValue } from "./grid";
import { normalizeText, tokenKey } from "./normalize";
import { parseNumberText, readIndicatorCell } from "./cellReading";

/** The unit written in a `Unité` cell, or undefined when unreadable or empty. */
export function parseUnit(raw: CellValue): Unit | undefined {
  if (typeof raw !== "string") return undefined;
  const text = raw.trim().toLowerCase();
  if (text === "") return undefined;
  if (text.includes("%")) return text.includes("±") || text.includes("+/-") ? "%±" : "%";
  const k = normalizeText(text);
  const table: readonly (readonly [Unit, readonly string[]])[] = [
    ["nombre", ["nombre", "nb", "nbre", "n", "unite", "unites", "quantite"]],
    ["%", ["pourcentage", "taux", "part", "pourcent"]],
    ["%±", ["evolution", "variation"]],
    ["oui/non", ["oui non", "booleen", "oui ou non"]],
    ["heures", ["heures", "heure", "h", "nombre d heures"]],
    ["tonnes", ["tonnes", "tonne", "t"]],
    ["litres", ["litres", "litre", "l"]],
    ["km", ["km", "kilometres", "kilometre", "kms"]],
    ["€", ["euros", "euro", "eur", "€ ht", "euros ht"]],
    ["années", ["annees", "annee", "ans", "an"]],
    ["texte", ["texte", "qualitatif", "bilan qualitatif"]],
  ];
  if (text === "€" || text === "€ ht") return "€";
  for (const [unit, words] of table) if (words.includes(k)) return unit;
  return undefined;
}

export function unitsAgree(a: Unit, b: Unit): boolean {
  if (a === b) return true;
  const percent = (u: Unit) => u === "%" || u === "%±";
  return percent(a) && percent(b);
}

export type ParsedTarget =
  | { readonly kind: "empty" }
  | { readonly kind: "target"; readonly target: Target }
  | { readonly kind: "unreadable" };

function numberForUnit(text: string, unit: Unit): number | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  if (unit === "%" || unit === "%±") {
    const r = readIndicatorCell(t, unit);
    return r.kind === "value" && typeof r.value === "number" ? r.value : undefined;
  }
  const r = readIndicatorCell(t, unit === "oui/non" || unit === "texte" ? "nombre" : unit);
  if (r.kind === "value" && typeof r.value === "number") return r.value;
  return parseNumberText(t.replace(/\s*%$/, ""));
}

/**
 * `Cible`: a number or percentage (→ ≥), `≤ v` / `< v` / `max v` (→ ≤), `Augmenter` / `hausse` /
 * `↗` (→ ↗), `Réduire` / `Diminuer` / `baisse` / `↘` (→ ↘), `oui`.
 */
export function parseTargetCell(raw: CellValue, unit: Unit): ParsedTarget {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (typeof raw === "number") {
    const r = readIndicatorCell(raw, unit === "oui/non" || unit === "texte" ? "nombre" : unit);
    return r.kind === "value" && typeof r.value === "number"
      ? { kind: "target", target: { kind: "min", value: r.value } }
      : { kind: "unreadable" };
  }
  if (typeof raw === "boolean")
    return raw ? { kind: "target", target: { kind: "oui" } } : { kind: "unreadable" };
  if (typeof raw !== "string") return { kind: "unreadable" };
  const text = raw.trim();
  const key = tokenKey(text);
  if (["", "-", "–", "—", "nc", "nd", "?"].includes(key)) return { kind: "empty" };
  const words = normalizeText(text);
  if (text === "↗" || ["augmenter", "hausse", "en hausse", "augmentation"].includes(words))
    return { kind: "target", target: { kind: "hausse" } };
  if (
    text === "↘" ||
    ["reduire", "diminuer", "baisse", "en baisse", "reduction", "diminution"].includes(words)
  )
    return { kind: "target", target: { kind: "baisse" } };
  if (key === "oui") return { kind: "target", target: { kind: "oui" } };
  const max = /^(?:≤|<=|<|max\.?|maximum|au plus)\s*(.+)$/i.exec(text);
  if (max) {
    const v = numberForUnit(max[1]!, unit);
    return v === undefined
      ? { kind: "unreadable" }
      : { kind: "target", target: { kind: "max", value: v } };
  }
  const min = /^(?:≥|>=|>|min\.?|minimum|au moins)?\s*(.+)$/i.exec(text);
  if (min) {
    const v = numberForUnit(min[1]!, unit);
    if (v !== undefined) return { kind: "target", target: { kind: "min", value: v } };
  }
  return { kind: "unreadable" };
}

export type ParsedDeadline =
  | { readonly kind: "empty" }
  | { readonly kind: "deadline"; readonly deadline: Deadline }
  | { readonly kind: "unreadable" };

/** `Échéance`: a year `AAAA`, or `chaque semestre` / `semestriel` / `chaque année` / `annuel`. */
export function parseDeadlineCell(raw: CellValue): ParsedDeadline {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (typeof raw === "number")
    return Number.isInteger(raw) && raw >= 2000 && raw <= 2100
      ? { kind: "deadline", deadline: { kind: "year", year: raw } }
      : { kind: "unreadable" };
  if (raw instanceof Date) {
    const y = raw.getUTCFullYear();
    return { kind: "deadline", deadline: { kind: "year", year: y } };
  }
  if (typeof raw !== "string") return { kind: "unreadable" };
  const words = normalizeText(raw);
  if (["", "nc", "nd"].includes(words) || ["-", "–", "—", "?"].includes(raw.trim()))
    return { kind: "empty" };
  const year = /^(?:(?:d ici |en |fin |fin d |a fin )?(\d{4}))$/.exec(words);
  if (year) {
    const y = Number(year[1]);
    if (y >= 2000 && y <= 2100) return { kind: "deadline", deadline: { kind: "year", year: y } };
  }
  if (["chaque semestre", "semestriel", "semestrielle", "tous les semestres"].includes(words))
    return { kind: "deadline", deadline: { kind: "every-semester" } };
  if (["chaque annee", "annuel", "annuelle", "tous les ans", "chaque an"].includes(words))
    return { kind: "deadline", deadline: { kind: "every-year" } };
  return { kind: "unreadable" };
}

export function targetText(t: Target, unit: Unit): string {
  const v = (n: number) => formatNumberFr(n, unit);
  switch (t.kind) {
    case "min":
      return `≥ ${v(t.value)}`;
    case "max":
      return `≤ ${v(t.value)}`;
    case "hausse":
      return "↗ hausse";
    case "baisse":
      return "↘ baisse";
    case "oui":
      return "oui";
    case "aucune":
      return "—";
  }
}

export function deadlineText(d: Deadline): string {
  switch (d.kind) {
    case "year":
      return String(d.year);
    case "every-semester":
      return "chaque semestre";
    case "every-year":
      return "chaque année";
    case "none":
      return "";
  }
}

/** A number as a French reader expects it, with the unit's presentation. */
export function formatNumberFr(n: number, unit: Unit): string {
  if (unit === "%" || unit === "%±") {
    const pct = Math.round(n * 1000) / 10;
    return `${String(pct).replace(".", ",")}\u00a0%`;
  }
  const rounded = Math.round(n * 100) / 100;
  const [int, dec] = String(Math.abs(rounded)).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  const body = `${rounded < 0 ? "-" : ""}${grouped}${dec ? `,${dec}` : ""}`;
  const suffix: Partial<Record<Unit, string>> = {
    "€": " €",
    heures: " h",
    tonnes: " t",
    litres: " l",
    km: " km",
    années: " ans",
  };
  return body + (suffix[unit] ?? "");
}
