import {
  draftForSheet,
  draftProblems,
  fieldProblems,
  guessSemester,
  headersAt,
  initialDraft,
  suggestedSemesterColumns,
  toManualMapping,
  withColumn,
  withHeaderRow,
  withNewSemesterPick,
  withSemesterPick,
} from "../../src/panes/excel/model/mappingDraft";
import type { SheetPreview } from "../../src/panes/excel/host/workbookHost";
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
      semesterColumns: [],
    });
  });

  it("starts from the previous mapping when there is one", () => {
    const previous = {
      sheet: "Notes",
      headerRow: 0,
      columns: { indicateur: 0 },
      registerSheet: null,
    };
    expect(initialDraft(inspection, previous)).toEqual({ ...previous, semesterColumns: [] });
    const picked = { ...previous, semesterColumns: { "2026-S1": 3 } };
    expect(initialDraft(inspection, picked).semesterColumns).toEqual([
      { semester: "2026-S1", column: 3 },
    ]);
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

  describe("semester columns picked by hand", () => {
    // « Valeur juin 2026 » and « Réalisé déc. 2026 » are no semester headers for the detection.
    const free: SheetPreview = {
      name: "Suivi",
      headerRow: 0,
      suggested: { indicateur: 0 },
      semesters: [],
      rows: [
        ["Indicateur", "Valeur juin 2026", "Réalisé déc. 2026", "Commentaire 2026"],
        ["Heures d’insertion", "1200", "2500", ""],
      ],
    };
    const freeInspection = { ...inspection, pilotSheet: null, sheets: [free] };

    it("guesses the semester of a header naming a month and a year", () => {
      expect(guessSemester("Valeur juin 2026")).toBe("2026-S1");
      expect(guessSemester("Réalisé déc. 2026")).toBe("2026-S2");
      expect(guessSemester("Janvier 2027")).toBe("2027-S1");
      expect(guessSemester("Commentaire 2026")).toBeUndefined();
      // A header the detection reads already needs no pick.
      expect(guessSemester("S1 2026")).toBeUndefined();
      expect(suggestedSemesterColumns(free.rows[0]!)).toEqual([
        { semester: "2026-S1", column: 1 },
        { semester: "2026-S2", column: 2 },
      ]);
    });

    it("starts from the suggestions and makes them the mapping's semester columns", () => {
      const draft = initialDraft(freeInspection);
      expect(draft.semesterColumns).toHaveLength(2);
      expect(draftProblems(draft, free)).toEqual([]);
      expect(toManualMapping(draft).semesterColumns).toEqual({ "2026-S1": 1, "2026-S2": 2 });
    });

    it("needs a semester column, recognised or picked, and says which pick is wrong", () => {
      const none = withSemesterPick(
        withSemesterPick(initialDraft(freeInspection), 1, null),
        0,
        null,
      );
      expect(fieldProblems(none, free).get("semesters")).toBe(M.mappingNeedsSemester);
      const added = withNewSemesterPick(none);
      expect(added.semesterColumns).toEqual([{ semester: "2024-S1", column: undefined }]);
      expect(fieldProblems(added, free).get("semester-0")).toBe(M.mappingSemesterNeedsColumn);
      expect(fieldProblems(added, free).has("semesters")).toBe(false);
      const onLabels = withSemesterPick(added, 0, { semester: "2026-S1", column: 0 });
      expect(fieldProblems(onLabels, free).get("semester-0")).toBe(M.mappingDuplicate("A"));
      const twice = withSemesterPick(
        withNewSemesterPick(withSemesterPick(added, 0, { semester: "2026-S1", column: 1 })),
        1,
        { semester: "2026-S1", column: 2 },
      );
      expect(fieldProblems(twice, free).get("semester-1")).toBe(M.mappingSemesterTwice("2026-S1"));
      expect(toManualMapping(withSemesterPick(twice, 1, null)).semesterColumns).toEqual({
        "2026-S1": 1,
      });
    });

    it("marks the field of a problem: the label column, a column chosen twice", () => {
      const noLabel = withColumn(initialDraft(inspection), "indicateur", undefined);
      expect([...fieldProblems(noLabel, indicateurs).keys()]).toEqual(["indicateur"]);
      const twice = withColumn(initialDraft(inspection), "axe", 1);
      // « axe » comes before « indicateur » on the screen: the later field is the one marked.
      expect([...fieldProblems(twice, indicateurs).entries()]).toEqual([
        ["indicateur", M.mappingDuplicate("B")],
      ]);
    });

    it("suggests again when another header row is chosen", () => {
      const draft = withHeaderRow(initialDraft(freeInspection), free, 1);
      expect(draft.semesterColumns).toEqual([]);
      expect(withHeaderRow(draft, free, 0).semesterColumns).toHaveLength(2);
    });
  });
});
