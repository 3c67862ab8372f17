/**
 * Writes the status sheets (SheetPlan[]) into the live workbook: one sync for everything while
 * the request stays under the budget (more only for very large plans).
 *
 * A sheet this product wrote (ownership marker) is replaced by deleting it and adding a fresh
 * sheet at the same tab position: nothing of the previous run survives (old charts, merges,
 * formats), and the marker is added again. A sheet it did not write is never touched: asking
 * for one throws `ForeignSheetError` before anything is queued.
 */
import type { ExistingSheet } from "../core/api";
import type { SheetPlan } from "../core/sheetPlan";
import { ForeignSheetError } from "./errors";
import type { XlContext } from "./officeSubset";
import { PAYLOAD_TARGET_BYTES } from "./payloadBudget";
import { OPERATION_BYTES, queueSheet } from "./writeSheet";
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

/** An existing sheet, with its tab position when the reader knew it. */
type Existing = ExistingSheet & { readonly position?: number };

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

  // Delete every replaced sheet first, then add them back in ascending position: each lands
  // exactly where it was, whatever the order of the plans.
  for (const { old } of replaced) {
    await queue.reserve(OPERATION_BYTES);
    worksheets.getItem(old.name).delete();
  }
  const ordered = [...replaced].sort(
    (a, b) => (a.old.position ?? Infinity) - (b.old.position ?? Infinity),
  );
  for (const { plan, old } of ordered) {
    await queue.reserve(2 * OPERATION_BYTES);
    const ws = worksheets.add(plan.name);
    if (old.position !== undefined) ws.position = old.position;
    await queueSheet(queue, ws, plan, { supports });
  }
  for (const plan of added) {
    await queue.reserve(OPERATION_BYTES);
    await queueSheet(queue, worksheets.add(plan.name), plan, { supports });
  }
  // Only a sheet known to exist: a failed activation would fail the whole batch.
  const target = options.activate;
  const known = (name: string): boolean =>
    plans.some((p) => p.name.toUpperCase() === name.toUpperCase()) ||
    existing.has(name.toUpperCase());
  if (target !== undefined && known(target)) {
    await queue.reserve(OPERATION_BYTES);
    worksheets.getItem(target).activate();
  }
  await queue.flush();
  return { syncs: queue.syncCount, written: plans.map((p) => p.name) };
}

/** Office's requirement-set check, or "unsupported" outside Office. */
export function officeSupports(set: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported(set, version) ?? false;
}
