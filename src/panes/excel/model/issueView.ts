import type { RefreshReport, ReportIssue } from "../../../core/report";
import { SEVERITIES, STATUS_KEYS, type Severity, type StatusKey } from "../../../core/status";
import { SEVERITY_TEXT, STATUS_TEXT } from "../messages";

export type SeverityFilter = Severity | "toutes";

/** Issues as the list shows them: the report's order (already sorted as in Contrôle), filtered. */
export function visibleIssues(
  issues: readonly ReportIssue[],
  filter: SeverityFilter,
): ReportIssue[] {
  return filter === "toutes" ? [...issues] : issues.filter((i) => i.severity === filter);
}

export function severityCounts(issues: readonly ReportIssue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { erreur: 0, avertissement: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}

export interface StatusLine {
  readonly key: StatusKey;
  readonly symbol: string;
  readonly label: string;
  readonly count: number;
}

/** Status counts in the stable order of the status keys, each with its text and symbol. */
export function statusLines(report: RefreshReport): StatusLine[] {
  return STATUS_KEYS.map((key) => ({
    key,
    symbol: STATUS_TEXT[key].symbol,
    label: STATUS_TEXT[key].label,
    count: report.statusCounts[key],
  }));
}

/** A cell the pane can jump to: only issues that name both a sheet and a cell. */
export function issueTarget(issue: ReportIssue): { sheet: string; cell: string } | null {
  return issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : null;
}

export function severityOrder(): readonly Severity[] {
  return SEVERITIES;
}

export function severityText(severity: Severity): string {
  return `${SEVERITY_TEXT[severity].symbol} ${SEVERITY_TEXT[severity].label}`;
}
