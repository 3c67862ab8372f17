/**
 * Writes the status sheets (SheetPlan[]) into the live workbook: one sync for everything while
 * the request stays under the budget (more only for very large plans).
 *
 * A sheet this product wrote (ownership marker) is rewritten in place: the same worksheet is
 * cleared (values, formats, links, merges, conditional formats, frozen panes, the charts this
 * product drew) and written again. It is never deleted: the user's formulas, charts and names
 * that point into `Statut 2026-S1` keep pointing there instead of turning into #REF!, and a
 * VeryHidden sheet (which Excel refuses to delete) is handled like any other. Charts the user
 * added to the sheet stay. A sheet it did not write is never touched: asking for one throws
 * `ForeignSheetError` before anything is queued.
 */
import type { ExistingSheet } from "../core/api";
import type { SheetPlan } from "../core/sheetPlan";
import { ForeignSheetError } from "./errors";
import { OWNERSHIP_NAME } from "../core/api";
import type { XlContext, XlWorksheet } from "./officeSubset";
import { PAYLOAD_TARGET_BYTES } from "./payloadBudget";
import { CHART_NAME_PREFIX, OPERATION_BYTES, queueSheet } from "./writeSheet";
import { WriteQueue } from "./writeQueue";

export interface WriteOptions {
  /** Whether the host supports an API set; default: Office's requirement check. */
  readonly supports?: (set: string, version: string) => boolean;
  /** Request budget per sync (tests lower it); default 3.9 MiB. */
  readonly budgetBytes?: number;
  /** Sheet to show once written (e.g. the Synthèse). */
  readonly activate?: string;
}

export interface WriteResult {
  /** Round trips used. */
  readonly syncs: number;
  readonly written: readonly string[];
}

/**
 * An existing sheet, with its tab position, visibility and chart names when the reader knew
 * them (readHeaders does).
 */
type Existing = ExistingSheet & {
  readonly position?: number;
  readonly visible?: boolean;
  readonly charts?: readonly string[];
};

export async function writePlans(
  context: XlContext,
  plans: readonly SheetPlan[],
  existingSheets: readonly Existing[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  // Excel compares sheet names without regard to case.
  const existing = new Map(existingSheets.map((s) => [s.name.toUpperCase(), s]));
  const replaced: { plan: SheetPlan; old: Existing }[] = [];
  const added: SheetPlan[] = [];
  for (const plan of plans) {
    const old = existing.get(plan.name.toUpperCase());
    if (old && !old.ours) throw new ForeignSheetError(old.name);
    if (old) replaced.push({ plan, old });
    else added.push(plan);
  }
  const supports = options.supports ?? officeSupports;
  const queue = new WriteQueue(context, options.budgetBytes ?? PAYLOAD_TARGET_BYTES, () => {
    if (supports("ExcelApi", "1.6")) context.application.suspendApiCalculationUntilNextSync();
  });
  const worksheets = context.workbook.worksheets;

  for (const { plan, old } of replaced) {
    const ws = worksheets.getItem(old.name);
    await queueClear(queue, ws, old, supports);
    await queueSheet(queue, ws, plan, { supports });
  }
  for (const plan of added) {
    await queue.reserve(OPERATION_BYTES);
    await queueSheet(queue, worksheets.add(plan.name), plan, { supports });
  }
  // Only a sheet known to exist and visible: a failed activation would fail the whole batch
  // (Excel refuses to activate a hidden sheet).
  const target = options.activate;
  const showable = (name: string): boolean => {
    const old = existing.get(name.toUpperCase());
    if (old) return old.visible !== false;
    return plans.some((p) => p.name.toUpperCase() === name.toUpperCase());
  };
  if (target !== undefined && showable(target)) {
    await queue.reserve(OPERATION_BYTES);
    worksheets.getItem(target).activate();
  }
  await queue.flush();
  return { syncs: queue.syncCount, written: plans.map((p) => p.name) };
}

/**
 * Empties one of our sheets for a rewrite, keeping the worksheet itself: everything the
 * previous run wrote goes (the next write puts it back), the cells stay where they are.
 */
async function queueClear(
  queue: WriteQueue,
  ws: XlWorksheet,
  old: Existing,
  supports: (set: string, version: string) => boolean,
): Promise<void> {
  const ours = (old.charts ?? []).filter((name) => name.startsWith(CHART_NAME_PREFIX));
  await queue.reserve((5 + ours.length) * OPERATION_BYTES);
  for (const name of ours) ws.charts.getItem(name).delete();
  const all = ws.getRange();
  if (supports("ExcelApi", "1.6")) all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  if (supports("ExcelApi", "1.7")) ws.freezePanes.unfreeze();
  // The marker is written again with the plan (same name, maybe another semester).
  ws.names.getItem(OWNERSHIP_NAME).delete();
}

/** Office's requirement-set check, or "unsupported" outside Office. */
export function officeSupports(set: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported(set, version) ?? false;
}
