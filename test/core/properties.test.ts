import fc from "fast-check";
import { refreshWorkbook } from "../../src/core/refresh";
import { refreshReportSchema } from "../../src/core/report";
import { readIndicatorCell } from "../../src/core/cellReading";
import { findPilotHeader } from "../../src/core/pilotSheet";
import { UNITS } from "../../src/core/catalogue";
import type { CellValue, Grid } from "../../src/core/grid";
import { inspectWorkbook } from "../../src/core/inspect";

/** Cells of every kind a host can give, biased towards the words the reader looks for. */
const words = fc.constantFrom(
  "Indicateur",
  "Libellé",
  "Code",
  "Cible",
  "Échéance",
  "Unité",
  "Référence",
  "Période de référence",
  "2026-S1",
  "S1 2026",
  "1er semestre 2026",
  "2025",
  "Date de notification",
  "Considérations sociales",
  "Montant HT",
  "NC",
  "Sans objet",
  "35 %",
  "1 234,5",
  "oui",
  "non",
  "≤ 12",
  "Augmenter",
  "GOV1-I1",
  "IMP3-I5",
  "#N/A",
  "Clause sociale",
  "15/03/2026",
  "—",
  "",
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  words,
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.date({ min: new Date("1899-01-01"), max: new Date("2200-01-01") }),
  fc.date(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
);
const row = fc.array(cell, { maxLength: 12 });
const grid: fc.Arbitrary<Grid> = fc.record({
  name: fc.oneof(
    fc.constantFrom("Indicateurs", "Marchés", "Statut 2026-S1", "Feuil1"),
    fc.string({ minLength: 1, maxLength: 31 }),
  ),
  rows: fc.array(row, { maxLength: 30 }),
});

test("any cell, for any unit, reads without throwing", () => {
  fc.assert(
    fc.property(cell, fc.constantFrom(...UNITS), (c, unit) => {
      const r = readIndicatorCell(c, unit);
      expect(["missing", "error", "na", "value", "invalid"]).toContain(r.kind);
    }),
    { numRuns: 3000 },
  );
});

test("header detection never throws", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const h = findPilotHeader(g);
      if (h) expect(h.row).toBeLessThan(20);
    }),
    { numRuns: 1000 },
  );
});

test("any grids of any values give a valid report or a typed failure, never an exception", () => {
  fc.assert(
    fc.property(
      fc.array(grid, { minLength: 1, maxLength: 3 }),
      fc.option(fc.constantFrom("2026-S1", "2025-S2", "2030-S2", "bad")),
      (grids, semester) => {
        const out = refreshWorkbook(grids, {
          workbookName: "x.xlsx",
          refreshedAt: new Date(0),
          ...(semester ? { semester } : {}),
        });
        if (out.ok) {
          refreshReportSchema.parse(out.report);
          expect(out.report.completeness.filled).toBeLessThanOrEqual(
            out.report.completeness.expected,
          );
          expect(out.plans).toHaveLength(3);
        } else expect(out.message.length).toBeGreaterThan(20);
        inspectWorkbook(grids);
      },
    ),
    { numRuns: 400 },
  );
});

/** A valid pilot header: catalogue columns and three semesters. */
const PILOT_HEADER = [
  "Code",
  "Indicateur",
  "Unité",
  "Cible",
  "Échéance",
  "Référence",
  "Période de référence",
  "2025-S1",
  "2025-S2",
  "2026-S1",
] as const;

test("a valid pilot header with random rows below always gives a report", () => {
  const withHeader = fc.array(row, { maxLength: 40 }).map<Grid>((rows) => ({
    name: "Indicateurs",
    rows: [[...PILOT_HEADER], ...rows],
  }));
  fc.assert(
    fc.property(withHeader, (g) => {
      const out = refreshWorkbook([g], { workbookName: "x.xlsx", refreshedAt: new Date(0) });
      expect(out.ok).toBe(true);
      if (out.ok) refreshReportSchema.parse(out.report);
    }),
    { numRuns: 400 },
  );
});

test("a number that is not finite (a file's 1E+400) is an invalid cell, never a target or a value", () => {
  // The counterexample fast-check found: an Infinity target made the report fail its schema.
  const g: Grid = {
    name: "Indicateurs",
    rows: [
      [...PILOT_HEADER],
      ["", "Indicateur", false, Number.POSITIVE_INFINITY],
      [
        "BES1-I6",
        "Marchés avec clause environnementale",
        "%",
        1,
        null,
        null,
        null,
        null,
        null,
        Number.NEGATIVE_INFINITY,
      ],
    ],
  };
  const out = refreshWorkbook([g], { workbookName: "x.xlsx", refreshedAt: new Date(0) });
  expect(out.ok).toBe(true);
  if (out.ok) {
    refreshReportSchema.parse(out.report);
    expect(out.report.indicators.find((i) => i.code === "BES1-I6")?.status).toBe("invalide");
  }
});
