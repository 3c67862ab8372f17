import {
  compareSemesters,
  parseSemesterId,
  semesterId,
  semesterLabel,
  type Semester,
} from "../../../core/semester";
import { M } from "../messages";

export interface SemesterOption {
  /** "" stands for the automatic choice. */
  readonly value: string;
  readonly text: string;
}

/** The semester holding a calendar day: January–June is S1. */
export function semesterOfDate(date: Date): Semester {
  return { year: date.getFullYear(), half: date.getMonth() < 6 ? 1 : 2 };
}

/**
 * Choices for the semester picker: automatic first, then every semester of the workbook's columns
 * and the current one (a semester without a column is allowed: computed values only), newest first.
 */
export function semesterOptions(
  workbookSemesters: readonly string[],
  today: Date,
): SemesterOption[] {
  const inWorkbook = new Set(workbookSemesters);
  const all = new Map<string, Semester>();
  for (const id of workbookSemesters) {
    const s = parseSemesterId(id);
    if (s) all.set(semesterId(s), s);
  }
  const current = semesterOfDate(today);
  all.set(semesterId(current), current);
  const sorted = [...all.values()].sort((a, b) => compareSemesters(b, a));
  return [
    { value: "", text: M.semesterAuto },
    ...sorted.map((s) => {
      const id = semesterId(s);
      return { value: id, text: M.semesterOption(semesterLabel(s), id, inWorkbook.has(id)) };
    }),
  ];
}
