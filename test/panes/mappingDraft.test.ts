import {
  draftForSheet,
  draftProblems,
  headersAt,
  initialDraft,
  toManualMapping,
  withColumn,
} from "../../src/panes/excel/model/mappingDraft";
import { M } from "../../src/panes/excel/messages";
import { sampleInspection } from "./fixtures";

describe("mapping draft", () => {
  const inspection = sampleInspection(null);
  const indicateurs = inspection.sheets[1]!;
  const notes = inspection.sheets[0]!;

  it("starts from the first sheet with a detected header row and its suggestions", () => {
    expect(initialDraft(inspection)).toEqual({
      sheet: "Indicateurs",
      headerRow: 1,
      columns: { code: 0, indicateur: 1, cible: 2 },
      registerSheet: undefined,
    });
  });

  it("starts from the previous mapping when there is one", () => {
    const previous = {
      sheet: "Notes",
      headerRow: 0,
      columns: { indicateur: 0 },
      registerSheet: null,
    };
    expect(initialDraft(inspection, previous)).toEqual({ ...previous });
  });

  it("is applicable when the label column is chosen and the header row holds a semester", () => {
    const draft = initialDraft(inspection);
    expect(draftProblems(draft, indicateurs)).toEqual([]);
    expect(headersAt(indicateurs, draft.headerRow)).toContain("S1 2026");
    expect(toManualMapping(draft)).toEqual({
      sheet: "Indicateurs",
      headerRow: 1,
      columns: { code: 0, indicateur: 1, cible: 2 },
    });
  });

  it("names each problem in French", () => {
    const noLabel = withColumn(initialDraft(inspection), "indicateur", undefined);
    expect(draftProblems(noLabel, indicateurs)).toEqual([M.mappingNeedsIndicator]);
    const wrongRow = { ...initialDraft(inspection), headerRow: 0 };
    expect(draftProblems(wrongRow, indicateurs)).toEqual([M.mappingNeedsSemester]);
    const twice = withColumn(initialDraft(inspection), "axe", 1);
    expect(draftProblems(twice, indicateurs)).toEqual([M.mappingDuplicate("B")]);
  });

  it("resets row and columns when another sheet is chosen", () => {
    const draft = draftForSheet(initialDraft(inspection), notes);
    expect(draft).toMatchObject({ sheet: "Notes", headerRow: 0, columns: {} });
    expect(draftProblems(draft, notes)).toEqual([M.mappingNeedsIndicator, M.mappingNeedsSemester]);
  });

  it("keeps the register choice: none, a sheet, or detection", () => {
    const base = initialDraft(inspection);
    expect(toManualMapping({ ...base, registerSheet: null }).registerSheet).toBeNull();
    expect(toManualMapping({ ...base, registerSheet: "Marchés" }).registerSheet).toBe("Marchés");
    expect("registerSheet" in toManualMapping(base)).toBe(false);
  });
});
