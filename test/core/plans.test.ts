import { refreshWorkbook } from "../../src/core/refresh";
import {
  STATUS_PRESENTATION,
  SEVERITY_PRESENTATION,
  contrastRatio,
} from "../../src/core/statusPresentation";
import { STATUS_KEYS } from "../../src/core/status";
import { buildTemplatePlans, TEMPLATE_SEMESTERS } from "../../src/core/templatePlan";
import { CATALOGUE } from "../../src/core/catalogue";
import {
  REGISTER_SYNONYMS,
  type RegisterColumnKey,
  assignColumns,
  matchRegisterHeader,
} from "../../src/core/headers";
import { d, pilotGrid, registerGrid } from "./gridBuilders";

test("every status and severity colour has text contrast ≥ 4.5:1", () => {
  for (const p of [...Object.values(STATUS_PRESENTATION), ...Object.values(SEVERITY_PRESENTATION)])
    expect(contrastRatio(p.fill, p.color)).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio("FFFFFF", "000000")).toBeCloseTo(21, 5);
});

describe("sheet plans", () => {
  const pilot = pilotGrid(
    ["Code", "Indicateur", "Responsable", "2025-S1", "2026-S1"],
    [
      { Code: "GOV1-I1", Indicateur: "x", Responsable: "DAJAP", "2026-S1": 1 },
      { Code: "BES1-I2", Indicateur: "x", Responsable: "DAJAP", "2025-S1": 5, "2026-S1": "abc" },
      {
        Code: "IMP3-I5",
        Indicateur: "x",
        Responsable: "Direction de l'Insertion",
        "2026-S1": "20 %",
      },
    ],
  );
  const register = registerGrid(
    ["Référence", "Date de notification", "Considérations sociales", "Montant HT"],
    [
      {
        Référence: "A",
        "Date de notification": d("2026-02-01"),
        "Considérations sociales": "Clause sociale",
        "Montant HT": 300000,
      },
      {
        Référence: "B",
        "Date de notification": d("2026-02-01"),
        "Considérations sociales": "Pas de considération sociale",
        "Montant HT": 100000,
      },
    ],
  );
  const out = refreshWorkbook([pilot, register], {
    workbookName: "p.xlsx",
    refreshedAt: new Date("2026-07-01T10:00:00Z"),
  });
  if (!out.ok) throw new Error(out.message);
  const [synthese, statut, controle] = out.plans;

  test("three sheets named for the semester", () => {
    expect(out.plans.map((p) => p.name)).toEqual([
      "Synthèse 2026-S1",
      "Statut 2026-S1",
      "Contrôle 2026-S1",
    ]);
  });

  test("Statut: one row per listed indicator; status as colour AND text AND symbol; rates as %", () => {
    expect(statut!.rows.length).toBe(2 + out.report.indicators.length);
    const header = statut!.rows[1]!.map((c) => c.value);
    const statusCol = header.indexOf("Statut");
    const valueCol = header.indexOf("Valeur");
    for (const row of statut!.rows.slice(2)) {
      const cell = row[statusCol]!;
      const key = cell.style!.replace("status_", "") as (typeof STATUS_KEYS)[number];
      expect(STATUS_KEYS).toContain(key);
      expect(cell.value).toBe(
        `${STATUS_PRESENTATION[key].symbol} ${STATUS_PRESENTATION[key].label}`,
      );
      expect(statut!.styles[cell.style!]!.fill).toBe(STATUS_PRESENTATION[key].fill);
    }
    const imp = statut!.rows.find((r) => r[0]!.value === "IMP3-I5")!;
    expect(imp[valueCol]).toMatchObject({ value: 0.2, numberFormat: "0.0%" });
    expect(statut!.freeze).toEqual({ rows: 2, columns: 1 });
  });

  test("Contrôle: one row per issue, sorted, with a link to the offending cell", () => {
    expect(controle!.rows.length).toBe(3 + out.report.issues.length);
    const first = controle!.rows[3]!;
    expect(first[0]!.value).toBe("✖ Erreur");
    expect(first[2]).toMatchObject({ value: "E3", link: { sheet: "Indicateurs", cell: "E3" } });
  });

  test("Synthèse: completeness, status counts with data bars, headline rates by count and by amount, owners", () => {
    const texts = synthese!.rows.map((r) => r.map((c) => c.value));
    const find = (label: string) => texts.find((r) => r[0] === label);
    expect(find("Indicateurs attendus")![1]).toBe(out.report.completeness.expected);
    expect(find("✔ Atteint")![1]).toBe(out.report.statusCounts.atteint);
    const social = texts.find((r) => r[1] === "IMP3-I5")!;
    expect(social[3]).toBe(0.2);
    expect(social[4]).toBeCloseTo(0.75, 12);
    expect(texts.some((r) => r[0] === "DAJAP")).toBe(true);
    expect(synthese!.dataBars!.length).toBeGreaterThan(0);
    expect(synthese!.charts![0]!.values).toMatch(/^B\d+:B\d+$/);
  });
});

test("the blank template's register has a column for everything the core reads, each header read as its own column", () => {
  const [, register] = buildTemplatePlans();
  const headers = register!.rows[0]!.map((c) => String(c.value));
  const matches = headers.map((h) => matchRegisterHeader(h));
  // Each header is recognised, exactly, as a column of its own.
  expect(headers.filter((_, i) => !matches[i]?.exact)).toEqual([]);
  const columns = assignColumns(matches);
  expect(new Set(Object.values(columns)).size).toBe(headers.length);
  // Lot, Consultation (whole need) and social services (their EU threshold) included.
  const keys = Object.keys(REGISTER_SYNONYMS) as RegisterColumnKey[];
  expect(keys.filter((k) => columns[k] === undefined)).toEqual([]);
});

test("the blank template holds the whole catalogue and 2026-S1…2030-S2, and is handed over to the user", () => {
  const [pilot, register] = buildTemplatePlans();
  expect(TEMPLATE_SEMESTERS[0]).toBe("2026-S1");
  expect(TEMPLATE_SEMESTERS.at(-1)).toBe("2030-S2");
  expect(pilot!.rows.length).toBe(3 + CATALOGUE.length);
  expect(pilot!.owned).toBe(false);
  expect(register!.rows[0]!.map((c) => c.value)).toContain("Date de notification");
  // The template reads back as a pilot workbook with every indicator.
  const grids = buildTemplatePlans().map((p) => ({
    name: p.name,
    rows: p.rows.map((r) => r.map((c) => c.value)),
  }));
  const out = refreshWorkbook(grids, { workbookName: "vierge.xlsx", refreshedAt: new Date(0) });
  expect(out.ok).toBe(true);
  if (out.ok) {
    expect(out.report.semester).toBe("2030-S2");
    expect(out.report.issues.filter((i) => i.message.includes("hors catalogue"))).toEqual([]);
    expect(out.report.issues.filter((i) => i.message.includes("remplace"))).toEqual([]);
  }
});
