import { z } from "zod";
import { SEVERITIES, STATUS_KEYS, TARGET_KINDS } from "./status";

/** The refresh report: a stable JSON contract (PRODUCT §6). */
export const indicatorValueSchema = z.union([z.number(), z.boolean(), z.string(), z.null()]);

export const reportIndicatorSchema = z.object({
  code: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  value: indicatorValueSchema,
  previous: indicatorValueSchema,
  targetKind: z.enum(TARGET_KINDS),
  target: z.union([z.number(), z.literal(true), z.null()]),
  expected: z.number().nullable(),
  status: z.enum(STATUS_KEYS),
  source: z.enum(["saisie", "calcul"]).nullable(),
  axis: z.string().optional(),
  objective: z.string().optional(),
  owner: z.string().nullable().optional(),
  deadline: z.string().nullable().optional(),
  remark: z.string().optional(),
  /** Where the value was read, when entered: sheet and A1 cell. */
  sheet: z.string().optional(),
  cell: z.string().optional(),
});

export const reportIssueSchema = z.object({
  severity: z.enum(SEVERITIES),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string(),
});

export const refreshReportSchema = z.object({
  schemaVersion: z.literal(1),
  workbook: z.string(),
  semester: z.string().regex(/^\d{4}-S[12]$/),
  completeness: z.object({
    expected: z.number().int().nonnegative(),
    filled: z.number().int().nonnegative(),
    rate: z.number().nullable(),
  }),
  statusCounts: z.object({
    atteint: z.number().int().nonnegative(),
    en_bonne_voie: z.number().int().nonnegative(),
    a_surveiller: z.number().int().nonnegative(),
    en_retard: z.number().int().nonnegative(),
    non_renseigne: z.number().int().nonnegative(),
    invalide: z.number().int().nonnegative(),
    suivi: z.number().int().nonnegative(),
  }),
  indicators: z.array(reportIndicatorSchema),
  issues: z.array(reportIssueSchema),
  sheetsWritten: z.array(z.string()),
});

export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;
export type ReportIssue = z.infer<typeof reportIssueSchema>;
export type RefreshReport = z.infer<typeof refreshReportSchema>;
