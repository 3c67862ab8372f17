import { previewRows, rowSummary } from "../../src/panes/excel/model/preview";
import { toInspection } from "../../src/panes/excel/model/toInspection";
import { describeError } from "../../src/panes/excel/model/describeError";
import { PaneError } from "../../src/panes/excel/host/workbookHost";
import { M } from "../../src/panes/excel/messages";

describe("previewRows", () => {
  it("turns every kind of cell into text and pads ragged rows", () => {
    const rows = previewRows({
      name: "F",
      rows: [
        [" Code ", 12, true, 966.31],
        [new Date(Date.UTC(2025, 0, 1)), { error: "#N/A" }, 2026, -0.5],
        [null],
      ],
    });
    // French formats: decimal comma, day/month/year, VRAI/FAUX; a year is not grouped.
    expect(rows).toEqual([
      ["Code", "12", "VRAI", "966,31"],
      ["01/01/2025", "#N/A", "2026", "-0,5"],
      ["", "", "", ""],
    ]);
  });
  it("keeps only the first rows", () => {
    const grid = { name: "F", rows: Array.from({ length: 50 }, (_, i) => [i]) };
    expect(previewRows(grid)).toHaveLength(20);
    expect(previewRows(grid, 3)).toEqual([["0"], ["1"], ["2"]]);
  });
});

describe("rowSummary", () => {
  it("joins the non-empty cells and shortens long rows", () => {
    expect(rowSummary(["Code", "", "Indicateur"])).toBe("Code · Indicateur");
    expect(rowSummary(["x".repeat(100)], 10)).toBe("xxxxxxxxx…");
  });
});

describe("toInspection", () => {
  it("joins the core's detection with each sheet's preview", () => {
    const grids = [{ name: "Indicateurs", rows: [["Indicateur", "S1 2026"]] }];
    const inspection = toInspection("p.xlsx", grids, {
      pilotSheet: "Indicateurs",
      registerSheet: null,
      sheets: [
        { name: "Indicateurs", headerRow: 0, suggested: { indicateur: 0 }, semesters: ["2026-S1"] },
        { name: "Absente", headerRow: null, suggested: {}, semesters: [] },
      ],
    });
    expect(inspection.workbookName).toBe("p.xlsx");
    expect(inspection.sheets[0]!.rows).toEqual([["Indicateur", "S1 2026"]]);
    expect(inspection.sheets[1]!.rows).toEqual([]);
  });
});

describe("describeError", () => {
  it("shows user-facing errors as they are, and anything else as an unexpected error", () => {
    expect(describeError(new PaneError("Une feuille existe déjà."))).toBe(
      "Une feuille existe déjà.",
    );
    const unreadable = Object.assign(new Error("Le fichier « a.xlsx » n’est pas un classeur."), {
      name: "UnreadableWorkbookError",
    });
    expect(describeError(unreadable)).toBe("Le fichier « a.xlsx » n’est pas un classeur.");
    expect(describeError(new TypeError("x is undefined"))).toBe(M.unexpected("x is undefined"));
    expect(describeError("boum")).toBe(M.unexpected("boum"));
  });
});
