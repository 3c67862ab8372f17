/**
 * Status rules (PRODUCT §4) — ordered, first match wins. Pure: every input is a plain value.
 */
import type { Deadline, Target } from "./catalogue";
import type { StatusKey } from "./status";
import { type Semester, compareSemesters, semesterIndex } from "./semester";

export const EPSILON = 1e-9;
export const DEFAULT_TOLERANCE = 0.1;

export type EvaluatedValue =
  | { readonly kind: "none" }
  | { readonly kind: "error" }
  | { readonly kind: "invalid" }
  | { readonly kind: "na" }
  | { readonly kind: "value"; readonly value: number | boolean | string };

export interface StatusInput {
  readonly due: boolean;
  /** The value retained for the semester (entered when usable, else computed). */
  readonly current: EvaluatedValue;
  readonly target: Target;
  readonly deadline: Deadline;
  readonly semester: Semester;
  /** Value of the same semester one year earlier, when usable. */
  readonly previous: number | boolean | string | null;
  /** Baseline for the trajectory. */
  readonly baseline: { readonly value: number; readonly semester: Semester } | null;
  /** Earlier semesters where `oui` was recorded (for one-off targets), latest first. */
  readonly earlierYes: readonly Semester[];
  readonly tolerance: number;
}

export interface StatusResult {
  /** undefined = not listed (not due and no value). */
  readonly status: StatusKey | undefined;
  readonly expected: number | null;
  readonly remarkYes?: Semester;
}

export function deadlineReached(deadline: Deadline, s: Semester): boolean {
  switch (deadline.kind) {
    case "year":
      return compareSemesters(s, { year: deadline.year, half: 2 }) >= 0;
    case "every-semester":
    case "every-year":
      return true;
    case "none":
      return false;
  }
}

/**
 * Trajectory: linear per semester from the baseline to the target at the deadline's S2. No
 * baseline, a target for every period, or a deadline reached → the target itself.
 */
export function expectedAt(
  target: number,
  deadline: Deadline,
  baseline: StatusInput["baseline"],
  s: Semester,
): number {
  if (deadline.kind !== "year" || baseline === null || deadlineReached(deadline, s)) return target;
  const start = semesterIndex(baseline.semester);
  const end = semesterIndex({ year: deadline.year, half: 2 });
  if (end <= start) return target;
  const progress = Math.min(1, Math.max(0, (semesterIndex(s) - start) / (end - start)));
  return baseline.value + (target - baseline.value) * progress;
}

export function evaluateStatus(input: StatusInput): StatusResult {
  const { current, target } = input;
  // 1. Not due and no value → not listed.
  if (!input.due && (current.kind === "none" || current.kind === "error" || current.kind === "na"))
    return { status: undefined, expected: null };
  // 2. Nothing entered and nothing computed.
  if (current.kind === "none" || current.kind === "error")
    return { status: "non_renseigne", expected: null };
  // 3. Invalid entry, nothing computed.
  if (current.kind === "invalid") return { status: "invalide", expected: null };
  // 4. No target, or not applicable.
  if (target.kind === "aucune" || current.kind === "na") return { status: "suivi", expected: null };
  const value = current.value;
  switch (target.kind) {
    // 5. Trends: compare with the same semester one year earlier.
    case "hausse":
    case "baisse": {
      if (typeof value !== "number" || typeof input.previous !== "number")
        return { status: "suivi", expected: null };
      const diff = value - input.previous;
      if (Math.abs(diff) <= EPSILON) return { status: "a_surveiller", expected: null };
      const better = target.kind === "hausse" ? diff > 0 : diff < 0;
      return { status: better ? "en_bonne_voie" : "en_retard", expected: null };
    }
    // 6. Yes/no targets.
    case "oui": {
      if (value === true) return { status: "atteint", expected: null };
      const earlier = input.earlierYes[0];
      if (input.deadline.kind === "year" && earlier)
        return { status: "atteint", expected: null, remarkYes: earlier };
      return {
        status: deadlineReached(input.deadline, input.semester) ? "en_retard" : "a_surveiller",
        expected: null,
      };
    }
    // 7. Numeric targets.
    case "min":
    case "max": {
      if (typeof value !== "number") return { status: "invalide", expected: null };
      const t = target.value;
      const expected = expectedAt(t, input.deadline, input.baseline, input.semester);
      const tol = input.tolerance;
      if (target.kind === "min") {
        if (value >= t - EPSILON) return { status: "atteint", expected };
        if (value >= expected - EPSILON) return { status: "en_bonne_voie", expected };
        if (value >= expected * (1 - tol) - EPSILON) return { status: "a_surveiller", expected };
        return { status: "en_retard", expected };
      }
      if (value <= t + EPSILON) return { status: "atteint", expected };
      if (value <= expected + EPSILON) return { status: "en_bonne_voie", expected };
      if (value <= expected * (1 + tol) + EPSILON) return { status: "a_surveiller", expected };
      return { status: "en_retard", expected };
    }
  }
}
