import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SAMPLE, filesIn, runInTemp } from "./cliHarness";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { refreshReportSchema } from "../../src/core/report";
import { STATUS_KEYS } from "../../src/core/status";

jest.setTimeout(60_000);

describe("spaser refresh", () => {
  test("with no argument, refreshes the bundled sample into ./out/ and prints a French summary", async () => {
    const run = await runInTemp(["refresh"]);
    expect(run.code).toBe(0);
    expect(filesIn(run.cwd)).toEqual(["out", "out/pilotage-spaser-exemple-spaser-2026-S1.xlsx"]);
    expect(run.stdout).toMatch(
      /^Classeur\s: pilotage-spaser-exemple\.xlsx — semestre 2026-S1\nComplétude\s: \d+\/\d+ indicateurs renseignés/,
    );
    expect(run.stdout).toContain(
      "Feuilles écrites\u00a0: Synthèse 2026-S1, Statut 2026-S1, Contrôle 2026-S1",
    );
  });

  test("the sample shows every status and several issues", async () => {
    const run = await runInTemp(["refresh", "--report", "r.json"]);
    const report = refreshReportSchema.parse(
      JSON.parse(fs.readFileSync(path.join(run.cwd, "r.json"), "utf8")),
    );
    for (const s of STATUS_KEYS)
      expect([s, report.statusCounts[s]]).toEqual([s, expect.any(Number)]);
    for (const s of STATUS_KEYS) expect(report.statusCounts[s]).toBeGreaterThan(0);
    for (const sev of ["erreur", "avertissement", "info"])
      expect(report.issues.some((i) => i.severity === sev)).toBe(true);
  });

  test("the input is never modified; refreshing twice is idempotent (only the refresh date changes)", async () => {
    const before = fs.readFileSync(SAMPLE);
    const first = await runInTemp([
      "refresh",
      SAMPLE,
      "--out",
      "copie/pilotage-spaser-exemple.xlsx",
    ]);
    expect(fs.readFileSync(SAMPLE).equals(before)).toBe(true);
    const file = path.join(first.cwd, "copie", "pilotage-spaser-exemple.xlsx");
    const a = await readWorkbook(new Uint8Array(fs.readFileSync(file)), "p.xlsx");
    const second = await runInTemp(["refresh", file, "--in-place"], first.cwd);
    expect(second.code).toBe(0);
    const b = await readWorkbook(new Uint8Array(fs.readFileSync(file)), "p.xlsx");
    expect(b.grids.map((g) => g.name)).toEqual(a.grids.map((g) => g.name));
    const withoutDate = (x: (typeof a.grids)[number]) =>
      x.rows.map((r, i) => (x.name.startsWith("Synthèse") && i === 2 ? [] : r));
    for (const g of a.grids)
      expect(withoutDate(b.grids.find((x) => x.name === g.name)!)).toEqual(withoutDate(g));
    expect(b.existingSheets.filter((s) => s.ours).map((s) => s.name)).toEqual([
      "Synthèse 2026-S1",
      "Statut 2026-S1",
      "Contrôle 2026-S1",
    ]);
  });

  test("--in-place writes into the input itself and keeps the previous version beside it", async () => {
    const run = await runInTemp(["template", "--out", "p.xlsx"]);
    fs.copyFileSync(SAMPLE, path.join(run.cwd, "p.xlsx"));
    const again = await runInTemp(["refresh", "p.xlsx", "--in-place"], run.cwd);
    expect(again.code).toBe(0);
    expect(filesIn(run.cwd)).toEqual(["p.avant-spaser.xlsx", "p.xlsx"]);
    expect(
      fs.readFileSync(path.join(run.cwd, "p.avant-spaser.xlsx")).equals(fs.readFileSync(SAMPLE)),
    ).toBe(true);
    expect(again.stdout).toContain("Version précédente gardée\u00a0: p.avant-spaser.xlsx");
    const wb = await readWorkbook(
      new Uint8Array(fs.readFileSync(path.join(run.cwd, "p.xlsx"))),
      "p.xlsx",
    );
    expect(wb.grids.map((g) => g.name)).toContain("Statut 2026-S1");
  });

  test("a sheet the user made with our name is kept, results go to « … (2) »", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.addWorksheet("Statut 2026-S1").getCell("A1").value = "mes notes";
    const dir = (await runInTemp(["--help"])).cwd;
    const input = path.join(dir, "perso.xlsx");
    await wb.xlsx.writeFile(input);
    const run = await runInTemp(["refresh", input, "--out", "o.xlsx", "--report", "r.json"], dir);
    expect(run.code).toBe(0);
    const out = await readWorkbook(
      new Uint8Array(fs.readFileSync(path.join(dir, "o.xlsx"))),
      "o.xlsx",
    );
    expect(out.grids.find((g) => g.name === "Statut 2026-S1")!.rows).toEqual([["mes notes"]]);
    expect(out.grids.map((g) => g.name)).toContain("Statut 2026-S1 (2)");
    expect(run.stdout).toContain("Statut 2026-S1 (2)");
  });

  test("every part of the input package is carried over byte for byte", async () => {
    const run = await runInTemp(["refresh", SAMPLE, "--out", "o.xlsx"]);
    const before = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    const after = await JSZip.loadAsync(fs.readFileSync(path.join(run.cwd, "o.xlsx")));
    const rewritten = new Set([
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "docProps/app.xml",
    ]);
    for (const name of Object.keys(before.files)) {
      if (before.files[name]!.dir || rewritten.has(name)) continue;
      const a = await before.file(name)!.async("uint8array");
      const b = await after.file(name)?.async("uint8array");
      expect([name, b && Buffer.from(b).equals(Buffer.from(a))]).toEqual([name, true]);
    }
  });

  test.each([
    [["refresh", "--semester", "2026-S3"], /Semestre «\s2026-S3\s» invalide/],
    [["refresh", "--bogus"], /Option inconnue|--bogus/],
    [["refresh", "a.xlsx", "b.xlsx"], /Un seul classeur/],
    [["refresh", "--in-place", "--out", "x.xlsx"], /s’excluent/],
    [["frobnicate"], /Commande inconnue/],
    [[], /Commandes\s:/],
    [["template"], /--out/],
  ])("usage error %j → exit 2", async (args, message) => {
    const run = await runInTemp(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(filesIn(run.cwd)).toEqual([]);
  });

  test("a missing file → exit 1, no output", async () => {
    const run = await runInTemp(["refresh", "absent.xlsx"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("Le fichier «\u00a0absent.xlsx\u00a0» est introuvable ou illisible.\n");
    expect(filesIn(run.cwd)).toEqual([]);
  });
});

describe("spaser template", () => {
  test("writes a blank pilot workbook that refreshes with the whole catalogue", async () => {
    const run = await runInTemp(["template", "--out", "vierge.xlsx"]);
    expect(run.code).toBe(0);
    const wb = await readWorkbook(
      new Uint8Array(fs.readFileSync(path.join(run.cwd, "vierge.xlsx"))),
      "vierge.xlsx",
    );
    expect(wb.grids.map((g) => g.name)).toEqual(["Indicateurs", "Marchés"]);
    expect(wb.existingSheets.every((s) => !s.ours)).toBe(true);
    const header = wb.grids[0]!.rows[2]!;
    expect(header).toContain("2026-S1");
    expect(header).toContain("2030-S2");
    const refreshed = await runInTemp(
      ["refresh", "vierge.xlsx", "--semester", "2026-S1", "--report", "r.json"],
      run.cwd,
    );
    expect(refreshed.code).toBe(0);
    const report = refreshReportSchema.parse(
      JSON.parse(fs.readFileSync(path.join(run.cwd, "r.json"), "utf8")),
    );
    expect(report.completeness.filled).toBe(0);
    expect(report.issues.filter((i) => i.message.includes("hors catalogue"))).toEqual([]);
  });
});
