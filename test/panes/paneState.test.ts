import {
  initialPaneState,
  paneReducer,
  pilotSemesters,
  stepStates,
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
