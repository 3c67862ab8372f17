import {
  computeRule,
  runningAt,
  inClimatResilienceScope,
  amountRate,
} from "../../src/core/compute";
import {
  readRegister,
  findRegisterHeader,
  readConsiderations,
  natureFromCpv,
} from "../../src/core/register";
import { IssueList } from "../../src/core/issues";
import { catalogueByCode } from "../../src/core/catalogue";
import { parseDayText } from "../../src/core/day";
import type { Grid } from "../../src/core/grid";
import type { Semester } from "../../src/core/semester";
import { d, registerGrid } from "./gridBuilders";

const S1 = { year: 2026, half: 1 } as const;
const S2 = { year: 2026, half: 2 } as const;

function register(grid: Grid, issues = new IssueList()) {
  const h = findRegisterHeader(grid)!;
  return readRegister(grid, { sheet: grid.name, headerRow: h.row, columns: h.columns }, issues);
}

function compute(code: string, grid: Grid, s: Semester = S1, issues = new IssueList()) {
  const ind = catalogueByCode(code)!;
  return computeRule(ind.computed!, code, s, register(grid, issues), {
    info: (m) => issues.add("info", m),
  });
}

const H = [
  "Référence",
  "Date de notification",
  "Considérations sociales",
  "Considérations environnementales",
  "Montant HT",
  "Direction",
  "Section",
  "Sourcing",
  "Durée (mois)",
];

const grid = registerGrid(H, [
  {
    Référence: "M1",
    "Date de notification": d("2026-01-10"),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": "Clause environnementale, Critère environnemental",
    "Montant HT": 100000,
    Direction: "Direction de la Voirie",
    Section: "Fonctionnement",
    Sourcing: "oui",
  },
  {
    Référence: "M2",
    "Date de notification": "15/03/2026",
    "Considérations sociales": "Pas de considération sociale",
    "Considérations environnementales": "Critère environnemental",
    "Montant HT": 300000,
    Direction: "Voirie",
    Section: "Investissement",
    Sourcing: "oui",
  },
  {
    Référence: "M3",
    "Date de notification": d("2026-06-30"),
    "Considérations sociales": "Marché réservé",
    "Considérations environnementales": "Pas de considération environnementale",
    "Montant HT": 50000,
    Direction: "DSIN",
    Section: "fonctionnement",
    Sourcing: "non",
  },
  {
    Référence: "M4",
    "Date de notification": d("2026-07-01"),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 10000,
  },
  {
    Référence: "M5",
    "Date de notification": d("2025-12-31"),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 10000,
  },
  {
    Référence: "M3",
    "Date de notification": d("2026-06-30"),
    "Considérations sociales": "Clause sociale",
  },
  { Référence: "M6", "Date de notification": null, "Considérations sociales": "Clause sociale" },
]);

describe("computed indicators over the year to date (PRODUCT §3)", () => {
  test("rate(social): 2026-S1 counts M1, M2, M3 (duplicate M3, undated M6, 2025 and S2 contracts out)", () => {
    expect(compute("IMP3-I5", grid)).toMatchObject({ kind: "value", numerator: 2, denominator: 3 });
  });
  test("2026-S2 includes the whole year", () => {
    expect(compute("IMP3-I5", grid, S2)).toMatchObject({ numerator: 3, denominator: 4 });
  });
  test("count(env) and rate(env)", () => {
    expect(compute("BES1-I5", grid)).toMatchObject({ value: 2 });
    expect(compute("BES1-I6", grid)).toMatchObject({ numerator: 2, denominator: 3 });
  });
  test("rate(critère environnemental among direction Voirie): « Voirie » and « Direction de la Voirie » both count", () => {
    expect(compute("MOB2-I3", grid)).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
  });
  test("count(sourcing among section de fonctionnement)", () => {
    expect(compute("BES1-I1", grid)).toMatchObject({ value: 1 });
  });
  test("rate(analyse among montant > 40 000) needs its column", () => {
    const issues = new IssueList();
    expect(compute("IMP3-I6", grid, S1, issues)).toMatchObject({ kind: "unavailable" });
  });
  test("an empty year to date gives an empty scope", () => {
    expect(compute("IMP3-I5", grid, { year: 2027, half: 1 })).toEqual({ kind: "empty-scope" });
  });
  test("duplicates and undated rows are reported", () => {
    const issues = new IssueList();
    register(grid, issues);
    const messages = issues.sorted().map((i) => `${i.cell} ${i.message}`);
    expect(messages.some((m) => m.startsWith("A7 ") && m.includes("M3"))).toBe(true);
    expect(
      messages.some((m) => m.startsWith("B8 ") && m.includes("sans date de notification")),
    ).toBe(true);
  });
  test("without a Section column, BES1-I1 counts every sourcing, with an info issue", () => {
    const g = registerGrid(
      ["Référence", "Date de notification", "Sourcing", "Objet"],
      [
        { Référence: "A", "Date de notification": d("2026-02-01"), Sourcing: "oui", Objet: "x" },
        { Référence: "B", "Date de notification": d("2026-02-01"), Sourcing: "x", Objet: "y" },
      ],
    );
    const issues = new IssueList();
    expect(compute("BES1-I1", g, S1, issues)).toMatchObject({ value: 2 });
    expect(issues.sorted().some((i) => i.message.includes("Section"))).toBe(true);
  });
});

describe("running at semester end (IMP3-I4 looks at the whole register)", () => {
  const c = (notified: string, durationMonths: number | null) =>
    ({
      row: 0,
      notified: parseDayText(notified)!,
      launched: null,
      durationMonths,
      amount: null,
      needAmount: null,
      nature: null,
      socialServices: false,
      defence: false,
      procedure: null,
      flags: 0,
      plannedHours: 0,
      direction: null,
      reserved: false,
    }) as const;
  const end = parseDayText("2026-06-30")!;
  test.each<[string, number | null, boolean]>([
    ["2024-03-01", 36, true],
    ["2024-03-01", 24, false],
    ["2025-12-31", 6, false],
    ["2025-12-31", 7, true],
    ["2026-01-01", null, true],
    ["2025-01-01", null, false],
    ["2026-07-01", 48, false],
    ["2026-06-30", 1, true],
  ])("notified %s for %p months", (notified, months, running) => {
    expect(runningAt(c(notified, months), end)).toBe(running);
  });

  test("a reserved contract notified in 2024 and still running counts", () => {
    const g = registerGrid(
      [
        "Référence",
        "Date de notification",
        "Durée (mois)",
        "Considérations sociales",
        "Marché d'insertion",
      ],
      [
        {
          Référence: "R1",
          "Date de notification": d("2024-05-01"),
          "Durée (mois)": 48,
          "Considérations sociales": "Marché réservé",
        },
        {
          Référence: "R2",
          "Date de notification": d("2024-05-01"),
          "Durée (mois)": 12,
          "Considérations sociales": "Marché réservé",
        },
        {
          Référence: "I1",
          "Date de notification": d("2026-03-01"),
          "Durée (mois)": 12,
          "Marché d'insertion": "oui",
        },
        {
          Référence: "X",
          "Date de notification": d("2026-03-01"),
          "Durée (mois)": 12,
          "Considérations sociales": "Clause sociale",
        },
      ],
    );
    expect(compute("IMP3-I4", g)).toMatchObject({ kind: "value", value: 2 });
  });
});

describe("considerations cells", () => {
  test.each<[string, boolean, string[], string[]]>([
    ["Clause sociale", true, ["clause sociale"], []],
    ["clause SOCIALE; Marché réservé", true, ["clause sociale", "marche reserve"], []],
    ["Pas de considération sociale", false, [], []],
    ["Sans objet", false, [], []],
    ["non", false, [], []],
    ["", false, [], []],
    ["Pas de considération sociale, Clause sociale", true, ["clause sociale"], []],
    ["oui", true, [], ["oui"]],
    ["Critère social\nMarché réservé", true, ["critere social", "marche reserve"], []],
  ])("%j", (text, any, kinds, unknown) => {
    const r = readConsiderations(text, ["clause sociale", "critere social", "marche reserve"]);
    expect(r.value.any).toBe(any);
    expect([...r.value.kinds].sort()).toEqual(kinds.sort());
    expect(r.unknown).toEqual(unknown);
  });

  test.each([
    ["45233000", "Travaux"],
    ["71000000-8", "Services"],
    ["30213000", "Fournitures"],
    ["98", "Services"],
    ["", null],
  ])("CPV %s → %s", (cpv, nature) => {
    expect(natureFromCpv(cpv)).toBe(nature);
  });
});

describe("Climat et Résilience (CR-I1, CR-I2)", () => {
  const headers = [
    "Référence",
    "Date de notification",
    "Date de lancement",
    "Nature",
    "Procédure",
    "Montant HT",
    "Considérations sociales",
    "Considérations environnementales",
    "Exception L2112-2-1",
  ];
  const g = registerGrid(headers, [
    {
      Référence: "A",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-08-21"),
      Nature: "Services",
      Procédure: "Appel d'offres ouvert",
      "Montant HT": 216000,
      "Considérations sociales": "Clause sociale",
      "Considérations environnementales": "Critère environnemental",
    },
    {
      Référence: "B",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-09-01"),
      Nature: "Travaux",
      Procédure: "Procédure adaptée",
      "Montant HT": 300000,
      "Considérations sociales": "Pas de considération sociale",
      "Considérations environnementales": "Clause environnementale",
    },
    {
      Référence: "C",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-09-01"),
      Nature: "Fournitures",
      Procédure: "Appel d'offres ouvert",
      "Montant HT": 500000,
      "Considérations sociales": "Pas de considération sociale",
      "Exception L2112-2-1": "oui",
      "Considérations environnementales": "Clause environnementale",
    },
    {
      Référence: "D",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-08-20"),
      Nature: "Services",
      Procédure: "Appel d'offres ouvert",
      "Montant HT": 900000,
      "Considérations sociales": "Pas de considération sociale",
    },
    {
      Référence: "E",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-10-01"),
      Nature: "Services",
      Procédure: "Marché passé sans publicité ni mise en concurrence préalable",
      "Montant HT": 900000,
    },
    {
      Référence: "F",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-10-01"),
      Nature: "Marché de défense ou de sécurité — services",
      Procédure: "Appel d'offres ouvert",
      "Montant HT": 900000,
    },
    {
      Référence: "G",
      "Date de notification": d("2026-11-02"),
      "Date de lancement": d("2026-10-01"),
      Nature: null,
      Procédure: "Appel d'offres ouvert",
      "Montant HT": 900000,
    },
  ]);
  test("CR-I2: among contracts launched from 21 Aug 2026, with competition, not defence (A, B, C, G)", () => {
    expect(compute("CR-I2", g, S2)).toMatchObject({ numerator: 1, denominator: 4 });
  });
  test("CR-I1: ≥ EU threshold for its nature (A at exactly 216 000 €, C), unknown nature out with an info", () => {
    const issues = new IssueList();
    expect(compute("CR-I1", g, S2, issues)).toMatchObject({
      numerator: 2,
      denominator: 2,
      value: 1,
    });
    expect(issues.sorted().some((i) => i.message.includes("sans nature connue"))).toBe(true);
  });
  test("without the launch-date column, CR-* are not computed", () => {
    const g2 = registerGrid(
      ["Référence", "Date de notification", "Considérations sociales"],
      [
        {
          Référence: "A",
          "Date de notification": d("2026-11-02"),
          "Considérations sociales": "Clause sociale",
        },
      ],
    );
    expect(compute("CR-I1", g2, S2)).toMatchObject({ kind: "unavailable" });
  });
  test("scope helper", () => {
    const reg = register(g);
    expect(reg.contracts.map((c) => inClimatResilienceScope(c, S2))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
  });
});

test("headline rate weighted by amount", () => {
  const reg = register(grid);
  // 2026-S1: M1 100 000 (social), M2 300 000 (none), M3 50 000 (réservé = social) → 150 000 / 450 000.
  expect(amountRate("social", S1, reg)).toBeCloseTo(1 / 3, 12);
});
