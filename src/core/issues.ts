import type { ReportIssue } from "./report";
import type { Severity } from "./status";
import { parseCellAddress } from "./grid";

/** Collects issues; each (sheet, cell) gets at most one issue (« one issue per cell, always »). */
export class IssueList {
  private readonly items: ReportIssue[] = [];
  private readonly cells = new Set<string>();

  add(
    severity: Severity,
    message: string,
    where: { sheet?: string | null; cell?: string | null; code?: string | null } = {},
  ): void {
    const sheet = where.sheet ?? null;
    const cell = where.cell ?? null;
    if (sheet !== null && cell !== null) {
      const key = `${sheet}\u0000${cell}`;
      if (this.cells.has(key)) return;
      this.cells.add(key);
    }
    this.items.push({ severity, sheet, cell, code: where.code ?? null, message });
  }

  /** Whether a cell already carries an issue. */
  has(sheet: string, cell: string): boolean {
    return this.cells.has(`${sheet}\u0000${cell}`);
  }

  /** Sorted as in `Contrôle`: severity, then sheet, then cell (row, then column). */
  sorted(): ReportIssue[] {
    return [...this.items].sort(compareIssues);
  }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { erreur: 0, avertissement: 1, info: 2 };

function cellRank(cell: string | null): [number, number] {
  if (cell === null) return [-1, -1];
  const p = parseCellAddress(cell);
  return p ? [p.row, p.col] : [Number.MAX_SAFE_INTEGER, 0];
}

export function compareIssues(a: ReportIssue, b: ReportIssue): number {
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s;
  const sa = a.sheet ?? "";
  const sb = b.sheet ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  const [ra, ca] = cellRank(a.cell);
  const [rb, cb] = cellRank(b.cell);
  if (ra !== rb) return ra - rb;
  if (ca !== cb) return ca - cb;
  const ka = a.code ?? "";
  const kb = b.code ?? "";
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
