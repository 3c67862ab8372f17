import ExcelJS from "exceljs";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDecpCommand } from "../../src/cli/decpCommand";
import type { CliIo } from "../../src/cli/io";
import { decpReportSchema } from "../../src/decp/decpReport";
import { FIXTURES } from "./fixtureFile";
import { buildRichWorkbook } from "../fixtures/xlsx/richWorkbook";
import { partsOf } from "../xlsx/packageInspection";

let dir: string;
let out: string[];
let err: string[];
let io: CliIo;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "decp-cli-"));
  out = [];
  err = [];
  io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir };
  for (const f of ["marches-objets.json", "anomalies.json", "tronque.json", "marches.xml"])
    copyFileSync(join(FIXTURES, f), join(dir, f));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function sheetRows(path: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("spaser decp import", () => {
  it("writes a new register workbook and a report when --into is absent", async () => {
    const code = await runDecpCommand(
      ["import", "marches-objets.json", "--acheteur", "12345678900011", "--report", "rapport.json"],
      io,
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const output = join(dir, "out", "registre-marches-objets.xlsx");
    const rows = await sheetRows(output, "Marchés");
    expect(rows[0]![0]).toBe("Référence");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["2024-0001", "2024-0002"]);
    const report = decpReportSchema.parse(
      JSON.parse(readFileSync(join(dir, "rapport.json"), "utf8")),
    );
    expect(report.counts).toMatchObject({
      recordsRead: 4,
      imported: 2,
      updated: 0,
      unchanged: 0,
      skippedConcessions: 1,
      otherBuyers: 1,
    });
    expect(out.join("")).toMatch(/2 lignes ajoutées/);
    expect(out.join("")).toMatch(/1 concession ignorée/);
  });

  it("fills the register of an existing workbook, keeps its other sheets, and a second run changes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Indicateurs").addRow(["Code", "Indicateur", "S1 2026"]);
    const reg = wb.addWorksheet("Registre des marchés");
    reg.addRow(["Référence", "Acheteur", "Objet", "Label SPASER", "Source"]);
    reg.addRow(["M-1", "12345678900011", "Marché saisi", "oui", "Saisie"]);
    await wb.xlsx.writeFile(join(dir, "pilotage.xlsx"));

    expect(
      await runDecpCommand(
        ["import", "marches.xml", "--into", "pilotage.xlsx", "--report", "r1.json"],
        io,
      ),
    ).toBe(0);
    const written = join(dir, "out", "pilotage.xlsx");
    const rows = await sheetRows(written, "Registre des marchés");
    expect(rows[1]).toEqual(["M-1", "12345678900011", "Marché saisi", "oui", "Saisie"]);
    expect(rows[2]!.slice(0, 5)).toEqual([
      "2024-0201",
      "12345678900011",
      "Réhabilitation thermique du collège Jean Moulin & du gymnase",
      undefined,
      "DECP",
    ]);
    expect(rows[0]).toContain("Montant HT");
    expect((await sheetRows(written, "Indicateurs"))[0]).toEqual(["Code", "Indicateur", "S1 2026"]);
    expect(existsSync(join(dir, "pilotage.xlsx"))).toBe(true);

    expect(
      await runDecpCommand(
        [
          "import",
          "marches.xml",
          "--into",
          "out/pilotage.xlsx",
          "--out",
          "out/bis.xlsx",
          "--report",
          "r2.json",
        ],
        io,
      ),
    ).toBe(0);
    const second = decpReportSchema.parse(JSON.parse(readFileSync(join(dir, "r2.json"), "utf8")));
    expect(second.counts).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    expect(second.appendedColumns).toEqual([]);
  });

  it("fills a workbook holding a chart, a comment and a data validation without losing any of them", async () => {
    const original = await buildRichWorkbook();
    writeFileSync(join(dir, "graphique.xlsx"), original);
    expect(await runDecpCommand(["import", "marches.xml", "--into", "graphique.xlsx"], io)).toBe(0);
    const written = new Uint8Array(readFileSync(join(dir, "out", "graphique.xlsx")));
    const before = await partsOf(original);
    const after = await partsOf(written);
    // « Registre » has no reference column: the register goes to a new « Marchés » sheet.
    const changed = [...after.keys()].filter(
      (n) =>
        !before.has(n) ||
        Buffer.compare(Buffer.from(before.get(n)!), Buffer.from(after.get(n)!)) !== 0,
    );
    expect(changed.sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet3.xml",
    ]);
    for (const part of before.keys()) expect(after.has(part)).toBe(true);
    const rows = await sheetRows(join(dir, "out", "graphique.xlsx"), "Marchés");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["2024-0201", "2024-0202"]);
    expect(readFileSync(join(dir, "graphique.xlsx"))).toEqual(Buffer.from(original));
  });

  it("refuses to overwrite a formula in the register, in French, and writes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    const reg = wb.addWorksheet("Marchés");
    reg.addRow(["Référence", "Acheteur", "Objet", "Source"]);
    reg.addRow([
      "2024-0201",
      "12345678900011",
      { formula: '"Objet "&"calculé"', result: "Objet calculé" },
      "DECP",
    ]);
    await wb.xlsx.writeFile(join(dir, "formule.xlsx"));
    expect(await runDecpCommand(["import", "marches.xml", "--into", "formule.xlsx"], io)).toBe(1);
    expect(err.join("")).toMatch(
      /La cellule C2 de la feuille «\u00a0Marchés\u00a0» contient une formule/,
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("prints anomalies and still writes the register", async () => {
    expect(await runDecpCommand(["import", "anomalies.json"], io)).toBe(0);
    const text = out.join("");
    expect(text).toMatch(/anomalies\u00a0:/);
    expect(text).toMatch(/\[erreur\] enregistrement n°\u00a07/);
  });

  it.each([
    [["import"], /Indiquez le fichier DECP/],
    [["export", "x.json"], /Sous-commande inconnue/],
    [["import", "a.json", "--acheteur", "123"], /14\u00a0chiffres/],
    [["import", "a.json", "--bof"], /Option inconnue/],
  ])("answers %j with a usage error", async (args, message) => {
    expect(await runDecpCommand(args, io)).toBe(2);
    expect(err.join("")).toMatch(message);
  });

  it("gives one French sentence and exit 1 for a missing or broken file", async () => {
    expect(await runDecpCommand(["import", "absent.json"], io)).toBe(1);
    expect(err.join("")).toMatch(/^Le fichier «\u00a0absent.json\u00a0» est introuvable\.\n$/);
    err.length = 0;
    expect(await runDecpCommand(["import", "tronque.json"], io)).toBe(1);
    expect(err.join("")).toMatch(/^Le fichier JSON est/);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});
