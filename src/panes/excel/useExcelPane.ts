/**
 * State hook of the Excel pane: owns the reducer and the workbook host (Office.js or a file), and
 * exposes the user's actions. Rendering lives in ExcelPane.tsx, styles in *.styles.ts.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef } from "react";
import type { ManualMapping } from "../../core/api";
import { semesterId } from "../../core/semester";
import type { ReportIssue } from "../../core/report";
import { detectOfficeHost } from "../common/loadOffice";
import { saveBytes } from "../common/saveBytes";
import { loadBilanEngine } from "../common/BilanEssentials";
import { useDecpImport, type DecpImportActions } from "./components/useDecpImport";
import { createBrowserHost, createTemplateWithoutFile } from "./host/browserHost";
import { EngineCancelledError } from "./host/engineClient";
import { fileEngine } from "./host/fileEngine";
import { startOfficeHost } from "./host/officeHost";
import type { BilanMade, BilanRequest, WorkbookHost } from "./host/workbookHost";
import { M } from "./messages";
import { describeError } from "./model/describeError";
import { issueTarget } from "./model/issueView";
import type { DecpPanelState } from "./model/decpImport";
import { initialPaneState, paneReducer, unsavedWork, type PaneState } from "./model/paneState";
import { semesterOfDate } from "./model/semesterOptions";

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
  /** Stops the running job (browser mode): the workbook stays as it was. */
  cancel(): void;
  /** The file held back because the refreshed workbook was not downloaded: open it anyway. */
  openHeldFile(): void;
  /** …after downloading the refreshed workbook. */
  downloadThenOpenHeldFile(): void;
  /** …or keep the current workbook. */
  keepCurrentFile(): void;
  /**
   * The bilan annuel's model, or null before a workbook is open: built in the file engine's
   * worker in browser mode, on the page (one refresh per task) from the sheets read in Excel.
   */
  makeBilan(request: BilanRequest): Promise<BilanMade | null>;
}

const isCancel = (error: unknown): boolean => error instanceof EngineCancelledError;

const XLSX_NAME = /\.(xlsx|xlsm)$/i;

export interface ExcelPaneHook {
  state: PaneState;
  actions: ExcelPaneActions;
  decp: DecpPanelState;
  decpActions: DecpImportActions;
}

/** `today` decides the semester « Automatique » refreshes on a blank workbook. */
export function useExcelPane(today: () => Date = () => new Date()): ExcelPaneHook {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const host = useRef<WorkbookHost | null>(null);
  // The latest state, for callbacks that must not be re-created on every change.
  const current = useRef(state);
  current.current = state;
  // The running job's cancellation, and a file waiting for the user's go-ahead.
  const job = useRef<AbortController | null>(null);
  const heldFile = useRef<File | null>(null);

  // One render per percent read at most, however often the reader reports.
  const lastPercent = useRef(-1);
  const startJob = (): AbortSignal => {
    lastPercent.current = -1;
    job.current = new AbortController();
    return job.current.signal;
  };
  const onProgress = (done: number, total: number): void => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (percent === lastPercent.current) return;
    lastPercent.current = percent;
    dispatch({ type: "progress", done, total });
  };

  const inspect = useCallback(async (target: WorkbookHost, opening = false) => {
    dispatch({ type: "inspectStarted" });
    try {
      const signal = startJob();
      const inspection = await target.inspect({ onProgress, signal });
      // A transition: React renders the new screen in slices, the page stays responsive.
      startTransition(() => dispatch({ type: "inspected", inspection }));
    } catch (error) {
      if (isCancel(error)) {
        if (host.current === target) host.current = null;
        dispatch({ type: "cancelled", notice: M.openCancelled });
      } else if (opening) {
        // A file that cannot be read is not the open workbook.
        if (host.current === target) host.current = null;
        dispatch({ type: "inspectFailed", message: describeError(error) });
      } else dispatch({ type: "failed", message: describeError(error) });
    }
  }, []);

  // A refreshed workbook not downloaded yet: the browser asks before the page goes.
  const unsaved = unsavedWork(state);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older browsers need a return value to show their dialog.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

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

  const open = (file: File): void => {
    void (async () => {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = createBrowserHost(file.name, bytes, today, fileEngine());
        host.current = opened;
        dispatch({ type: "fileOpened", fileName: file.name });
        decpActions.workbookChanged();
        await inspect(opened, true);
      } catch (error) {
        dispatch({ type: "inspectFailed", message: describeError(error) });
      }
    })();
  };

  const actions: ExcelPaneActions = {
    openFile(file) {
      if (!XLSX_NAME.test(file.name)) {
        dispatch({ type: "failed", message: M.notXlsx(file.name) });
        return;
      }
      if (unsavedWork(current.current)) {
        heldFile.current = file;
        dispatch({ type: "fileHeld", fileName: file.name });
        return;
      }
      open(file);
    },
    openHeldFile() {
      const file = heldFile.current;
      heldFile.current = null;
      dispatch({ type: "fileReleased" });
      if (file) open(file);
    },
    downloadThenOpenHeldFile() {
      actions.download();
      actions.openHeldFile();
    },
    keepCurrentFile() {
      heldFile.current = null;
      dispatch({ type: "fileReleased" });
    },
    cancel() {
      job.current?.abort();
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
          const signal = startJob();
          const result = await target.refresh(
            {
              ...(semester
                ? { semester }
                : { fallbackSemester: semesterId(semesterOfDate(today())) }),
              ...(mapping ? { mapping } : {}),
            },
            (step) => dispatch({ type: "stepStarted", step }),
            { onProgress, signal },
          );
          if (result.outcome.ok) {
            const view = {
              report: result.outcome.report,
              note: result.note,
              download: result.download,
            };
            // The results screen is the largest render: in slices, as a transition.
            startTransition(() => dispatch({ type: "refreshSucceeded", result: view }));
          } else {
            dispatch({
              type: "refreshRefused",
              code: result.outcome.code,
              message: result.outcome.message,
            });
          }
        } catch (error) {
          if (isCancel(error)) dispatch({ type: "cancelled", notice: M.refreshCancelled });
          else dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    download() {
      const file = current.current.download;
      if (!file) return;
      saveBytes(file.bytes, file.fileName);
      dispatch({ type: "downloadSaved" });
    },
    createTemplate() {
      if (current.current.busy) return;
      dispatch({ type: "templateStarted" });
      void (async () => {
        try {
          const target = host.current;
          const made = target
            ? await target.createTemplate()
            : await createTemplateWithoutFile(fileEngine());
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
          dispatch({ type: "cellShown", shown: { ...where, selected, issue } });
        } catch (error) {
          dispatch({ type: "failed", message: describeError(error) });
        }
      })();
    },
    dismiss() {
      dispatch({ type: "dismissed" });
    },
    async makeBilan(request) {
      const target = host.current;
      if (!target) return null;
      if (target.makeBilan) return target.makeBilan(request);
      const source = await target.readGrids?.(request.mapping);
      if (!source) return null;
      const e = await loadBilanEngine();
      const outcome = await e.makeBilan(
        source.grids,
        source.workbookName,
        request.year,
        request.date,
        request.mapping,
      );
      return { outcome, workbookName: source.workbookName };
    },
  };
  return { state, actions, decp, decpActions };
}
