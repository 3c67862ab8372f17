import { refreshWorkbook } from "../../src/core/refresh";
import { readHeaders } from "../../src/excel/readHeaders";
import { readWorkbookGrids } from "../../src/excel/readWorkbook";
import { refreshSelection } from "../../src/excel/refreshSelection";
import { FakeExcel } from "./fakeExcel";
import { addOwnSheet, addPilotSheet, addRegister } from "./workbookFixtures";

/** Pilot sheet, register with a column the core does not know, a big unrelated sheet, our own. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  addPilotSheet(excel);
  const register = addRegister(excel, 2_000, 8);
  register.setCell(0, 8, "Notes internes");
  for (let r = 1; r <= 2_000; r++) register.setCell(r, 8, `note ${r} `.repeat(10));
  const sap = excel.addSheet("Export SAP", [["Pièce", "Compte", "Montant"]]);
  for (let r = 1; r <= 5_000; r++) {
    sap.setCell(r, 0, `P${r}`);
    sap.setCell(r, 1, 6_000_000 + r);
    sap.setCell(r, 2, r * 1.5);
  }
  addOwnSheet(excel);
  return excel;
}

const bytesRead = (excel: FakeExcel): number =>
  excel.syncs.reduce((s, x) => s + x.responseBytes, 0);

describe("refreshSelection", () => {
  it("keeps the indicator sheet whole and only the register columns the core reads", async () => {
    const excel = workbook();
    const selection = refreshSelection(await readHeaders(excel));
    expect(selection.map((s) => s.sheet)).toEqual(["Indicateurs", "Registre"]);
    expect(selection[0]!.columns).toBeUndefined();
    const columns = selection[1]!.columns!;
    expect(columns).toEqual(expect.arrayContaining([0, 1, 5, 6]));
    expect(columns).not.toContain(8);
  });

  it("gives the core exactly the same refresh as reading everything, for less data", async () => {
    const full = workbook();
    const all = await readWorkbookGrids(full);
    const lean = workbook();
    const some = await readWorkbookGrids(lean, { selectColumns: (h) => refreshSelection(h) });
    expect(some.grids.map((g) => g.name)).toEqual(["Indicateurs", "Registre"]);
    expect(bytesRead(lean)).toBeLessThan(bytesRead(full));
    const options = {
      workbookName: "pilotage.xlsx",
      refreshedAt: new Date(Date.UTC(2026, 10, 26)),
      semester: "2026-S1",
    };
    const a = refreshWorkbook(all.grids, { ...options, existingSheets: all.existingSheets });
    const b = refreshWorkbook(some.grids, { ...options, existingSheets: some.existingSheets });
    if (!a.ok) throw new Error(a.message);
    // The register was used: some values are computed from it.
    expect(a.report.indicators.some((i) => i.source === "calcul")).toBe(true);
    expect(b).toEqual(a);
  });

  it("reads everything when no indicator sheet is found (the mapping screen may pick any)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Feuil1", [
      ["Nom", "Valeur"],
      ["a", 1],
    ]);
    excel.addSheet("Feuil2", [["Autre"], ["b"]]);
    expect(refreshSelection(await readHeaders(excel)).map((s) => s.sheet)).toEqual([
      "Feuil1",
      "Feuil2",
    ]);
  });

  it("keeps the sheets a manual mapping names", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Suivi", [
      ["Libellé", "Valeur 2026"],
      ["Taux", 0.3],
    ]);
    excel.addSheet("Autre", [["x"], ["y"]]);
    const selection = refreshSelection(await readHeaders(excel), {
      sheet: "Suivi",
      headerRow: 0,
      columns: { indicateur: 0 },
    });
    expect(selection).toEqual([{ sheet: "Suivi" }]);
  });
});
