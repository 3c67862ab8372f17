/**
 * State hook of the Excel pane: owns the reducer and the workbook host (Office.js or a file), and
 * exposes the user's actions. Rendering lives in ExcelPane.tsx, styles in *.styles.ts.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { ManualMapping } from "../../core/api";
import type { ReportIssue } from "../../core/report";
import type { Grid } from "../../core/grid";
import { detectOfficeHost } from "../common/loadOffice";
import { saveBytes } from "../common/saveBytes";
import { useDecpImport, type DecpImportActions } from "./components/useDecpImport";
import { createBrowserHost, createTemplateWithoutFile } from "./host/browserHost";
import { startOfficeHost } from "./host/officeHost";
import type { WorkbookHost } from "./host/workbookHost";
import { M } from "./messages";
import { describeError } from "./model/describeError";
import { issueTarget } from "./model/issueView";
import type { DecpPanelState } from "./model/decpImport";
import { initialPaneState, paneReducer, type PaneState } from "./model/paneState";

export interface ExcelPaneActions {
  openFile(file: File): void;
  chooseSemester(semester: string): void;
  refresh(): void;
  download(): void;
  createTemplate(): void;
  openMapping(): void;
  closeMapping(): void;
  applyMapping(mapping: ManualMapping): void;
  resetMapping(): void;
  showIssue(issue: ReportIssue): void;
  dismiss(): void;
  /** The workbook's grids for the bilan annuel, or null before a workbook is open. */
  readGrids(
    mapping?: ManualMapping,
  ): Promise<{ readonly grids: readonly Grid[]; readonly workbookName: string } | null>;
}

const XLSX_NAME = /\.(xlsx|xlsm)$/i;

export interface ExcelPaneHook {
  state: PaneState;
  actions: ExcelPaneActions;
  decp: DecpPanelState;
  decpActions: DecpImportActions;
}

export function useExcelPane(): ExcelPaneHook {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const host = useRef<WorkbookHost | null>(null);
  // The latest state, for callbacks that must not be re-created on every change.
  const current = useRef(state);
  current.current = state;

  const inspect = useCallback(async (target: WorkbookHost) => {
    dispatch({ type: "inspectStarted" });
    try {
      dispatch({ type: "inspected", inspection: await target.inspect() });
    } catch (error) {
      dispatch({ type: "failed", message: describeError(error) });
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    const startOffice = async (): Promise<void> => {
      dispatch({ type: "detected", mode: "office" });
      try {
        const start = await startOfficeHost();
        if (cancelled) return;
        if (!start.ok) {
          dispatch({ type: "unsupported", message: start.message });
          return;
        }
        host.current = start.host;
        await inspect(start.host);
      } catch (error) {
        dispatch({ type: "failed", message: describeError(error) });
      }
    };
    const detection = detectOfficeHost();
    void detection.initial.then((kind) => {
      if (cancelled) return;
      if (kind === "excel") {
        void startOffice();
        return;
      }
      dispatch({ type: "detected", mode: "browser" });
      // Office.js answered after the time-out (slow network): switch to Excel unless the user
      // has already opened a file in browser mode.
      void detection.late.then((late) => {
        if (!cancelled && late === "excel" && current.current.fileName === null) void startOffice();
      });
    });
    return () => {
      cancelled = true;
    };
  }, [inspect]);

  // After a DECP import the register may be new: read the workbook again to show it.
  const { decp, decpActions } = useDecpImport(
    () => host.current,
    (imported) => {
      if (host.current === imported) void inspect(imported);
    },
  );

  const actions: ExcelPaneActions = {
    openFile(file) {
      if (!XLSX_NAME.test(file.name)) {
        dispatch({ type: "failed", message: M.notXlsx(file.name) });
        return;
      }
      void (async () => {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const opened = createBrowserHost(file.name, bytes);
          host.current = opened;
          dispatch({ type: "fileOpened", fileName: file.name });
          decpActions.workbookChanged();
          await inspect(opened);
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    chooseSemester(semester) {
      dispatch({ type: "semesterChosen", semester });
    },
    refresh() {
      const target = host.current;
      if (!target || current.current.busy) return;
      const { semester, mapping } = current.current;
      dispatch({ type: "refreshStarted" });
      void (async () => {
        try {
          const result = await target.refresh(
            { ...(semester ? { semester } : {}), ...(mapping ? { mapping } : {}) },
            (step) => dispatch({ type: "stepStarted", step }),
          );
          if (result.outcome.ok) {
            dispatch({
              type: "refreshSucceeded",
              result: {
                report: result.outcome.report,
                note: result.note,
                download: result.download,
              },
            });
          } else {
            dispatch({
              type: "refreshRefused",
              code: result.outcome.code,
              message: result.outcome.message,
            });
          }
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    download() {
      const file = current.current.result?.download;
      if (file) saveBytes(file.bytes, file.fileName);
    },
    createTemplate() {
      if (current.current.busy) return;
      dispatch({ type: "templateStarted" });
      void (async () => {
        try {
          const target = host.current;
          const made = target ? await target.createTemplate() : await createTemplateWithoutFile();
          if (made.download) {
            saveBytes(made.download.bytes, made.download.fileName);
            dispatch({ type: "templateDone", notice: M.templateDownloaded });
          } else {
            dispatch({ type: "templateDone", notice: M.templateWritten });
            if (target) await inspect(target);
          }
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    openMapping() {
      dispatch({ type: "mappingOpened" });
    },
    closeMapping() {
      dispatch({ type: "mappingClosed" });
    },
    applyMapping(mapping) {
      dispatch({ type: "mappingApplied", mapping });
    },
    resetMapping() {
      dispatch({ type: "mappingReset" });
    },
    showIssue(issue) {
      const where = issueTarget(issue);
      const target = host.current;
      if (!where || !target) return;
      void (async () => {
        try {
          const selected = await target.showCell(where.sheet, where.cell);
          dispatch({ type: "cellShown", shown: { ...where, selected } });
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    dismiss() {
      dispatch({ type: "dismissed" });
    },
    async readGrids(mapping) {
      return (await host.current?.readGrids?.(mapping)) ?? null;
    },
  };
  return { state, actions, decp, decpActions };
}
