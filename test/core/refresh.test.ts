import { refreshWorkbook, refreshWorkbookModel } from "../../src/core/refresh";
import { refreshReportSchema, type RefreshReport } from "../../src/core/report";
import type { RefreshOptions } from "../../src/core/api";
import type { Grid } from "../../src/core/grid";
import { d, pilotGrid, registerGrid } from "./gridBuilders";

const OPTIONS: RefreshOptions = {
  workbookName: "pilotage.xlsx",
  refreshedAt: new Date("2026-07-15T08:00:00Z"),
};

function run(grids: Grid[], options: Partial<RefreshOptions> = {}): RefreshReport {
  const out = refreshWorkbook(grids, { ...OPTIONS, ...options });
  if (!out.ok) throw new Error(out.message);
  return refreshReportSchema.parse(out.report);
}
const ind = (r: RefreshReport, code: string) => r.indicators.find((i) => i.code === code);
const issuesOf = (r: RefreshReport, code: string) => r.issues.filter((i) => i.code === code);

const REG_HEADERS = [
  "Référence",
  "Date de notification",
  "Considérations sociales",
  "Considérations environnementales",
  "Montant HT",
];
/** 2026-S1: 4 contracts, 1 social (25 %), 3 env (75 %). 2025-S1: 2 contracts, 1 social (50 %). */
const REGISTER = registerGrid(REG_HEADERS, [
  {
    Référence: "A",
    "Date de notification": d("2026-02-01"),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 100000,
  },
  {
    Référence: "B",
    "Date de notification": d("2026-03-01"),
    "Considérations sociales": "Pas de considération sociale",
    "Considérations environnementales": "Critère environnemental",
    "Montant HT": 100000,
  },
  {
    Référence: "C",
    "Date de notification": d("2026-04-01"),
    "Considérations sociales": "Sans objet",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 100000,
  },
  {
    Référence: "D",
    "Date de notification": d("2026-05-01"),
    "Considérations sociales": "",
    "Considérations environnementales": "Pas de considération environnementale",
    "Montant HT": 100000,
  },
  {
    Référence: "E",
    "Date de notification": d("2025-02-01"),
    "Considérations sociales": "Critère social",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 100000,
  },
  {
    Référence: "F",
    "Date de notification": d("2025-03-01"),
    "Considérations sociales": "non",
    "Considérations environnementales": "Clause environnementale",
    "Montant HT": 100000,
  },
]);

const PH = [
  "Code",
  "Indicateur",
  "Unité",
  "Cible",
  "Échéance",
  "Responsable",
  "2025-S1",
  "2025-S2",
  "2026-S1",
];

describe("value precedence (PRODUCT §3)", () => {
  test("computed when nothing is entered; entered wins, with a warning when it differs by more than 0.5 point", () => {
    const pilot = pilotGrid(PH, [
      { Code: "IMP3-I5", Indicateur: "x", "2026-S1": "32 %" },
      { Code: "BES1-I6", Indicateur: "x", "2026-S1": null },
    ]);
    const r = run([pilot, REGISTER]);
    expect(ind(r, "IMP3-I5")).toMatchObject({
      value: 0.32,
      source: "saisie",
      previous: 0.5,
      status: "a_surveiller",
    });
    expect(issuesOf(r, "IMP3-I5").map((i) => i.severity)).toEqual(["avertissement"]);
    expect(issuesOf(r, "IMP3-I5")[0]!.message).toContain("25\u00a0%");
    expect(ind(r, "BES1-I6")).toMatchObject({ value: 0.75, source: "calcul", previous: 1 });
  });

  test("a difference of 0.5 point or less is not a warning", () => {
    const r = run([
      pilotGrid(PH, [{ Code: "IMP3-I5", Indicateur: "x", "2026-S1": "25,4 %" }]),
      REGISTER,
    ]);
    expect(issuesOf(r, "IMP3-I5")).toEqual([]);
  });

  test("an invalid entry replaced by a computed value is still reported", () => {
    const r = run([
      pilotGrid(PH, [{ Code: "IMP3-I5", Indicateur: "x", "2026-S1": "beaucoup" }]),
      REGISTER,
    ]);
    expect(ind(r, "IMP3-I5")).toMatchObject({ value: 0.25, source: "calcul" });
    expect(issuesOf(r, "IMP3-I5")).toMatchObject([
      { severity: "erreur", cell: "I2", sheet: "Indicateurs" },
    ]);
  });

  test("an Excel error with nothing computed is non renseigné with an erreur issue", () => {
    const r = run([
      pilotGrid(PH, [{ Code: "MOB3-I1", Indicateur: "x", "2026-S1": { error: "#N/A" } }]),
      REGISTER,
    ]);
    expect(ind(r, "MOB3-I1")!.status).toBe("non_renseigne");
    expect(issuesOf(r, "MOB3-I1")).toMatchObject([{ severity: "erreur", cell: "I2" }]);
  });
});

describe("completeness (GOV2-I4)", () => {
  test("filled ⊆ expected; not applicable and not-due indicators are not expected; GOV2-I4 ignores an entry", () => {
    const pilot = pilotGrid(PH, [
      { Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 },
      { Code: "GOV2-I4", Indicateur: "x", "2026-S1": "100 %" },
      { Code: "MOB3-I1", Indicateur: "x", "2026-S1": "Sans objet" },
      { Code: "IMP1-I1", Indicateur: "x", "2026-S1": 3 },
    ]);
    const r = run([pilot]);
    // Without a register: S indicators expected = 34 S-periodicity catalogue rows minus GOV2-I4 and CR-* and MOB3-I1 (n/a),
    // plus the A1 ones (GOV2-I1, MOB2-I2) due in S1.
    expect(r.completeness.filled).toBe(1);
    expect(r.completeness.rate).toBeCloseTo(r.completeness.filled / r.completeness.expected, 12);
    expect(ind(r, "GOV2-I4")).toMatchObject({
      source: "calcul",
      value: r.completeness.rate,
      status: "en_retard",
    });
    expect(issuesOf(r, "GOV2-I4").map((i) => i.severity)).toEqual(["info"]);
    expect(ind(r, "MOB3-I1")).toMatchObject({ status: "suivi" });
    // IMP1-I1 is annual (S2): entered in S1, evaluated but not counted.
    expect(ind(r, "IMP1-I1")).toMatchObject({ value: 3, status: "suivi" });
    expect(ind(r, "IMP1-I2")).toBeUndefined();
  });

  test("a computed rate whose scope is empty is suivi, not expected, with a remark", () => {
    const later = registerGrid(REG_HEADERS, [
      {
        Référence: "Z",
        "Date de notification": d("2026-09-01"),
        "Considérations sociales": "Clause sociale",
        "Considérations environnementales": "",
        "Montant HT": 1,
      },
    ]);
    const r = run([pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]), later]);
    expect(ind(r, "IMP3-I5")).toMatchObject({
      status: "suivi",
      value: null,
      remark: "aucun marché dans le périmètre",
    });
    const withoutRegister = run([
      pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]),
    ]);
    expect(r.completeness.expected).toBeLessThan(withoutRegister.completeness.expected);
  });

  test("completeness counts computed values as filled", () => {
    const a = run([pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }])]);
    const b = run([pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]), REGISTER]);
    expect(b.completeness.filled).toBeGreaterThan(a.completeness.filled);
    expect(b.completeness.filled).toBeLessThanOrEqual(b.completeness.expected);
  });
});

describe("reading the workbook (PRODUCT §1)", () => {
  test("rows by label (seed wording), no code column, French semester headers, title rows", () => {
    const pilot = pilotGrid(
      ["Libellé", "Valeur cible", "1er semestre 2025", "2e semestre 2025", "1er semestre 2026"],
      [
        {
          Libellé: "Nombre de négociations réalisées",
          "1er semestre 2025": 4,
          "1er semestre 2026": "6",
        },
        {
          Libellé: "35% des marchés notifiés par an avec une considération sociale",
          "1er semestre 2026": "36 %",
        },
        { Libellé: "Suivi des repas végétariens", "1er semestre 2026": 12 },
      ],
      "Tableau de pilotage",
      3,
    );
    const r = run([pilot]);
    expect(r.semester).toBe("2026-S1");
    expect(ind(r, "BES1-I2")).toMatchObject({
      value: 6,
      previous: 4,
      status: "en_bonne_voie",
      cell: "E5",
    });
    expect(ind(r, "IMP3-I5")).toMatchObject({ value: 0.36, status: "atteint" });
    const other = r.indicators.find((i) => i.code === null)!;
    expect(other).toMatchObject({
      label: "Suivi des repas végétariens",
      value: 12,
      status: "suivi",
    });
    expect(
      r.issues.some((i) => i.severity === "info" && i.message.includes("hors catalogue")),
    ).toBe(true);
  });

  test("a second row for the same indicator is an erreur and is ignored", () => {
    const r = run([
      pilotGrid(PH, [
        { Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 },
        { Code: "GOV1-I1", Indicateur: "x", "2026-S1": 0 },
      ]),
    ]);
    expect(ind(r, "GOV1-I1")!.value).toBe(1);
    expect(issuesOf(r, "GOV1-I1")).toMatchObject([{ severity: "erreur", cell: "B3" }]);
  });

  test("targets and deadlines in the workbook override the catalogue, with an info", () => {
    const r = run([
      pilotGrid(PH, [{ Code: "IMP3-I5", Indicateur: "x", Cible: "≥ 20 %", "2026-S1": "25 %" }]),
      REGISTER,
    ]);
    expect(ind(r, "IMP3-I5")).toMatchObject({ target: 0.2, targetKind: "min", status: "atteint" });
    expect(issuesOf(r, "IMP3-I5").some((i) => i.severity === "info" && i.cell === "D2")).toBe(true);
  });

  test("an annual column stands for S2; a semester column for the same semester wins", () => {
    const pilot = pilotGrid(
      ["Code", "Indicateur", "2025", "2025-S2", "2026-S2"],
      [{ Code: "BES2-I1", Indicateur: "x", "2025": 90, "2025-S2": 100, "2026-S2": 95 }],
    );
    const r = run([pilot]);
    expect(r.semester).toBe("2026-S2");
    expect(ind(r, "BES2-I1")).toMatchObject({ value: 95, previous: 100, status: "en_bonne_voie" });
    expect(r.issues.some((i) => i.cell === "C1" && i.severity === "info")).toBe(true);
  });

  test("trajectory from Référence + Période de référence", () => {
    const pilot = pilotGrid(
      ["Code", "Indicateur", "Référence", "Période de référence", "2026-S1"],
      [
        {
          Code: "BES1-I6",
          Indicateur: "x",
          Référence: "50 %",
          "Période de référence": 2025,
          "2026-S1": "63 %",
        },
      ],
    );
    const r = run([pilot]);
    // 2025-S2 → 2027-S2: 4 semesters; 2026-S1 expects 62.5 %.
    expect(ind(r, "BES1-I6")).toMatchObject({ expected: 0.625, status: "en_bonne_voie" });
  });

  test("the refreshed semester defaults to the latest column holding a usable entered value", () => {
    const pilot = pilotGrid(
      ["Code", "Indicateur", "2025-S2", "2026-S1", "2026-S2"],
      [{ Code: "GOV1-I1", Indicateur: "x", "2025-S2": 1, "2026-S1": 2, "2026-S2": "NC" }],
    );
    expect(run([pilot]).semester).toBe("2026-S1");
    expect(run([pilot], { semester: "2026-S2" }).semester).toBe("2026-S2");
  });

  test("a semester without a column is allowed (computed values only)", () => {
    const r = run([pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]), REGISTER], {
      semester: "2027-S1",
    });
    expect(r.semester).toBe("2027-S1");
    expect(r.issues.some((i) => i.message.includes("pas de colonne pour 2027-S1"))).toBe(true);
  });

  test("absent catalogue indicators are still evaluated and reported", () => {
    const r = run([pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]), REGISTER]);
    expect(ind(r, "IMP3-I5")).toMatchObject({ value: 0.25, source: "calcul" });
    expect(issuesOf(r, "IMP3-I5").some((i) => i.message.includes("absent du classeur"))).toBe(true);
    expect(
      issuesOf(r, "MOB3-I1").some(
        (i) => i.severity === "avertissement" && i.message.includes("absent du classeur"),
      ),
    ).toBe(true);
  });
});

describe("failures and output names", () => {
  test("no indicator sheet: one French sentence", () => {
    const out = refreshWorkbook(
      [
        {
          name: "Feuil1",
          rows: [
            ["Nom", "Prénom"],
            ["Dupont", "Marie"],
          ],
        },
      ],
      OPTIONS,
    );
    expect(out).toMatchObject({ ok: false, code: "no-indicator-sheet" });
    expect(!out.ok && out.message).toMatch(/^Aucune feuille d’indicateurs .*\.$/);
  });

  test("a bad semester", () => {
    const out = refreshWorkbook([pilotGrid(PH, [])], { ...OPTIONS, semester: "2026-S3" });
    expect(out).toMatchObject({ ok: false, code: "bad-semester" });
  });

  test("a sheet we did not write is never overwritten: results go to « … (2) » with a warning", () => {
    const out = refreshWorkbook(
      [pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }])],
      {
        ...OPTIONS,
        existingSheets: [
          { name: "Statut 2026-S1", ours: false },
          { name: "Synthèse 2026-S1", ours: true },
          { name: "Indicateurs", ours: false },
        ],
      },
    );
    if (!out.ok) throw new Error(out.message);
    expect(out.report.sheetsWritten).toEqual([
      "Synthèse 2026-S1",
      "Statut 2026-S1 (2)",
      "Contrôle 2026-S1",
    ]);
    expect(out.plans.map((p) => p.name)).toEqual(out.report.sheetsWritten);
    expect(
      out.report.issues.some(
        (i) => i.severity === "avertissement" && i.message.includes("Statut 2026-S1 (2)"),
      ),
    ).toBe(true);
  });

  test("the same input gives the same report and plans, whatever the refresh time except its cell", () => {
    const grids = [pilotGrid(PH, [{ Code: "GOV1-I1", Indicateur: "x", "2026-S1": 1 }]), REGISTER];
    const a = refreshWorkbook(grids, OPTIONS);
    const b = refreshWorkbook(grids, { ...OPTIONS, refreshedAt: new Date("2026-08-01T10:00:00Z") });
    if (!a.ok || !b.ok) throw new Error();
    expect(b.report).toEqual(a.report);
    const diff: string[] = [];
    a.plans.forEach((p, i) =>
      p.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (JSON.stringify(cell) !== JSON.stringify(b.plans[i]!.rows[r]![c]))
            diff.push(`${p.name}!${r},${c}`);
        }),
      ),
    );
    expect(diff).toEqual(["Synthèse 2026-S1!2,1"]);
  });

  test("issues are sorted by severity, then sheet, then cell", () => {
    const r = run([
      pilotGrid(PH, [
        { Code: "GOV1-I1", Indicateur: "x", "2026-S1": "abc" },
        { Code: "BES1-I2", Indicateur: "x", "2026-S1": { error: "#REF!" } },
      ]),
      REGISTER,
    ]);
    const rank = { erreur: 0, avertissement: 1, info: 2 };
    const sevs = r.issues.map((i) => rank[i.severity]);
    expect([...sevs].sort((x, y) => x - y)).toEqual(sevs);
    expect(r.issues.slice(0, 2).map((i) => i.cell)).toEqual(["I2", "I3"]);
  });
});

describe("owners in the Synthèse", () => {
  test("in a French reader's alphabetical order: accents, case and punctuation set aside", () => {
    const owners = [
      "Élodie Martin",
      "eric Durand",
      "Direction des Collèges",
      "Direction de la Voirie",
      "DAJAP – Pôle Achat public",
      "Œuvres sociales",
      "Oeuvres sociales",
    ];
    const pilot = pilotGrid(
      PH,
      owners.map((o, i) => ({
        Code: ["IMP3-I5", "BES1-I6", "GOV2-I5", "IMP3-I1", "BES1-I1", "BES1-I2", "BES1-I3"][i]!,
        Indicateur: "x",
        Responsable: o,
        "2026-S1": "oui",
      })),
    );
    const out = refreshWorkbookModel([pilot, REGISTER], OPTIONS);
    if (!out.ok) throw new Error(out.message);
    expect(out.model.owners.map((o) => o.owner).filter((o) => owners.includes(o))).toEqual([
      "DAJAP – Pôle Achat public",
      "Direction de la Voirie",
      "Direction des Collèges",
      "Élodie Martin",
      "eric Durand",
      "Oeuvres sociales",
      "Œuvres sociales",
    ]);
  });
});
