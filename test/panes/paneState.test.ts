import {
  initialPaneState,
  paneReducer,
  pilotSemesters,
  stepStates,
  unsavedWork,
  type PaneAction,
  type PaneState,
} from "../../src/panes/excel/model/paneState";
import { REFRESH_STEPS } from "../../src/panes/excel/host/workbookHost";
import { sampleInspection, sampleReport } from "./fixtures";

function run(actions: readonly PaneAction[], from: PaneState = initialPaneState): PaneState {
  return actions.reduce(paneReducer, from);
}

describe("paneReducer", () => {
  it("goes through a successful browser-mode refresh", () => {
    const report = sampleReport();
    const s = run([
      { type: "detected", mode: "browser" },
      { type: "fileOpened", fileName: "pilotage.xlsx" },
      { type: "inspectStarted" },
      { type: "inspected", inspection: sampleInspection() },
      { type: "semesterChosen", semester: "2025-S2" },
      { type: "refreshStarted" },
      { type: "stepStarted", step: "lecture" },
      { type: "stepStarted", step: "analyse" },
    ]);
    expect(s).toMatchObject({
      mode: "browser",
      busy: "refresh",
      step: "analyse",
      semester: "2025-S2",
      mappingOpen: false,
    });
    const done = paneReducer(s, {
      type: "refreshSucceeded",
      result: { report, note: null, download: null },
    });
    expect(done.busy).toBeNull();
    expect(done.step).toBeNull();
    expect(done.result?.report.semester).toBe("2026-S1");
  });

  it("opens the mapping screen at once when no pilot sheet is found", () => {
    const s = run([
      { type: "detected", mode: "office" },
      { type: "inspected", inspection: sampleInspection(null) },
    ]);
    expect(s.mappingOpen).toBe(true);
  });

  it("opens the mapping screen when the core refuses for want of an indicator sheet, not for a bad semester", () => {
    const base = run([
      { type: "inspected", inspection: sampleInspection() },
      { type: "refreshStarted" },
      { type: "stepStarted", step: "analyse" },
    ]);
    const noSheet = paneReducer(base, {
      type: "refreshRefused",
      code: "no-indicator-sheet",
      message: "Aucune feuille.",
    });
    expect(noSheet).toMatchObject({
      mappingOpen: true,
      error: "Aucune feuille.",
      failedStep: "analyse",
      busy: null,
    });
    const badSemester = paneReducer(base, {
      type: "refreshRefused",
      code: "bad-semester",
      message: "Semestre inconnu.",
    });
    expect(badSemester.mappingOpen).toBe(false);
    expect(badSemester.error).toBe("Semestre inconnu.");
  });

  it("records the failed step of an exception during a refresh only", () => {
    const during = run([
      { type: "refreshStarted" },
      { type: "stepStarted", step: "ecriture" },
      { type: "failed", message: "x" },
    ]);
    expect(during.failedStep).toBe("ecriture");
    const outside = run([{ type: "inspectStarted" }, { type: "failed", message: "y" }]);
    expect(outside.failedStep).toBeNull();
    expect(outside.busy).toBeNull();
  });

  it("forgets the previous file's results when a new file is opened, but keeps the mode", () => {
    const s = run([
      { type: "detected", mode: "browser" },
      { type: "inspected", inspection: sampleInspection() },
      {
        type: "mappingApplied",
        mapping: { sheet: "Indicateurs", headerRow: 1, columns: { indicateur: 1 } },
      },
      { type: "refreshSucceeded", result: { report: sampleReport(), note: null, download: null } },
      { type: "fileOpened", fileName: "autre.xlsx" },
    ]);
    expect(s).toMatchObject({
      mode: "browser",
      fileName: "autre.xlsx",
      inspection: null,
      mapping: null,
      result: null,
    });
  });

  it("applies, then resets, a manual mapping and clears the error", () => {
    const mapping = { sheet: "Notes", headerRow: 0, columns: { indicateur: 0 } };
    const s = run([
      { type: "inspected", inspection: sampleInspection(null) },
      { type: "failed", message: "Aucune feuille d’indicateurs." },
      { type: "mappingApplied", mapping },
    ]);
    expect(s).toMatchObject({ mapping, mappingOpen: false, error: null });
    expect(paneReducer(s, { type: "mappingReset" }).mapping).toBeNull();
  });

  it("dismisses errors and notices", () => {
    const s = run([
      { type: "templateStarted" },
      { type: "templateDone", notice: "ok" },
      { type: "failed", message: "e" },
    ]);
    expect(s.notice).toBe("ok");
    expect(s.error).toBe("e");
    expect(paneReducer(s, { type: "dismissed" })).toMatchObject({ notice: null, error: null });
  });
});

describe("pilotSemesters", () => {
  it("lists the semesters of the detected sheet, or of the hand-picked one", () => {
    const inspection = sampleInspection();
    expect(pilotSemesters(inspection)).toEqual(["2025-S2", "2026-S1"]);
    expect(pilotSemesters(inspection, { sheet: "Notes", headerRow: 0, columns: {} })).toEqual([]);
    expect(pilotSemesters(sampleInspection(null))).toEqual([]);
  });

  it("counts the semester columns picked by hand in the mapping", () => {
    const mapping = {
      sheet: "Notes",
      headerRow: 0,
      columns: { indicateur: 0 },
      semesterColumns: { "2026-S1": 1 },
    };
    expect(pilotSemesters(sampleInspection(), mapping)).toEqual(["2026-S1"]);
    const onDetected = { ...mapping, sheet: "Indicateurs" };
    expect(pilotSemesters(sampleInspection(), onDetected)).toEqual(["2025-S2", "2026-S1"]);
  });
});

describe("stepStates", () => {
  it.each([
    [null, null, false, ["pending", "pending", "pending"]],
    ["lecture", null, false, ["current", "pending", "pending"]],
    ["ecriture", null, false, ["done", "done", "current"]],
    [null, "analyse", false, ["done", "failed", "pending"]],
    [null, null, true, ["done", "done", "done"]],
  ] as const)("current %p, failed %p, finished %p", (current, failed, finished, expected) => {
    const states = stepStates(REFRESH_STEPS, current, failed, finished);
    expect(REFRESH_STEPS.map((s) => states[s])).toEqual(expected);
  });
});

describe("paneReducer: nothing stale, nothing lost", () => {
  const download = { bytes: new Uint8Array([1]), fileName: "p-spaser-2026-S1.xlsx" };
  const refreshed = (): PaneState =>
    run([
      { type: "detected", mode: "browser" },
      { type: "fileOpened", fileName: "pilotage.xlsx" },
      { type: "inspected", inspection: sampleInspection() },
      { type: "refreshStarted" },
      { type: "refreshSucceeded", result: { report: sampleReport(), note: null, download } },
    ]);

  it("forgets a file that could not be read", () => {
    const s = run([
      { type: "detected", mode: "browser" },
      { type: "fileOpened", fileName: "corrompu.xlsx" },
      { type: "inspectStarted" },
      { type: "inspectFailed", message: "Le fichier est endommagé." },
    ]);
    expect(s).toMatchObject({ fileName: null, inspection: null, busy: null, mode: "browser" });
    expect(s.error).toBe("Le fichier est endommagé.");
  });

  it("hides the results of another semester until the next refresh, keeping the workbook", () => {
    const s = paneReducer(refreshed(), { type: "semesterChosen", semester: "2026-S2" });
    expect(s.result).toBeNull();
    expect(s.download).toBe(download);
    // Choosing the same semester again changes nothing.
    expect(
      paneReducer(refreshed(), { type: "semesterChosen", semester: "" }).result,
    ).not.toBeNull();
    // A mapping applied or reset makes the results stale too.
    const mapped = paneReducer(refreshed(), {
      type: "mappingApplied",
      mapping: { sheet: "Indicateurs", headerRow: 1, columns: { indicateur: 1 } },
    });
    expect(mapped.result).toBeNull();
  });

  it("knows when a refreshed workbook would be lost, until it is downloaded", () => {
    const s = refreshed();
    expect(unsavedWork(s)).toBe(true);
    const held = paneReducer(s, { type: "fileHeld", fileName: "autre.xlsx" });
    expect(held.heldFile).toBe("autre.xlsx");
    const saved = paneReducer(held, { type: "downloadSaved" });
    expect(unsavedWork(saved)).toBe(false);
    expect(paneReducer(saved, { type: "fileReleased" }).heldFile).toBeNull();
    // A new refresh makes a new workbook to download.
    const again = paneReducer(paneReducer(saved, { type: "refreshStarted" }), {
      type: "refreshSucceeded",
      result: { report: sampleReport(), note: null, download },
    });
    expect(unsavedWork(again)).toBe(true);
    // Office mode writes into the workbook: nothing to lose.
    expect(unsavedWork(run([{ type: "detected", mode: "office" }]))).toBe(false);
  });

  it("a cancelled refresh leaves the previous results; a cancelled opening, no file", () => {
    const during = run(
      [{ type: "refreshStarted" }, { type: "progress", done: 5, total: 10 }],
      refreshed(),
    );
    expect(during.progress).toEqual({ done: 5, total: 10 });
    const cancelled = paneReducer(during, { type: "cancelled", notice: "Annulé." });
    expect(cancelled).toMatchObject({ busy: null, progress: null, notice: "Annulé." });
    expect(cancelled.download).toBe(download);
    const opening = run([
      { type: "fileOpened", fileName: "gros.xlsx" },
      { type: "inspectStarted" },
      { type: "cancelled", notice: "Annulé." },
    ]);
    expect(opening).toMatchObject({ fileName: null, busy: null, notice: "Annulé." });
  });
});
