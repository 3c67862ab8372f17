import type { RefreshReport } from "../../../core/report";

/**
 * No indicator value was read for the semester: nothing entered (nor invalid) in the columns the
 * refresh used. After a manual mapping this usually means the wrong columns were picked.
 */
export function noValueRead(report: RefreshReport): boolean {
  return !report.indicators.some((i) => i.source === "saisie" || i.status === "invalide");
}
