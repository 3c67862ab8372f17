/**
 * Semester columns picked by hand in a manual mapping (headers the detection cannot read as
 * semesters), and the fallback semester of a refresh on a workbook where nothing is entered yet.
 */
import { refreshWorkbook } from "../../src/core/refresh";
import type { ManualMapping, RefreshOptions } from "../../src/core/api";
import type { Grid } from "../../src/core/grid";
import type { RefreshReport } from "../../src/core/report";
import { pilotGrid } from "./gridBuilders";

const OPTIONS: RefreshOptions = {
  workbookName: "pilotage.xlsx",
  refreshedAt: new Date("2026-07-15T08:00:00Z"),
};

function run(grids: Grid[], options: Partial<RefreshOptions> = {}): RefreshReport {
  const out = refreshWorkbook(grids, { ...OPTIONS, ...options });
  if (!out.ok) throw new Error(out.message);
  return out.report;
}

/** « Valeur juin 2026 » is no semester header for the detection. */
const FREE_HEADERS = ["Indicateur", "Valeur juin 2026", "Valeur décembre 2026"];
const freeGrid = pilotGrid(FREE_HEADERS, [
  {
    Indicateur: "Nombre d’heures d’insertion réalisées",
    "Valeur juin 2026": 1200,
    "Valeur décembre 2026": 2500,
  },
]);
const base: ManualMapping = { sheet: "Indicateurs", headerRow: 0, columns: { indicateur: 0 } };

describe("semester columns of a manual mapping", () => {
  it("reads a hand-picked column as the semester it is mapped to", () => {
    const mapping: ManualMapping = { ...base, semesterColumns: { "2026-S1": 1, "2026-S2": 2 } };
    const s1 = run([freeGrid], { mapping, semester: "2026-S1" });
    const entered = s1.indicators.filter((i) => i.source === "saisie");
    expect(entered).toHaveLength(1);
    expect(entered[0]).toMatchObject({ value: 1200, cell: "B2" });
    const s2 = run([freeGrid], { mapping, semester: "2026-S2" });
    expect(s2.indicators.find((i) => i.source === "saisie")).toMatchObject({
      value: 2500,
      cell: "C2",
    });
  });

  it("without the picked columns, the same mapping reads no value", () => {
    const r = run([freeGrid], { mapping: base, semester: "2026-S1" });
    expect(r.indicators.some((i) => i.source === "saisie")).toBe(false);
  });

  it("lets the automatic semester see the picked columns", () => {
    const mapping: ManualMapping = { ...base, semesterColumns: { "2026-S1": 1 } };
    expect(run([freeGrid], { mapping }).semester).toBe("2026-S1");
  });

  it("a picked column overrides the semester detection had given it", () => {
    const grid = pilotGrid(
      ["Indicateur", "2025-S2"],
      [{ Indicateur: "Nombre d’heures d’insertion réalisées", "2025-S2": 900 }],
    );
    const mapping: ManualMapping = { ...base, semesterColumns: { "2026-S1": 1 } };
    const r = run([grid], { mapping, semester: "2025-S2" });
    expect(r.indicators.some((i) => i.source === "saisie")).toBe(false);
    expect(run([grid], { mapping, semester: "2026-S1" }).indicators).toContainEqual(
      expect.objectContaining({ value: 900, source: "saisie" }),
    );
  });

  it("refuses a malformed semester id or column as a bad mapping", () => {
    const wrong: Record<string, number>[] = [
      { "juin 2026": 1 },
      { "2026-S1": -1 },
      { "2026-S1": 1.5 },
    ];
    for (const semesterColumns of wrong) {
      const out = refreshWorkbook([freeGrid], {
        ...OPTIONS,
        mapping: { ...base, semesterColumns },
      });
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.code).toBe("bad-mapping");
    }
  });
});

describe("fallback semester", () => {
  const blank = pilotGrid(
    ["Indicateur", "2026-S1", "2026-S2", "2030-S2"],
    [{ Indicateur: "Nombre d’heures d’insertion réalisées" }],
  );

  it("is refreshed when no semester column holds an entered value", () => {
    expect(run([blank]).semester).toBe("2030-S2");
    expect(run([blank], { fallbackSemester: "2026-S2" }).semester).toBe("2026-S2");
  });

  it("does not replace a semester holding an entered value", () => {
    const filled = pilotGrid(
      ["Indicateur", "2026-S1", "2026-S2", "2030-S2"],
      [{ Indicateur: "Nombre d’heures d’insertion réalisées", "2026-S1": 10 }],
    );
    expect(run([filled], { fallbackSemester: "2026-S2" }).semester).toBe("2026-S1");
  });

  it("never overrides a semester asked for", () => {
    expect(run([blank], { fallbackSemester: "2026-S2", semester: "2026-S1" }).semester).toBe(
      "2026-S1",
    );
  });
});
