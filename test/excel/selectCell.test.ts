import { CellNotFoundError } from "../../src/excel/errors";
import { selectCell } from "../../src/excel/selectCell";
import { FakeExcel } from "./fakeExcel";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Synthèse 2026-S1");
    const pilot = excel.addSheet("Indicateurs", [["Code"]]);
    await selectCell(excel, "Indicateurs", "K12");
    expect(pilot.selected).toBe("K12");
    expect(excel.syncCount).toBe(1);
  });

  it("says in French which cell cannot be shown when the sheet is gone", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Indicateurs");
    await expect(selectCell(excel, "Registre", "B2")).rejects.toBeInstanceOf(CellNotFoundError);
    await expect(selectCell(excel, "Registre", "B2")).rejects.toThrow(
      "La cellule B2 de la feuille « Registre » est introuvable dans le classeur.",
    );
  });

  it("refuses an address that is not a cell without calling Excel", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Indicateurs");
    await expect(selectCell(excel, "Indicateurs", "=A1")).rejects.toBeInstanceOf(CellNotFoundError);
    expect(excel.syncCount).toBe(0);
  });
});
