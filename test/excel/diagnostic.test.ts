/**
 * The Excel self-test against the fake: every step runs and is reported, and the workbook is
 * left exactly as it was (same sheets, same cells, same names), also when a step fails.
 */
import { runExcelDiagnostic, scratchSheetName } from "../../src/excel/diagnostic";
import { FakeExcel } from "./fakeExcel";

const allSupported = (): boolean => true;

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Indicateurs", [
    ["Code", "Indicateur"],
    ["IND-1", "Taux"],
  ]);
  excel.addSheet("Registre", [["Référence"], ["M-1"]]);
  excel.userNames.set("Total", "='Registre'!A2");
  return excel;
}

const snapshot = (excel: FakeExcel): string =>
  JSON.stringify({
    sheets: excel.sheets.map((s) => ({
      name: s.name,
      position: s.position,
      values: s.values,
      names: [...s.names],
      charts: s.charts,
    })),
    names: [...excel.userNames],
  });

describe("Excel diagnostic", () => {
  it("runs every step on a scratch sheet, all ok, and leaves the workbook as it was", async () => {
    const excel = workbook();
    const before = snapshot(excel);
    const steps = await runExcelDiagnostic(excel, {
      supports: allSupported,
      sheetName: "SPASER diagnostic 000001",
    });
    expect(steps.map((s) => [s.label, s.status, s.detail])).toEqual([
      ["Lecture du classeur (feuilles et en-têtes)", "ok", undefined],
      [
        "Écriture d’une feuille d’essai (valeurs, formats, lien, volets figés, graphique, mise en page)",
        "ok",
        undefined,
      ],
      ["Relecture de la feuille d’essai", "ok", undefined],
      ["Mise en page : une page en largeur (office-js #1860)", "ok", undefined],
      ["Réécriture sur place (la feuille est conservée)", "ok", undefined],
      ["Suppression de la feuille d’essai", "ok", undefined],
    ]);
    expect(snapshot(excel)).toBe(before);
    expect(excel.syncCount).toBeGreaterThan(6);
  });

  it("reports a refused step with Excel's error code, skips what depends on it, and still cleans up", async () => {
    const excel = workbook();
    const before = snapshot(excel);
    // A host that refuses the write batch after the sheet was added (e.g. a chart it rejects).
    const original = excel.sync.bind(excel);
    let calls = 0;
    excel.sync = async () => {
      calls++;
      // The second sync is the write: Excel refuses it after adding the sheet.
      if (calls === 2) excel.fail("InvalidArgument", "chart refused");
      return original();
    };
    const steps = await runExcelDiagnostic(excel, {
      supports: allSupported,
      sheetName: "SPASER diagnostic 000002",
    });
    expect(steps.map((s) => s.status)).toEqual([
      "ok",
      "failed",
      "skipped",
      "skipped",
      "skipped",
      "ok",
    ]);
    expect(steps[1]!.detail).toBe("InvalidArgument");
    expect(snapshot(excel)).toBe(before);
  });

  it("names its scratch sheet within Excel's rules", () => {
    const name = scratchSheetName(() => 0.5);
    expect(name).toBe("SPASER diagnostic 500000");
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
