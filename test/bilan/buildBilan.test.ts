/**
 * The bilan model on a small hand-made workbook whose figures are computed by hand: the L2111-3
 * table (number, value, shares, by direction and nature), the key rates, the default year
 * (PRODUCT §11), the advances and delays (change / target, ties by code within ε).
 */
import { bilanSteps, bilanYears, buildBilan, defaultYear } from "../../src/bilan/buildBilan";
import { bilanSchema, type Bilan, type PurchaseGroup } from "../../src/bilan/model";
import { refreshWorkbookModel } from "../../src/core/refresh";
import type { CellValue, Grid } from "../../src/core/grid";
import { purchasesCsv } from "../../src/bilan/csv";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function pilot(withS2026: boolean): Grid {
  const rows: CellValue[][] = [
    [
      "Code",
      "Indicateur",
      "Unité",
      "Cible",
      "Échéance",
      "2025-S2",
      "2026-S1",
      "2026-S2",
      "Commentaire",
    ],
    // change / target: +0.10 / 1 = 0.1
    [
      "BES1-I6",
      "Part env",
      "%",
      null,
      null,
      0.7,
      0.75,
      withS2026 ? 0.8 : null,
      "Repris du rapport",
    ],
    // +0.035 / 0.35 = 0.1 (a tie with BES1-I6 within ε: the code decides)
    ["IMP3-I5", "Part sociale", "%", null, null, 0.3, 0.31, withS2026 ? 0.335 : null, null],
    // -0.1 / 1: a delay
    ["GOV2-I5", "Part label", "%", null, null, 0.5, 0.45, withS2026 ? 0.4 : null, null],
    // ≤ 400 t, 500 → 450: -50 × -1 / 400 = +0.125 (a decrease is an advance for a ≤ target)
    ["BES2-I1", "Déchets", "tonnes", "≤ 400", "2030", 500, null, withS2026 ? 450 : null, null],
  ];
  return { name: "Indicateurs", rows };
}

const REGISTER: Grid = {
  name: "Marchés",
  rows: [
    [
      "Référence",
      "Direction",
      "Nature",
      "Montant HT",
      "Date de notification",
      "Considérations sociales",
      "Considérations environnementales",
      "Clause d'insertion",
      "Label SPASER",
    ],
    [
      "R1",
      "Voirie",
      "Travaux",
      100000,
      d("2026-02-01"),
      "Clause sociale",
      "Clause environnementale",
      "oui",
      "oui",
    ],
    [
      "R2",
      "Voirie",
      "Services",
      50000,
      d("2026-08-01"),
      "Marché réservé",
      "Pas de considération environnementale",
      "non",
      "non",
    ],
    [
      "R3",
      "Collèges",
      "Fournitures",
      30000,
      d("2026-11-15"),
      "Pas de considération sociale",
      "Critère environnemental",
      "non",
      "oui",
    ],
    ["R4", null, "Services", null, d("2026-03-01"), null, null, "non", "non"],
    [
      "R5",
      "Collèges",
      "Travaux",
      999999,
      d("2025-05-01"),
      "Clause sociale",
      "Clause environnementale",
      "oui",
      "oui",
    ],
    // One row per titulaire: counted once.
    [
      "R1",
      "Voirie",
      "Travaux",
      100000,
      d("2026-02-01"),
      "Clause sociale",
      "Clause environnementale",
      "oui",
      "oui",
    ],
  ],
};

function make(withS2026 = true, year?: number): Bilan {
  const out = buildBilan([pilot(withS2026), REGISTER], {
    workbookName: "main.xlsx",
    date: d("2027-01-15"),
    ...(year ? { year } : {}),
  });
  if (!out.ok) throw new Error(out.message);
  return bilanSchema.parse(out.bilan);
}

const line = (g: PurchaseGroup, key: string) => g.lines.find((l) => l.key === key)!;

describe("L2111-3: contracts notified in 2026, in number and in value", () => {
  const b = make();
  test("all, env, social, insertion, reserved, label, with their shares", () => {
    const t = b.purchases.total;
    expect(b.purchases.withoutAmount).toBe(1);
    expect(line(t, "tous")).toMatchObject({
      count: 4,
      amount: 180000,
      shareCount: 1,
      shareAmount: 1,
    });
    expect(line(t, "env")).toMatchObject({ count: 2, amount: 130000, shareCount: 0.5 });
    expect(line(t, "env").shareAmount).toBeCloseTo(130000 / 180000, 12);
    expect(line(t, "social")).toMatchObject({ count: 2, amount: 150000, shareCount: 0.5 });
    expect(line(t, "insertion")).toMatchObject({ count: 1, amount: 100000, shareCount: 0.25 });
    expect(line(t, "reserve")).toMatchObject({ count: 1, amount: 50000, shareCount: 0.25 });
    expect(line(t, "label")).toMatchObject({ count: 2, amount: 130000, shareCount: 0.5 });
  });

  test("by direction (a contract without one apart, last) and by nature", () => {
    expect(b.purchases.byDirection.map((g) => [g.name, line(g, "tous").count])).toEqual([
      ["Collèges", 1],
      ["Voirie", 2],
      ["Direction non précisée", 1],
    ]);
    const voirie = b.purchases.byDirection[1]!;
    expect(line(voirie, "social")).toMatchObject({ count: 2, amount: 150000, shareAmount: 1 });
    expect(
      b.purchases.byNature.map((g) => [g.name, line(g, "tous").count, line(g, "tous").amount]),
    ).toEqual([
      ["Travaux", 1, 100000],
      ["Fournitures", 1, 30000],
      ["Services", 2, 50000],
    ]);
  });

  test("the key rates in value are the same shares (the core's amount rates)", () => {
    const env = b.essentials.keyRates.find((k) => k.code === "BES1-I6")!;
    expect(env.byAmount).toBeCloseTo(130000 / 180000, 12);
    expect(env.byCount).toBe(0.8); // the value entered wins over the computed one
    expect(env.previousByCount).toBe(0.7);
    expect(b.essentials.plannedHours).toBeNull(); // no « Heures d'insertion prévues » column
  });

  test("a register without the label column: that line is « non disponible », not zero", () => {
    const rows = REGISTER.rows.map((r) => r.slice(0, 8));
    const out = buildBilan([pilot(true), { name: "Marchés", rows }], {
      workbookName: "x.xlsx",
      year: 2026,
      date: d("2027-01-15"),
    });
    if (!out.ok) throw new Error(out.message);
    const label = line(out.bilan.purchases.total, "label");
    expect(label).toMatchObject({ available: false, shareCount: null, shareAmount: null });
    expect(purchasesCsv(out.bilan)).toContain("Ensemble;Tous;Marchés labellisés SPASER;;;;\r\n");
  });

  test("the CSV: French decimals, no thousands separator", () => {
    expect(purchasesCsv(b)).toContain(
      "2026;Ensemble;Tous;Marchés avec une considération environnementale;2;50;130000;72,2\r\n",
    );
  });
});

describe("advances and delays: change vs Y-1 / target, in the target's direction", () => {
  const b = make();
  test("ordered by score, ties within ε by code", () => {
    expect(b.essentials.advances.map((m) => m.code)).toEqual(["BES2-I1", "BES1-I6", "IMP3-I5"]);
    expect(b.essentials.advances[0]!.score).toBeCloseTo(0.125, 12);
    expect(b.essentials.delays.map((m) => m.code)).toEqual(["GOV2-I5"]);
    expect(b.essentials.delays[0]!.score).toBeCloseTo(-0.1, 12);
  });

  test("rows: Y-1, S1, S2, the coordinator's comment", () => {
    const row = b.axes
      .flatMap((a) => a.objectives.flatMap((o) => o.rows))
      .find((r) => r.code === "BES1-I6")!;
    expect(row).toMatchObject({
      previous: 0.7,
      s1: 0.75,
      s2: 0.8,
      comment: "Repris du rapport",
      statusSemester: "2026-S2",
    });
  });
});

describe("the year (PRODUCT §11)", () => {
  test("default: the latest year whose S2 column holds an entered value", () => {
    expect(make(true).year).toBe(2026);
    // 2026-S1 has values but 2026-S2 none: the bilan is the one of 2025.
    expect(make(false).year).toBe(2025);
    const r = refreshWorkbookModel([pilot(false), REGISTER], {
      workbookName: "x",
      refreshedAt: new Date(0),
    });
    if (!r.ok) throw new Error(r.message);
    expect(defaultYear(r.model)).toBe(2025);
  });

  test("the years offered come from the indicator sheet alone: the register's rows are not read", () => {
    // A register of 10 000 rows whose rows past the first 20 (the header scan) count their reads.
    let registerReads = 0;
    const rows = [...REGISTER.rows, ...Array.from({ length: 10_000 }, () => REGISTER.rows[1]!)];
    const counted = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key) && Number(key) >= 20) registerReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    for (const withS2026 of [true, false]) {
      const grids = [pilot(withS2026), { name: "Marchés", rows: counted }];
      const found = bilanYears(grids, "x.xlsx");
      expect(found).toEqual({ years: [2026, 2025], defaultYear: withS2026 ? 2026 : 2025 });
      // The same default year as the refresh's model gives (which reads the register).
      expect(registerReads).toBe(0);
      const r = refreshWorkbookModel(grids, { workbookName: "x", refreshedAt: new Date(0) });
      if (!r.ok) throw new Error(r.message);
      expect(defaultYear(r.model)).toBe(withS2026 ? 2026 : 2025);
      expect(registerReads).toBeGreaterThan(0);
      registerReads = 0;
    }
    expect(bilanYears([REGISTER], "x.xlsx")).toEqual({
      error: expect.stringMatching(
        /^Aucune feuille d’indicateurs n’a été trouvée dans «\sx\.xlsx\s»/,
      ),
    });
  });

  test("no S2 column with data: the latest year with any semester data", () => {
    const rows = pilot(false).rows.map((r) => [...r.slice(0, 5), null, ...r.slice(6)]);
    rows[0]![5] = "2025-S2";
    const out = buildBilan([{ name: "Indicateurs", rows }, REGISTER], {
      workbookName: "x",
      date: d("2027-01-15"),
    });
    expect(out.ok && out.bilan.year).toBe(2026);
  });

  test("an explicit year out of range: a French sentence", () => {
    const out = buildBilan([pilot(true), REGISTER], {
      workbookName: "x",
      year: 206,
      date: new Date(),
    });
    expect(out).toMatchObject({ ok: false, code: "bad-year" });
  });
});

describe("one refresh at a time (panes give the page a turn between two)", () => {
  const grids = (): Grid[] => [pilot(true), REGISTER];
  const options = { workbookName: "bilan.xlsx", date: d("2026-12-15") };

  test("stops once per refresh of the workbook, and gives what buildBilan gives", () => {
    // Each distinct semester refreshed once: the one that finds the default year, then Y-S2,
    // Y-S1 and Y-1-S2; the trajectories' semesters (2025-S2, 2026-S1, 2026-S2) are among them.
    const steps = bilanSteps(grids(), options);
    let stops = 0;
    let step = steps.next();
    while (!step.done) {
      stops++;
      step = steps.next();
    }
    expect(stops).toBe(4);
    expect(step.value).toEqual(buildBilan(grids(), options));
    expect(step.value.ok).toBe(true);
  });

  test("with the year given, no refresh is run to find it", () => {
    const steps = bilanSteps(grids(), { ...options, year: 2026 });
    let stops = 0;
    while (!steps.next().done) stops++;
    expect(stops).toBe(3);
  });

  test("a failure ends the steps with its sentence, as buildBilan answers it", () => {
    const steps = bilanSteps(grids(), { ...options, year: 206 });
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual(buildBilan(grids(), { ...options, year: 206 }));
  });
});
