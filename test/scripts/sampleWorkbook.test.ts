import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { arrayBufferOf } from "./arrayBufferOf";
import { CATALOGUE } from "../../src/core/catalogue";
import { SAMPLE_PATH, writeSample } from "../../scripts/make-sample";
import { repoRoot } from "../../scripts/repoRoot";
import { REGISTER_HEADERS } from "../../scripts/registerColumns";
import { writePilotWorkbookFile } from "../../scripts/streamPilotWorkbook";
import {
  INDICATOR_SHEET,
  REGISTER_SHEET,
  TITLE,
  buildPilotWorkbook,
} from "../../scripts/sampleWorkbook";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

describe("the sample workbook", () => {
  let tmp: string;
  let sampleBytes: Buffer;
  let sample: ExcelJS.Workbook;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spaser-sample-"));
    sampleBytes = readFileSync(await writeSample(tmp));
    sample = new ExcelJS.Workbook();
    await sample.xlsx.load(arrayBufferOf(sampleBytes));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("is byte-identical from one run to the next, and the committed asset is up to date", async () => {
    const again = readFileSync(await writeSample(tmp));
    expect(again.equals(sampleBytes)).toBe(true);
    const committed = readFileSync(join(repoRoot(), ...SAMPLE_PATH));
    expect(committed.equals(sampleBytes)).toBe(true);
  });

  it("has a title, a blank row, then the canonical header on row 3", () => {
    const ws = sample.getWorksheet(INDICATOR_SHEET)!;
    expect(ws.getCell("A1").value).toBe(TITLE);
    expect(rowValues(ws, 2).filter((v) => v !== null && v !== undefined)).toEqual([]);
    expect(rowValues(ws, 3)).toEqual([
      "Code",
      "Axe",
      "Objectif",
      "Indicateur",
      "Unité",
      "Référence",
      "Période de référence",
      "Cible",
      "Échéance",
      "Responsable",
      "2024-S2",
      "2025-S1",
      "2025-S2",
      "2026-S1",
      "Commentaire",
    ]);
  });

  it("lists the whole catalogue with its labels and coordinator-style targets", () => {
    const ws = sample.getWorksheet(INDICATOR_SHEET)!;
    const codes = CATALOGUE.map((_, i) => ws.getCell(`A${4 + i}`).value);
    expect(codes).toEqual(CATALOGUE.map((c) => c.code));
    const byCode = new Map(CATALOGUE.map((c, i) => [c.code, 4 + i]));
    expect(ws.getCell(`H${byCode.get("IMP3-I5")}`).value).toBe("≥ 35 %");
    expect(ws.getCell(`H${byCode.get("BES1-I6")}`).value).toBe("100 %");
    expect(ws.getCell(`H${byCode.get("GOV2-I3")}`).value).toBe("Augmenter");
    expect(ws.getCell(`H${byCode.get("IMP3-I2")}`).value).toBe("—");
    expect(ws.getCell(`I${byCode.get("GOV2-I5")}`).value).toBe(2030);
    expect(ws.getCell(`I${byCode.get("IMP3-I5")}`).value).toBe("chaque semestre");
  });

  it("holds the awkward entries of a real coordinator in 2026-S1", () => {
    const ws = sample.getWorksheet(INDICATOR_SHEET)!;
    const cell = (code: string): ExcelJS.Cell =>
      ws.getCell(`N${4 + CATALOGUE.findIndex((c) => c.code === code)}`);
    expect(cell("MOB1-I2").value).toBe("35 %");
    expect(cell("BES2-I5").value).toBe(26);
    expect(cell("IMP3-I3").value).toBe("12 234,5");
    expect(cell("MOB3-I1").value).toBe("en cours");
    expect(cell("MOB2-I2").value).toBe("NC");
    expect(cell("MOB1-I1").value).toBe("Sans objet");
    expect(cell("IMP3-I6").value).toEqual({ formula: "N70/N71", result: { error: "#DIV/0!" } });
    expect(cell("MOB3-I1").note).toContain("Ressources humaines");
    expect(cell("IMP3-I5").value).toBeNull();
  });

  it("has a register of 300 contracts with the PRODUCT §1 headers and an oui/non list", () => {
    const ws = sample.getWorksheet(REGISTER_SHEET)!;
    expect(rowValues(ws, 1)).toEqual([...REGISTER_HEADERS]);
    expect(ws.rowCount).toBe(301);
    const validation = ws.getCell("S120").dataValidation;
    expect(validation?.type).toBe("list");
    expect(validation?.formulae).toEqual(['"oui,non"']);
  });
});

describe("buildPilotWorkbook for the benchmark", () => {
  it("makes 50 indicators × 10 semesters and the requested register size", async () => {
    const wb = await roundTrip(
      buildPilotWorkbook({ contracts: 1000, semesters: 10, indicators: 50 }),
    );
    const ws = wb.getWorksheet(INDICATOR_SHEET)!;
    const header = rowValues(ws, 3);
    expect(header.slice(10, 20)).toEqual([
      "2021-S2",
      "2022-S1",
      "2022-S2",
      "2023-S1",
      "2023-S2",
      "2024-S1",
      "2024-S2",
      "2025-S1",
      "2025-S2",
      "2026-S1",
    ]);
    // The last of the 50 rows is the last extra (non-catalogue) row.
    expect(ws.getCell(`A${3 + 50}`).value).toBe(`LOC-${50 - CATALOGUE.length}`);
    expect(ws.getCell(`A${3 + 51}`).value).toBeNull();
    expect(wb.getWorksheet(REGISTER_SHEET)!.rowCount).toBe(1001);
  });
});

describe("writePilotWorkbookFile (streaming, for the largest registers)", () => {
  it("writes the same cells, list and note as the in-memory workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spaser-stream-"));
    try {
      const options = { contracts: 200, semesters: 6, indicators: 49, seed: 5 };
      const file = join(dir, "stream.xlsx");
      await writePilotWorkbookFile(file, options);
      const streamed = new ExcelJS.Workbook();
      await streamed.xlsx.load(arrayBufferOf(readFileSync(file)));
      const memory = await roundTrip(buildPilotWorkbook(options));
      for (const name of [INDICATOR_SHEET, REGISTER_SHEET]) {
        const a = streamed.getWorksheet(name)!;
        const b = memory.getWorksheet(name)!;
        expect(a.rowCount).toBe(b.rowCount);
        for (let r = 1; r <= b.rowCount; r++) expect(rowValues(a, r)).toEqual(rowValues(b, r));
      }
      const register = streamed.getWorksheet(REGISTER_SHEET)!;
      expect(register.getCell("S50").dataValidation?.formulae).toEqual(['"oui,non"']);
      const indicators = streamed.getWorksheet(INDICATOR_SHEET)!;
      const mob3 = 4 + CATALOGUE.findIndex((c) => c.code === "MOB3-I1");
      expect(indicators.getCell(`P${mob3}`).note).toContain("Ressources humaines");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
