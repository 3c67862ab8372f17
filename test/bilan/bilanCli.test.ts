/**
 * `spaser bilan` on the bundled sample (PRODUCT §11 acceptance): the .docx read back holds every
 * figure of the three refresh reports it was built from, the CSV's shares equal the document's,
 * and the same workbook, year and date give the same text twice.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runInTemp, SAMPLE, filesIn } from "../cli/cliHarness";
import { readDocx, type DocxReadBack } from "./docxTables";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { buildBilan } from "../../src/bilan/buildBilan";
import { bilanSchema, type Bilan } from "../../src/bilan/model";
import { formatValue, frenchPercent, frenchTypography } from "../../src/bilan/format";
import { STATUS_KEYS } from "../../src/core/status";
import { statusText } from "../../src/core/statusPresentation";
import { catalogueByCode } from "../../src/core/catalogue";
import type { RefreshReport } from "../../src/core/report";

const DATE = "2027-01-15";
let doc: DocxReadBack;
let csv: string[][];
let csvRaw: Buffer;
let bilan: Bilan;
let text: string;
let docxBytes: Uint8Array;

beforeAll(async () => {
  const run = await runInTemp([
    "bilan",
    "--annee",
    "2026",
    "--out",
    "b.docx",
    "--donnees",
    "b.csv",
    "--date",
    DATE,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  docxBytes = new Uint8Array(fs.readFileSync(path.join(run.cwd, "b.docx")));
  doc = await readDocx(docxBytes);
  text = doc.paragraphs.map((p) => p.text).join("\n");
  csvRaw = fs.readFileSync(path.join(run.cwd, "b.csv"));
  csv = csvRaw
    .toString("utf8")
    .replace(/^\ufeff/, "")
    .trimEnd()
    .split("\r\n")
    .map((l) => l.split(";"));
  const read = await readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE)), path.basename(SAMPLE));
  const outcome = buildBilan(read.grids, {
    workbookName: path.basename(SAMPLE),
    year: 2026,
    date: new Date(`${DATE}T00:00:00Z`),
  });
  if (!outcome.ok) throw new Error(outcome.message);
  bilan = bilanSchema.parse(outcome.bilan);
}, 120_000);

function rowOf(code: string | null, label: string): string[] | undefined {
  for (const t of doc.tables)
    if (t[0]?.[0] === "Code")
      for (const r of t)
        if (code ? r[0] === code : r[0] === "—" && r[1] === frenchTypography(label)) return r;
  return undefined;
}

const key = (i: { code: string | null; label: string }) => i.code ?? `#${i.label}`;

test("the three semesters of the bilan of 2026", () => {
  expect(bilan.semesters).toEqual({ s2: "2026-S2", s1: "2026-S1", previous: "2025-S2" });
  // The 2026-S1 refresh inside the bilan is the one of `spaser refresh` (the sample's contract).
  expect(bilan.reports.s1.completeness).toMatchObject({ expected: 24, filled: 22 });
});

test("title, headings in built-in styles, repeated header rows", () => {
  expect(doc.paragraphs[0]).toEqual({
    style: "Title",
    text: "Bilan annuel 2026 du SPASER 2026-2030 — Département du Nord",
  });
  const h1 = doc.paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
  expect(h1).toEqual(
    expect.arrayContaining([
      "L’essentiel",
      "Achats responsables de l’année",
      "Qualité des données",
      "Méthode",
    ]),
  );
  expect(h1.filter((h) => h.startsWith("Axe ")).length).toBe(bilan.axes.length);
  expect(doc.headerRows).toBe(doc.tables.length);
  expect(doc.xml).toContain('w:w="11906" w:h="16838"'); // A4 portrait
  expect(text).toContain("pilotage-spaser-exemple.xlsx");
  expect(text).toContain("15/01/2027");
});

test.each(["s1", "s2", "previous"] as const)("completeness of the %s report", (k) => {
  const c = bilan.reports[k].completeness;
  expect(text).toContain(
    `${bilan.semesters[k]}\u00a0: ${c.filled}/${c.expected} indicateurs renseignés (${frenchPercent(c.rate!)})`,
  );
});

test("status counts of Y-S2, by symbol and label", () => {
  const t = doc.tables.find((x) => x[0]?.[0] === "Statut")!;
  for (const s of STATUS_KEYS)
    expect(t).toContainEqual([statusText(s), String(bilan.reports.s2.statusCounts[s])]);
});

function checkReportValues(report: RefreshReport, column: number, which: string) {
  let checked = 0;
  for (const ind of report.indicators) {
    const annual = ind.code !== null && catalogueByCode(ind.code)?.periodicity === "A1";
    if (which === "previous" && annual) continue; // an A1 row's Y-1 is the S1 report's previous
    const row = rowOf(ind.code, ind.label);
    expect([key(ind), row !== undefined]).toEqual([key(ind), true]);
    expect([key(ind), row![column]]).toEqual([
      key(ind),
      frenchTypography(formatValue(ind.value, ind.unit)),
    ]);
    checked++;
  }
  return checked;
}

test("every value of the Y-S2 report, in its column", () => {
  expect(checkReportValues(bilan.reports.s2, 4, "s2")).toBe(bilan.reports.s2.indicators.length);
});

test("every value of the Y-S1 report, in its column", () => {
  expect(checkReportValues(bilan.reports.s1, 3, "s1")).toBe(bilan.reports.s1.indicators.length);
});

test("every value of the Y-1-S2 report listed in the year, in the Y-1 column", () => {
  const listed = new Set([...bilan.reports.s2.indicators, ...bilan.reports.s1.indicators].map(key));
  const prev = {
    ...bilan.reports.previous,
    indicators: bilan.reports.previous.indicators.filter((i) => listed.has(key(i))),
  };
  expect(checkReportValues(prev, 2, "previous")).toBeGreaterThan(30);
});

test("every status: Y-S2's, or Y-S1's for indicators of the first semester (A1)", () => {
  for (const ind of bilan.reports.s2.indicators) {
    const annual = ind.code !== null && catalogueByCode(ind.code)?.periodicity === "A1";
    if (annual) continue;
    expect([key(ind), rowOf(ind.code, ind.label)![7]]).toEqual([key(ind), statusText(ind.status)]);
  }
  const a1 = bilan.reports.s1.indicators.filter(
    (i) => i.code !== null && catalogueByCode(i.code)?.periodicity === "A1",
  );
  expect(a1.length).toBeGreaterThan(0);
  for (const ind of a1)
    expect(rowOf(ind.code, ind.label)![7]).toBe(`${statusText(ind.status)} (2026-S1)`);
});

const FLAG_OF: Record<string, string> = {
  "BES1-I6": "Marchés avec une considération environnementale",
  "IMP3-I5": "Marchés avec une considération sociale",
  "GOV2-I5": "Marchés labellisés SPASER",
  "IMP3-I1": "Marchés avec une clause d’insertion",
};

test("key rates in number (= the reports' values) and in value (= the L2111-3 shares)", () => {
  const t = doc.tables.find((x) => x[0]?.[0] === "Taux")!;
  expect(t.length).toBe(5);
  for (const [code, line] of Object.entries(FLAG_OF)) {
    const row = t.find((r) => r[0]!.startsWith(`${code} — `))!;
    const now = bilan.reports.s2.indicators.find((i) => i.code === code)!;
    const before = bilan.reports.previous.indicators.find((i) => i.code === code)!;
    expect(row[2]).toBe(formatValue(now.value, "%"));
    expect(row[4]).toBe(formatValue(before.value, "%"));
    expect(row[6]).toBe(statusText(now.status));
    const csvLine = csv.find((c) => c[1] === "Ensemble" && c[3] === line)!;
    expect(row[3]).toBe(`${csvLine[7]}\u00a0%`);
  }
});

test("the CSV: BOM, `;`, French decimals, and its shares equal the document's", () => {
  expect([...csvRaw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv[0]).toEqual([
    "Année",
    "Regroupement",
    "Groupe",
    "Catégorie",
    "Nombre de marchés",
    "Part en nombre (%)",
    "Montant HT (€)",
    "Part en valeur (%)",
  ]);
  // The purchase tables, in order: Ensemble, then each direction, then each nature.
  const purchaseTables = doc.tables.filter((t) => t[0]?.[0] === "Marchés");
  const groups: string[] = [];
  for (const c of csv.slice(1))
    if (!groups.includes(`${c[1]}|${c[2]}`)) groups.push(`${c[1]}|${c[2]}`);
  expect(purchaseTables.length).toBe(groups.length);
  let compared = 0;
  for (const c of csv.slice(1)) {
    const t = purchaseTables[groups.indexOf(`${c[1]}|${c[2]}`)]!;
    const row = t.find((r) =>
      c[3] === "Tous les marchés notifiés"
        ? r[0] === "Marchés notifiés"
        : `Marchés ${r[0]!.replace(/^… /, "")}` === c[3],
    )!;
    expect(row).toBeDefined();
    const pct = (s: string) => (s === "" ? "—" : `${s}\u00a0%`);
    expect([c[3], row[2], row[4]]).toEqual([c[3], pct(c[5]!), pct(c[7]!)]);
    expect(row[1]!.replace(/\u202f/g, "")).toBe(c[4]);
    expect(c[6]).toMatch(/^\d+(,\d{1,2})?$/);
    compared++;
  }
  expect(compared).toBeGreaterThan(20);
  // The year's total is the number of contracts of 2026 in the register, like the key rates' scope.
  const total = csv.find((c) => c[1] === "Ensemble" && c[3] === "Tous les marchés notifiés")!;
  expect(Number(total[4])).toBe(bilan.purchases.total.lines[0]!.count);
  expect(bilan.purchases.byNature.map((g) => g.name)).toEqual(
    expect.arrayContaining(["Travaux", "Fournitures", "Services"]),
  );
});

test("the charts are SVG with a PNG fallback and alt text", async () => {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(docxBytes);
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  expect(media.filter((f) => f.endsWith(".svg")).length).toBe(2);
  const pngs = media.filter((f) => f.endsWith(".png"));
  expect(pngs.length).toBe(2);
  const png = await zip.file(pngs[0]!)!.async("uint8array");
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(doc.xml).toMatch(/<wp:docPr [^>]*descr="Barres empilées des statuts par axe/);
  expect(doc.xml).toMatch(/<wp:docPr [^>]*descr="Courbes par semestre, cible en pointillés/);
});

test("French typography: no-break space before : ; % and inside guillemets", () => {
  const all = [text, ...doc.tables.flat(2)].join("\n");
  expect(all).not.toMatch(/ [:;%»]/);
  expect(all).not.toMatch(/« /);
  expect(all).not.toMatch(/\d%/);
  expect(all).not.toMatch(/\p{L}[:;%»]/u);
});

test("same workbook, year and date: the same document text twice", async () => {
  const again = await runInTemp(["bilan", "--annee", "2026", "--out", "c.docx", "--date", DATE]);
  expect(again.code).toBe(0);
  const other = await readDocx(new Uint8Array(fs.readFileSync(path.join(again.cwd, "c.docx"))));
  expect(other.paragraphs).toEqual(doc.paragraphs);
  expect(other.tables).toEqual(doc.tables);
}, 120_000);

describe("usage and unusable files", () => {
  test.each([
    [["bilan", "--annee", "26"], "Année « 26 » invalide"],
    [["bilan", "--date", "2027-02-30"], "Date « 2027-02-30 » invalide"],
    [["bilan", "--couleur"], "Option inconnue"],
  ])("%j → exit 2", async (args, message) => {
    const run = await runInTemp(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(filesIn(run.cwd)).toEqual([]);
  });

  test("a file that is not a workbook → exit 1, one French sentence, nothing written", async () => {
    const run = await runInTemp(["bilan", "nothing.xlsx"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Le fichier « nothing\.xlsx » est introuvable ou illisible\.\n$/);
    expect(filesIn(run.cwd)).toEqual([]);
  });

  test("--help", async () => {
    const run = await runInTemp(["bilan", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage : spaser bilan");
  });
});
