/** Everything the output sheets show, computed once by the refresh and read by the plan builders. */
import type { ReportIssue, RefreshReport } from "./report";
import type { Semester } from "./semester";
import type { StatusKey } from "./status";
import type { Evaluated } from "./evaluate";
import type { PilotLayout } from "./pilotSheet";
import type { Register } from "./register";

export interface HeadlineRate {
  readonly code: string;
  readonly label: string;
  readonly target: string;
  readonly byCount: number | null;
  readonly byAmount: number | null;
  readonly status: StatusKey | null;
}

export interface OwnerCompleteness {
  readonly owner: string;
  readonly expected: number;
  readonly filled: number;
}

export interface SheetNames {
  readonly synthese: string;
  readonly statut: string;
  readonly controle: string;
}

export interface RefreshModel {
  readonly report: RefreshReport;
  readonly semester: Semester;
  readonly refreshedAt: Date;
  readonly evaluated: readonly Evaluated[];
  readonly issues: readonly ReportIssue[];
  readonly headline: readonly HeadlineRate[];
  readonly plannedHours: number | null;
  readonly owners: readonly OwnerCompleteness[];
  readonly names: SheetNames;
  readonly pilotSheet: string;
  readonly registerSheet: string | null;
  readonly contractsInScope: number | null;
  /** The indicator sheet's layout and the register read, for outputs beyond the sheets (bilan). */
  readonly layout: PilotLayout;
  readonly register: Register | null;
}
