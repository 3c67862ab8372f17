import { z } from "zod";
import type { DecpFormat, DecpIssue } from "./decpTypes";
import type { DecpImportCounts } from "./importDecp";
import type { MergeCounts, MergeNotice } from "./mergeRegister";

/** The DECP import report (`--report FILE.json`): a stable JSON contract. */
export const decpIssueSchema = z.object({
  severity: z.enum(["erreur", "avertissement", "info"]),
  record: z.string(),
  field: z.string(),
  value: z.string(),
  action: z.string(),
});

export const decpReportSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.string(),
  format: z.enum(["json", "xml", "csv", "xlsx"]),
  acheteur: z.string().nullable(),
  /** Workbook written, and the register sheet in it. */
  output: z.string(),
  sheet: z.string(),
  counts: z.object({
    recordsRead: z.number().int().nonnegative(),
    contracts: z.number().int().nonnegative(),
    imported: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    skippedConcessions: z.number().int().nonnegative(),
    otherBuyers: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    manualConflicts: z.number().int().nonnegative(),
  }),
  appendedColumns: z.array(z.string()),
  issues: z.array(decpIssueSchema),
  issuesOmitted: z.number().int().nonnegative(),
});

export type DecpReport = z.infer<typeof decpReportSchema>;

const SEVERITY_ORDER: Record<DecpIssue["severity"], number> = {
  erreur: 0,
  avertissement: 1,
  info: 2,
};

export interface DecpReportInput {
  readonly file: string;
  readonly format: DecpFormat;
  readonly acheteur: string | undefined;
  readonly output: string;
  readonly sheet: string;
  readonly importCounts: DecpImportCounts;
  readonly mergeCounts: MergeCounts;
  readonly appendedColumns: readonly string[];
  readonly issues: readonly DecpIssue[];
  readonly notices: readonly MergeNotice[];
  readonly issuesOmitted: number;
}

/** Assembles the report; merge notices become issues; issues sorted by severity, file order kept within. */
export function buildDecpReport(input: DecpReportInput): DecpReport {
  const noticeIssues: DecpIssue[] = input.notices.map((n) => ({
    severity: "avertissement",
    record: n.record,
    field: "id",
    value: n.reference,
    action: n.message,
  }));
  const issues = [...input.issues, ...noticeIssues]
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.i - b.i,
    )
    .map((x) => x.issue);
  return {
    schemaVersion: 1,
    file: input.file,
    format: input.format,
    acheteur: input.acheteur ?? null,
    output: input.output,
    sheet: input.sheet,
    counts: {
      recordsRead: input.importCounts.recordsRead,
      contracts: input.importCounts.contracts,
      imported: input.mergeCounts.added,
      updated: input.mergeCounts.updated,
      unchanged: input.mergeCounts.unchanged,
      skippedConcessions: input.importCounts.concessionsSkipped,
      otherBuyers: input.importCounts.otherBuyers,
      duplicates: input.importCounts.duplicates,
      rejected: input.importCounts.rejected,
      manualConflicts: input.mergeCounts.manualConflicts,
    },
    appendedColumns: [...input.appendedColumns],
    issues,
    issuesOmitted: input.issuesOmitted,
  };
}

const nf = new Intl.NumberFormat("fr-FR");

/** `1 enregistrement lu`, `0 enregistrement lu`, `3 enregistrements lus` (French plural from 2). */
export function countLabel(n: number, singular: string, plural: string): string {
  return `${nf.format(n)} ${n >= 2 ? plural : singular}`;
}

/** Short French summary printed by the CLI. */
export function summaryLines(report: DecpReport, topIssues = 10): string[] {
  const c = report.counts;
  const lines = [
    `Import DECP\u00a0: ${report.file} (${report.format.toUpperCase()})`,
    `  ${countLabel(c.recordsRead, "enregistrement lu", "enregistrements lus")}, ${countLabel(c.contracts, "marché retenu", "marchés retenus")}, ${countLabel(c.skippedConcessions, "concession ignorée", "concessions ignorées")}` +
      (report.acheteur
        ? `, ${countLabel(c.otherBuyers, "marché d’un autre acheteur écarté", "marchés d’autres acheteurs écartés")}`
        : ""),
    `  Registre «\u00a0${report.sheet}\u00a0»\u00a0: ${countLabel(c.imported, "ligne ajoutée", "lignes ajoutées")}, ${countLabel(c.updated, "mise à jour", "mises à jour")}, ${countLabel(c.unchanged, "inchangée", "inchangées")}` +
      (c.manualConflicts > 0
        ? `, ${countLabel(c.manualConflicts, "ligne saisie à la main laissée intacte", "lignes saisies à la main laissées intactes")}`
        : ""),
  ];
  if (report.appendedColumns.length > 0)
    lines.push(`  Colonnes ajoutées\u00a0: ${report.appendedColumns.join(", ")}`);
  const total = report.issues.length + report.issuesOmitted;
  if (total === 0) lines.push("  Aucune anomalie.");
  else {
    lines.push(`  ${countLabel(total, "anomalie", "anomalies")}\u00a0:`);
    for (const i of report.issues.slice(0, topIssues)) {
      lines.push(
        `   - [${i.severity}] ${i.record} · ${i.field} «\u00a0${i.value}\u00a0»\u00a0: ${i.action}`,
      );
    }
    if (total > topIssues)
      lines.push(
        `   … et ${nf.format(total - Math.min(topIssues, report.issues.length))} autres (voir le rapport JSON).`,
      );
  }
  lines.push(`Registre écrit\u00a0: ${report.output}`);
  return lines;
}
