/** Semester ids of the generated workbooks ("2026-S1"), and the list of the last N of them. */
export type SemesterId = `${number}-S${1 | 2}`;

/** The semesters the sample's coordinator has typed, oldest first. */
export const SAMPLE_SEMESTERS: readonly SemesterId[] = ["2024-S2", "2025-S1", "2025-S2", "2026-S1"];

export function previousSemester(id: SemesterId): SemesterId {
  const [year, half] = id.split("-S").map(Number) as [number, number];
  return half === 2 ? `${year}-S1` : `${year - 1}-S2`;
}

/** The `count` semesters ending at `last`, oldest first. */
export function semestersEndingAt(last: SemesterId, count: number): SemesterId[] {
  const out: SemesterId[] = [];
  let current = last;
  for (let i = 0; i < count; i++) {
    out.unshift(current);
    current = previousSemester(current);
  }
  return out;
}
