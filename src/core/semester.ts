/** Semesters: `YYYY-S1` = 1 Jan–30 Jun, `YYYY-S2` = 1 Jul–31 Dec (PRODUCT §2). */
import { normalizeText } from "./normalize";
import { type Day, dayFromParts } from "./day";

export interface Semester {
  readonly year: number;
  readonly half: 1 | 2;
}

export function semesterId(s: Semester): string {
  return `${s.year}-S${s.half}`;
}

export function parseSemesterId(id: string): Semester | undefined {
  const m = /^(\d{4})-S([12])$/.exec(id.trim().toUpperCase());
  if (!m) return undefined;
  return { year: Number(m[1]), half: m[2] === "1" ? 1 : 2 };
}

/** Ordinal index: consecutive semesters differ by 1. */
export function semesterIndex(s: Semester): number {
  return s.year * 2 + (s.half - 1);
}

export function semesterFromIndex(index: number): Semester {
  return { year: Math.floor(index / 2), half: index % 2 === 0 ? 1 : 2 };
}

export function compareSemesters(a: Semester, b: Semester): number {
  return semesterIndex(a) - semesterIndex(b);
}

export function firstDay(s: Semester): Day {
  return dayFromParts(s.year, s.half === 1 ? 1 : 7, 1);
}

export function lastDay(s: Semester): Day {
  return s.half === 1 ? dayFromParts(s.year, 6, 30) : dayFromParts(s.year, 12, 31);
}

export function sameSemesterYearBefore(s: Semester): Semester {
  return { year: s.year - 1, half: s.half };
}

/** « 1er semestre 2026 » — how a semester is named to users. */
export function semesterLabel(s: Semester): string {
  return `${s.half === 1 ? "1er" : "2e"} semestre ${s.year}`;
}

export type SemesterHeader =
  | { readonly kind: "semester"; readonly semester: Semester }
  /** A year-only column: stands for the year's S2. */
  | { readonly kind: "year"; readonly semester: Semester };

function plausibleYear(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

/** Header forms after normalisation (`-` became a space): [regex, half group, year group]. */
const HEADER_FORMS: readonly (readonly [RegExp, number, number])[] = [
  [/^s([12]) (\d{4})$/, 1, 2],
  [/^(\d{4}) s([12])$/, 2, 1],
  [/^(1)er semestre (\d{4})$/, 1, 2],
  [/^(2)(?:e|eme) semestre (\d{4})$/, 1, 2],
  [/^semestre ([12]) (\d{4})$/, 1, 2],
];

/**
 * Recognises a semester column header, whole cell only: `S1 2026`, `S1-2026`, `2026-S1`,
 * `2026 S1`, `1er semestre 2026`, `2e semestre 2026`, `2ème semestre 2026`, `Semestre 1 2026`;
 * a year alone (`2026`) is an annual column. `Cible S1 2026` is not a semester header.
 */
export function parseSemesterHeader(cell: unknown): SemesterHeader | undefined {
  if (typeof cell === "number") {
    if (Number.isInteger(cell) && plausibleYear(cell))
      return { kind: "year", semester: { year: cell, half: 2 } };
    return undefined;
  }
  if (typeof cell !== "string") return undefined;
  const text = normalizeText(cell);
  if (/^\d{4}$/.test(text)) {
    const y = Number(text);
    return plausibleYear(y) ? { kind: "year", semester: { year: y, half: 2 } } : undefined;
  }
  for (const [re, halfGroup, yearGroup] of HEADER_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const y = Number(m[yearGroup]);
    if (!plausibleYear(y)) return undefined;
    return { kind: "semester", semester: { year: y, half: m[halfGroup] === "1" ? 1 : 2 } };
  }
  return undefined;
}
