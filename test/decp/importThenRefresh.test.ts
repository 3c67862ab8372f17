/**
 * Acceptance: a DECP file imported into a blank pilot workbook feeds the computed indicators of
 * the refresh, a second import changes nothing, and rows typed by hand are never touched.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { decpReportSchema } from "../../src/decp/decpReport";
import { partsOf, sheetPartName } from "../xlsx/packageInspection";
import { FIXTURES } from "./fixtureFile";

const BUYER = "22590001700016";
const FIXTURE = "semestre-2026-s1.json";
const PAS_ENV = "Pas de considération environnementale";

/**
 * The fixture (test/fixtures/decp/semestre-2026-s1.json), buyer 22590001700016:
 *
 * | id        | notified   | social                        | environmental                     |
 * |-----------|------------|-------------------------------|-----------------------------------|
 * | 2026-0001 | 2026-01-12 | Clause sociale                | Clause environnementale           |
 * | 2026-0002 | 2026-01-20 | Pas de…                       | Critère environnemental           |
 * | 2026-0003 | 2026-02-03 | Critère social, Marché réservé| Pas de…                           |
 * | 2026-0004 | 2026-02-17 | Pas de…                       | Pas de…                           |
 * | 2026-0005 | 2026-03-02 | Marché réservé                | Clause env., Critère env.         |
 * | 2026-0006 | 2026-03-16 | Pas de…                       | Clause environnementale           |
 * | 2026-0007 | 2026-04-01 | Pas de…                       | Pas de…                           |
 * | 2026-0008 | 2026-04-14 | Clause sociale                | Pas de…                           |
 * | 2026-0009 | 2026-05-05 | Pas de…                       | Critère environnemental           |
 * | 2026-0010 | 2026-05-26 | Pas de…                       | Pas de…                           |
 * | 2026-0011 | 2026-06-09 | Pas de…                       | Clause environnementale           |
 * | 2026-0012 | 2026-06-30 | Pas de…                       | Pas de…                           |
 * | 2025-0099 | 2025-12-15 | Clause sociale                | Clause environnementale           |
 * | 2026-0013 | 2026-07-01 | Clause sociale                | Clause environnementale           |
 *
 * Before the import, the coordinator typed two rows by hand (Source « Saisie »):
 * - M-2026-01, notified 2026-02-10, social « Clause sociale », env « Pas de… »;
 * - 2026-0012 (same buyer, same id as a DECP record), notified 2026-06-30, social « Clause
 *   sociale », env « Clause environnementale » — the DECP record 2026-0012 must not touch it.
 *
 * Scope of the three rules for 2026-S1: contracts notified from 2026-01-01 to 2026-06-30 (year
 * to date). 2025-0099 (December 2025) and 2026-0013 (1 July 2026) are outside it. In scope:
 * DECP 2026-0001…0011 (11 rows) + the two hand rows = 13 rows.
 * - social: DECP 0001, 0003, 0005, 0008 (4) + both hand rows (2) = 6
 *   → IMP3-I2 = 6, IMP3-I5 = 6 / 13;
 * - environmental: DECP 0001, 0002, 0005, 0006, 0009, 0011 (6) + hand row 2026-0012 (1) = 7
 *   → BES1-I6 = 7 / 13.
 */
const EXPECTED = { "BES1-I6": 7 / 13, "IMP3-I5": 6 / 13, "IMP3-I2": 6 };

let dir: string;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/** The register as the user sees it: one object per row, by header label. */
async function registerRows(file: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.getWorksheet("Marchés")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

/** The blank pilot workbook with the two rows the coordinator typed, as Excel would save them. */
async function pilotWithHandRows(): Promise<void> {
  expect((await cli(["template", "--out", "pilot.xlsx"])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "pilot.xlsx"));
  const ws = wb.getWorksheet("Marchés")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const put = (row: number, values: Record<string, unknown>): void => {
    for (const [label, value] of Object.entries(values)) {
      const col = header.indexOf(label);
      if (col < 0) throw new Error(`no column ${label}`);
      ws.getCell(row, col + 1).value = value as ExcelJS.CellValue;
    }
  };
  put(2, {
    Référence: "M-2026-01",
    Acheteur: BUYER,
    Objet: "Marché saisi à la main",
    "Date de notification": new Date(Date.UTC(2026, 1, 10)),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": PAS_ENV,
    Source: "Saisie",
  });
  put(3, {
    Référence: "2026-0012",
    Acheteur: BUYER,
    Objet: "Formation des agents (saisie)",
    "Date de notification": new Date(Date.UTC(2026, 5, 30)),
    "Considérations sociales": "Clause sociale",
    "Considérations environnementales": "Clause environnementale",
    "Label SPASER": "oui",
    Source: "Saisie",
  });
  await wb.xlsx.writeFile(join(dir, "pilot.xlsx"));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "decp-accept-"));
  copyFileSync(join(FIXTURES, FIXTURE), join(dir, FIXTURE));
  await pilotWithHandRows();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("decp import then refresh", () => {
  it("computes BES1-I6, IMP3-I5 and IMP3-I2 from the imported contracts", async () => {
    const imported = await cli([
      "decp",
      "import",
      FIXTURE,
      "--into",
      "pilot.xlsx",
      "--out",
      "merged.xlsx",
      "--report",
      "import.json",
    ]);
    expect(imported.stderr.replace(/ {2}… .*\n/g, "")).toBe("");
    expect(imported.code).toBe(0);
    const report = decpReportSchema.parse(
      JSON.parse(readFileSync(join(dir, "import.json"), "utf8")),
    );
    // 14 records; 2026-0012 is a hand row: left alone, not added.
    expect(report.counts).toMatchObject({
      recordsRead: 14,
      imported: 13,
      updated: 0,
      manualConflicts: 1,
    });

    const refreshed = await cli([
      "refresh",
      "merged.xlsx",
      "--semester",
      "2026-S1",
      "--report",
      "r.json",
      "--out",
      "status.xlsx",
    ]);
    expect(refreshed.code).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as {
      indicators: { code: string | null; value: unknown; source: string }[];
    };
    for (const [code, value] of Object.entries(EXPECTED)) {
      const indicator = r.indicators.find((i) => i.code === code);
      expect(indicator?.source).toBe("calcul");
      expect(indicator?.value).toBeCloseTo(value, 12);
    }
  });

  it("leaves the rows typed by hand and the other sheets untouched", async () => {
    expect(
      (await cli(["decp", "import", FIXTURE, "--into", "pilot.xlsx", "--out", "merged.xlsx"])).code,
    ).toBe(0);
    const rows = await registerRows("merged.xlsx");
    const byRef = rows.filter((row) => row["Référence"] === "2026-0012");
    expect(byRef).toHaveLength(1);
    expect(byRef[0]).toMatchObject({
      Objet: "Formation des agents (saisie)",
      "Considérations sociales": "Clause sociale",
      "Considérations environnementales": "Clause environnementale",
      "Label SPASER": "oui",
      Source: "Saisie",
    });
    expect(byRef[0]!["Montant HT"]).toBeNull();
    expect(rows[0]).toMatchObject({
      Référence: "M-2026-01",
      Objet: "Marché saisi à la main",
      Source: "Saisie",
    });
    expect(rows.filter((row) => row.Source === "DECP")).toHaveLength(13);
    const added = rows.find((row) => row["Référence"] === "2026-0005")!;
    expect(added).toMatchObject({
      "Considérations sociales": "Marché réservé",
      "Considérations environnementales": "Clause environnementale, Critère environnemental",
      "Montant HT": 480000,
      "Date de notification": new Date(Date.UTC(2026, 2, 2)),
      "Code CPV": "90910000-9",
    });

    // Only the register's part and the styles (date and amount formats) change.
    const before = await partsOf(new Uint8Array(readFileSync(join(dir, "pilot.xlsx"))));
    const after = await partsOf(new Uint8Array(readFileSync(join(dir, "merged.xlsx"))));
    const changed = [...before.keys()].filter(
      (n) => Buffer.compare(Buffer.from(before.get(n)!), Buffer.from(after.get(n)!)) !== 0,
    );
    const registerPart = await sheetPartName(
      new Uint8Array(readFileSync(join(dir, "merged.xlsx"))),
      "Marchés",
    );
    expect(changed.sort()).toEqual(["xl/styles.xml", registerPart].sort());
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it("changes nothing when the same file is imported again", async () => {
    expect(
      (await cli(["decp", "import", FIXTURE, "--into", "pilot.xlsx", "--out", "merged.xlsx"])).code,
    ).toBe(0);
    const again = await cli([
      "decp",
      "import",
      FIXTURE,
      "--into",
      "merged.xlsx",
      "--out",
      "again.xlsx",
      "--report",
      "again.json",
    ]);
    expect(again.code).toBe(0);
    const report = decpReportSchema.parse(
      JSON.parse(readFileSync(join(dir, "again.json"), "utf8")),
    );
    expect(report.counts).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 13,
      manualConflicts: 1,
    });
    expect(report.appendedColumns).toEqual([]);
    expect(
      readFileSync(join(dir, "again.xlsx")).equals(readFileSync(join(dir, "merged.xlsx"))),
    ).toBe(true);
  });
});
