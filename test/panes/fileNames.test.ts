import { resultFileName } from "../../src/panes/common/resultFileName";
import {
  UNSAVED_WORKBOOK_NAME,
  workbookNameFromUrl,
} from "../../src/panes/excel/model/workbookNameFromUrl";

describe("resultFileName", () => {
  it.each([
    ["pilotage.xlsx", "2026-S1", "pilotage-spaser-2026-S1.xlsx"],
    ["Pilotage SPASER.XLSX", "2025-S2", "Pilotage SPASER-spaser-2025-S2.xlsx"],
    ["macro.xlsm", "2026-S2", "macro-spaser-2026-S2.xlsm"],
    ["sans-extension", "2026-S1", "sans-extension-spaser-2026-S1.xlsx"],
    [".xlsx", "2026-S1", "classeur-spaser-2026-S1.xlsx"],
  ])("%s + %s → %s", (name, semester, expected) => {
    expect(resultFileName(name, semester)).toBe(expected);
  });

  it("names every semester refreshed into the workbook", () => {
    expect(resultFileName("pilotage.xlsx", ["2026-S1", "2026-S2"])).toBe(
      "pilotage-spaser-2026-S1-2026-S2.xlsx",
    );
  });
});

describe("workbookNameFromUrl", () => {
  it.each([
    [
      "https://contoso.sharepoint.com/sites/achat/Documents/Pilotage%202026.xlsx",
      "Pilotage 2026.xlsx",
    ],
    ["C:\\Users\\coord\\Documents\\pilotage.xlsx", "pilotage.xlsx"],
    ["https://x/y/classeur.xlsx?web=1#top", "classeur.xlsx"],
    ["https://x/%E0%A4%A.xlsx", "%E0%A4%A.xlsx"],
    ["", UNSAVED_WORKBOOK_NAME],
    [null, UNSAVED_WORKBOOK_NAME],
  ])("%p → %p", (url, expected) => {
    expect(workbookNameFromUrl(url)).toBe(expected);
  });
});
