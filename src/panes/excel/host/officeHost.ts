import type { ManualMapping } from "../../../core/api";
import { toInspection } from "../model/toInspection";
import { workbookNameFromUrl } from "../model/workbookNameFromUrl";
import { M } from "../messages";
import {
  PaneError,
  type DecpImportOutcome,
  type DecpRequest,
  type DecpStep,
  type HostRefreshResult,
  type RefreshRequest,
  type RefreshStep,
  type TemplateResult,
  type WorkbookHost,
} from "./workbookHost";
import { yieldToPage } from "../../common/yieldToPage";

type Engine = typeof import("./officeEngine");

export type OfficeHostStart =
  | { readonly ok: true; readonly host: WorkbookHost }
  | { readonly ok: false; readonly message: string };

function currentWorkbookName(): string {
  return workbookNameFromUrl(typeof Office === "undefined" ? null : Office.context?.document?.url);
}

/** The workbook open in Excel, read and written through Office.js. Checks the Excel version first. */
export async function startOfficeHost(
  now: () => Date = () => new Date(),
): Promise<OfficeHostStart> {
  const e: Engine = await import(/* webpackChunkName: "moteur-excel" */ "./officeEngine");
  const support = e.checkExcelSupport();
  if (!support.ok) return { ok: false, message: support.message };

  const host: WorkbookHost = {
    mode: "office",
    async inspect() {
      // The first 20 rows of each sheet are enough to find the header rows (PRODUCT §1): two
      // round-trips instead of reading the whole register when the pane opens.
      const headers = await Excel.run((context) => e.readHeaders(context));
      const grids = headers.samples.filter((s) => !s.ours).map((s) => s.grid);
      return toInspection(currentWorkbookName(), grids, e.inspectWorkbook(grids));
    },
    async refresh(
      request: RefreshRequest,
      onStep: (step: RefreshStep) => void,
    ): Promise<HostRefreshResult> {
      onStep("lecture");
      // Only what the core needs: the indicator sheet whole, the register's recognised columns.
      const { grids, existingSheets } = await Excel.run((context) =>
        e.readWorkbookGrids(context, {
          selectColumns: (h) => e.refreshSelection(h, request.mapping),
        }),
      );
      onStep("analyse");
      // Let the step show before the core's synchronous stretch, and paint after it.
      await yieldToPage();
      const outcome = e.refreshWorkbook(grids, {
        workbookName: currentWorkbookName(),
        refreshedAt: now(),
        existingSheets,
        ...(request.semester ? { semester: request.semester } : {}),
        ...(request.fallbackSemester ? { fallbackSemester: request.fallbackSemester } : {}),
        ...(request.mapping ? { mapping: request.mapping } : {}),
      });
      if (!outcome.ok) return { outcome, note: null, download: null };
      onStep("ecriture");
      await yieldToPage();
      // Show the Synthèse once written: that is what the coordinator looks at first.
      const synthese = outcome.plans.find((p) => p.kind === "synthese")?.name;
      await Excel.run((context) =>
        e.writePlans(
          context,
          outcome.plans,
          existingSheets,
          synthese ? { activate: synthese } : {},
        ),
      );
      return { outcome, note: null, download: null };
    },
    async createTemplate(): Promise<TemplateResult> {
      const { existingSheets } = await Excel.run((context) => e.readHeaders(context));
      const plans = e.buildTemplatePlans();
      // Never overwrite a sheet the user made: say which name is taken instead.
      const taken = plans.find((p) => existingSheets.some((s) => s.name === p.name && !s.ours));
      if (taken) throw new PaneError(M.templateNameTaken(taken.name));
      await Excel.run((context) => e.writePlans(context, plans, existingSheets));
      return { download: null };
    },
    async importDecp(
      request: DecpRequest,
      onStep: (step: DecpStep) => void,
    ): Promise<DecpImportOutcome> {
      return e.runDecpImport(
        request,
        currentWorkbookName(),
        (contracts, step) => e.decpIntoExcel((work) => Excel.run(work), contracts, step),
        onStep,
      );
    },
    async showCell(sheet: string, cell: string) {
      await Excel.run((context) => e.selectCell(context, sheet, cell));
      return true;
    },
    async readGrids(mapping?: ManualMapping) {
      // The same read as a refresh: the indicator sheet whole, the register's recognised columns.
      const { grids, existingSheets } = await Excel.run((context) =>
        e.readWorkbookGrids(context, { selectColumns: (h) => e.refreshSelection(h, mapping) }),
      );
      const ours = new Set(existingSheets.filter((s) => s.ours).map((s) => s.name));
      return { grids: grids.filter((g) => !ours.has(g.name)), workbookName: currentWorkbookName() };
    },
  };
  return { ok: true, host };
}
