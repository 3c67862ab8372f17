/**
 * The annual report (bilan annuel, PRODUCT §11) as data: a stable JSON model, validated by zod
 * like the refresh report. Every figure comes from one of the three refresh reports it embeds
 * (`Y-S2`, `Y-S1`, `Y-1-S2`) or from the register flags the core computes.
 */
import { z } from "zod";
import {
  indicatorValueSchema,
  refreshReportSchema,
  reportIssueSchema,
  type RefreshReport,
} from "../core/report";
import { STATUS_KEYS, TARGET_KINDS } from "../core/status";

const semesterIdSchema = z.string().regex(/^\d{4}-S[12]$/);
const statusSchema = z.enum(STATUS_KEYS);
const statusCountsSchema = refreshReportSchema.shape.statusCounts;

/** A key rate of the year (the Synthèse's headline rates) in number and in value. */
export const bilanKeyRateSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** Target as printed (« ≥ 35 % », « — »). */
  target: z.string(),
  /** Numeric target when there is one (for the chart's target line). */
  targetValue: z.number().nullable(),
  byCount: z.number().nullable(),
  byAmount: z.number().nullable(),
  status: statusSchema.nullable(),
  previousByCount: z.number().nullable(),
  previousByAmount: z.number().nullable(),
});

/** One indicator row of an objective's table. */
export const bilanRowSchema = z.object({
  code: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  /** Value at `Y-1` (the `Y-1-S2` report; for an `A1` indicator, the `Y-S1` report's previous). */
  previous: indicatorValueSchema,
  s1: indicatorValueSchema,
  s2: indicatorValueSchema,
  targetKind: z.enum(TARGET_KINDS),
  target: z.union([z.number(), z.literal(true), z.null()]),
  /** Target as printed. */
  targetText: z.string(),
  deadline: z.string().nullable(),
  /** The year's status: from `Y-S2`, or from `Y-S1` for an indicator listed only there. */
  status: statusSchema,
  statusSemester: semesterIdSchema,
  comment: z.string().nullable(),
});

export const bilanObjectiveSchema = z.object({
  code: z.string(),
  label: z.string(),
  rows: z.array(bilanRowSchema),
});

export const bilanAxisSchema = z.object({
  code: z.string(),
  label: z.string(),
  objectives: z.array(bilanObjectiveSchema),
  /** Status counts of this axis's rows (the « statuts par axe » chart). */
  statusCounts: statusCountsSchema,
});

/** Change vs `Y-1` divided by the target, in the target's direction (PRODUCT §11). */
export const bilanMovementSchema = z.object({
  code: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  previous: z.number(),
  value: z.number(),
  target: z.number(),
  targetKind: z.enum(["min", "max"]),
  score: z.number(),
});

/** A line of the L2111-3 table: number and value (sum of amounts HT) with their shares. */
export const purchaseLineSchema = z.object({
  key: z.enum(["tous", "env", "social", "insertion", "reserve", "label"]),
  label: z.string(),
  /** False when the register lacks the column this line needs. */
  available: z.boolean(),
  count: z.number().int().nonnegative(),
  amount: z.number(),
  shareCount: z.number().nullable(),
  shareAmount: z.number().nullable(),
});

export const purchaseGroupSchema = z.object({
  name: z.string(),
  lines: z.array(purchaseLineSchema),
});

export const bilanPurchasesSchema = z.object({
  available: z.boolean(),
  /** Contracts notified in the year without a usable amount (counted in number, 0 in value). */
  withoutAmount: z.number().int().nonnegative(),
  total: purchaseGroupSchema,
  byDirection: z.array(purchaseGroupSchema),
  byNature: z.array(purchaseGroupSchema),
});

export const bilanTrajectorySchema = z.object({
  code: z.string(),
  label: z.string(),
  targetValue: z.number().nullable(),
  points: z.array(z.object({ semester: semesterIdSchema, value: z.number().nullable() })),
});

export const bilanSchema = z.object({
  schemaVersion: z.literal(1),
  workbook: z.string(),
  year: z.number().int(),
  /** Date of the bilan, AAAA-MM-JJ. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  semesters: z.object({ s2: semesterIdSchema, s1: semesterIdSchema, previous: semesterIdSchema }),
  reports: z.object({
    s2: refreshReportSchema,
    s1: refreshReportSchema,
    previous: refreshReportSchema,
  }),
  essentials: z.object({
    keyRates: z.array(bilanKeyRateSchema),
    /** Planned insertion hours of the contracts notified in the year (register). */
    plannedHours: z.number().nullable(),
    /** IMP3-I3 (hours done, reported by the facilitators) at `Y-S2`. */
    realisedHours: indicatorValueSchema,
    advances: z.array(bilanMovementSchema),
    delays: z.array(bilanMovementSchema),
  }),
  axes: z.array(bilanAxisSchema),
  purchases: bilanPurchasesSchema,
  quality: z.object({
    counts: z.object({
      erreur: z.number().int().nonnegative(),
      avertissement: z.number().int().nonnegative(),
      info: z.number().int().nonnegative(),
    }),
    errors: z.array(reportIssueSchema),
  }),
  trajectories: z.array(bilanTrajectorySchema),
  method: z.array(z.string()),
});

export type BilanKeyRate = z.infer<typeof bilanKeyRateSchema>;
export type BilanRow = z.infer<typeof bilanRowSchema>;
export type BilanAxis = z.infer<typeof bilanAxisSchema>;
export type BilanMovement = z.infer<typeof bilanMovementSchema>;
export type PurchaseLine = z.infer<typeof purchaseLineSchema>;
export type PurchaseGroup = z.infer<typeof purchaseGroupSchema>;
export type BilanPurchases = z.infer<typeof bilanPurchasesSchema>;
export type BilanTrajectory = z.infer<typeof bilanTrajectorySchema>;
export type Bilan = z.infer<typeof bilanSchema>;
export type { RefreshReport };
