/**
 * Issue 12, points 5 and 12: CR-I1 and IMP3-I6 apply their thresholds to the whole need (all the
 * lots of one procedure), and social and other specific services have a 750 000 € EU threshold.
 */
import { computeRule } from "../../src/core/compute";
import { findRegisterHeader, procedureKey, readRegister } from "../../src/core/register";
import { IssueList } from "../../src/core/issues";
import { catalogueByCode } from "../../src/core/catalogue";
import { EU_THRESHOLDS, euThreshold, noPublicityThreshold } from "../../src/core/thresholds";
import type { CellValue, Grid } from "../../src/core/grid";
import { d, registerGrid } from "./gridBuilders";

const S2 = { year: 2026, half: 2 } as const;

function register(grid: Grid) {
  const h = findRegisterHeader(grid)!;
  return readRegister(
    grid,
    { sheet: grid.name, headerRow: h.row, columns: h.columns },
    new IssueList(),
  );
}

function compute(code: string, grid: Grid) {
  return computeRule(catalogueByCode(code)!.computed!, code, S2, register(grid), {
    info: () => undefined,
  });
}

const CR_HEADERS = [
  "Référence",
  "Date de notification",
  "Date de lancement",
  "Nature",
  "Procédure",
  "Montant HT",
  "Considérations sociales",
];

function crRow(ref: string, amount: number, extra: Record<string, CellValue> = {}) {
  return {
    Référence: ref,
    "Date de notification": d("2026-11-02"),
    "Date de lancement": d("2026-09-01"),
    Nature: "Services",
    Procédure: "Appel d'offres ouvert",
    "Montant HT": amount,
    "Considérations sociales": "Pas de considération sociale",
    ...extra,
  };
}

describe("procedureKey", () => {
  test.each<[string, string, string, string]>([
    ["2026-012-L2", "", "", "2026-012"],
    ["2026-012-LOT3", "", "", "2026-012"],
    ["AO 2026-5 lot 1", "", "", "AO 2026-5"],
    ["2026-012-02", "2", "", "2026-012"],
    ["2026-012-02", "Lot 2", "", "2026-012"],
  ])("%s (lot « %s », consultation « %s ») belongs to %s", (ref, lot, consultation, base) => {
    expect(procedureKey(ref, lot, consultation, "")).toBe(procedureKey(base, "", "", ""));
    expect(procedureKey(ref, lot, consultation, "")).not.toBe(procedureKey(ref, "", "", "x"));
  });
  test("bare trailing digits without a Lot column are part of the number", () => {
    expect(procedureKey("2026-012-02", "", "", "")).not.toBe(procedureKey("2026-012", "", "", ""));
    expect(procedureKey("2026L2", "", "", "")).not.toBe(procedureKey("2026", "", "", ""));
  });
  test("the Consultation column wins; buyers are kept apart", () => {
    expect(procedureKey("X-1", "", "Consultation 7", "")).toBe(
      procedureKey("Y-2", "", "consultation 7", ""),
    );
    expect(procedureKey("M-L1", "", "", "A")).not.toBe(procedureKey("M-L1", "", "", "B"));
  });
});

describe("readRegister keeps buyers apart", () => {
  const headers = [...CR_HEADERS, "Acheteur"];
  test("lots are summed within a buyer only, and a reference repeats only within one buyer", () => {
    const issues = new IssueList();
    const g = registerGrid(headers, [
      crRow("M-L1", 30_000, { Acheteur: "A" }),
      crRow("M-L2", 30_000, { Acheteur: "A" }),
      crRow("M-L1", 25_000, { Acheteur: "B" }),
      crRow("M-L1", 99_000, { Acheteur: "A" }),
      crRow("m-l3", 5_000, { Acheteur: "A" }),
    ]);
    const h = findRegisterHeader(g)!;
    const reg = readRegister(g, { sheet: g.name, headerRow: h.row, columns: h.columns }, issues);
    expect(reg.contracts.map((c) => [c.row, c.amount, c.needAmount])).toEqual([
      [1, 30_000, 65_000],
      [2, 30_000, 65_000],
      [3, 25_000, 25_000],
      [5, 5_000, 65_000],
    ]);
    expect(issues.sorted().map((i) => [i.cell, i.message])).toEqual([
      [
        "A5",
        "Le marché « M-L1 » figure déjà ligne 2 (une ligne par titulaire ?) : il n’est compté qu’une fois.",
      ],
    ]);
  });
});

describe("readRegister: references and procedures in one book", () => {
  test("a lot, its bare reference and its upper-case spelling are one procedure; only the exact reference repeats", () => {
    const issues = new IssueList();
    const g = registerGrid(CR_HEADERS, [
      crRow("x-L1", 10_000),
      crRow("x", 20_000),
      crRow("X", 5_000),
      crRow("x", 1_000),
      crRow("y", 7_000),
    ]);
    const h = findRegisterHeader(g)!;
    const reg = readRegister(g, { sheet: g.name, headerRow: h.row, columns: h.columns }, issues);
    expect(reg.contracts.map((c) => [c.row, c.needAmount])).toEqual([
      [1, 35_000],
      [2, 35_000],
      [3, 35_000],
      [5, 7_000],
    ]);
    expect(issues.sorted().map((i) => i.cell)).toEqual(["A5"]);
  });
});

describe("CR-I1 on the whole need (point 12)", () => {
  test("three lots of 100 000 € of one procedure are above the 216 000 € threshold", () => {
    const g = registerGrid(CR_HEADERS, [
      crRow("2026-040-L1", 100_000, { "Considérations sociales": "Clause sociale" }),
      crRow("2026-040-L2", 100_000),
      crRow("2026-040-L3", 100_000),
      crRow("2026-041", 100_000),
    ]);
    // Three lots in scope (one with a social clause); the stand-alone 100 000 € contract is not.
    expect(compute("CR-I1", g)).toMatchObject({ numerator: 1, denominator: 3 });
    expect(register(g).contracts.map((c) => c.needAmount)).toEqual([
      300_000, 300_000, 300_000, 100_000,
    ]);
  });
  test("a « Consultation » column groups rows whatever their references", () => {
    const g = registerGrid(
      [...CR_HEADERS, "Consultation"],
      [
        crRow("M-A", 150_000, { Consultation: "C-9" }),
        crRow("M-B", 150_000, { Consultation: "C-9" }),
      ],
    );
    expect(compute("CR-I1", g)).toMatchObject({ numerator: 0, denominator: 2 });
  });
  test("only « Clause sociale » (execution condition) or the exception counts, not a criterion", () => {
    const g = registerGrid(CR_HEADERS, [
      crRow("R1", 400_000, { "Considérations sociales": "Critère social" }),
      crRow("R2", 400_000, { "Considérations sociales": "Marché réservé" }),
      crRow("R3", 400_000, { "Considérations sociales": "Clause sociale" }),
    ]);
    expect(compute("CR-I1", g)).toMatchObject({ numerator: 1, denominator: 3 });
  });
});

describe("social and other specific services (point 5)", () => {
  test("the threshold table holds 750 000 € and the 2022-2023 row", () => {
    expect(euThreshold("Services sociaux", "2026-09-01")).toBe(750_000);
    expect(euThreshold("Services", "2023-06-01")).toBe(215_000);
    expect(euThreshold("Travaux", "2023-06-01")).toBe(5_382_000);
    expect(euThreshold("Services", "2026-01-01")).toBe(216_000);
    expect(EU_THRESHOLDS.every((row) => row.value["Services sociaux"] === 750_000)).toBe(true);
  });
  test("a Nature cell or a « Services sociaux » column puts a 500 000 € contract below its threshold", () => {
    const g = registerGrid(
      [...CR_HEADERS, "Services sociaux"],
      [
        crRow("S1", 500_000, { Nature: "Services sociaux et autres services spécifiques" }),
        crRow("S2", 500_000, { "Services sociaux": "oui" }),
        crRow("S3", 500_000),
        crRow("S4", 800_000, {
          "Services sociaux": "oui",
          "Considérations sociales": "Clause sociale",
        }),
      ],
    );
    // S1 and S2 are below 750 000 €: out of scope. S3 (ordinary services) and S4 are in.
    expect(compute("CR-I1", g)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(register(g).contracts.map((c) => c.socialServices)).toEqual([true, true, false, true]);
  });
});

describe("IMP3-I6 on the whole need (point 12)", () => {
  test("two lots of 30 000 € of one procedure are above 40 000 €", () => {
    const g = registerGrid(
      ["Référence", "Date de notification", "Montant HT", "Analyse clause sociale"],
      [
        {
          Référence: "P-L1",
          "Date de notification": d("2026-10-01"),
          "Montant HT": 30_000,
          "Analyse clause sociale": "oui",
        },
        { Référence: "P-L2", "Date de notification": d("2026-10-01"), "Montant HT": 30_000 },
        { Référence: "Q", "Date de notification": d("2026-10-01"), "Montant HT": 30_000 },
      ],
    );
    expect(compute("IMP3-I6", g)).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe("works dispense threshold history (point 14)", () => {
  test.each<[string, number]>([
    ["2020-03-01", 40_000],
    ["2020-09-01", 70_000],
    ["2021-06-01", 100_000],
    ["2025-06-01", 100_000],
    ["2026-02-01", 100_000],
  ])("travaux launched %s: %d €", (day, value) => {
    expect(noPublicityThreshold("Travaux", day)).toBe(value);
  });
  test("supplies and services: 40 000 € then 60 000 € from 1 April 2026", () => {
    expect(noPublicityThreshold("Fournitures", "2026-03-31")).toBe(40_000);
    expect(noPublicityThreshold("Services sociaux", "2026-04-01")).toBe(60_000);
  });
});
