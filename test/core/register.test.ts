/**
 * Register rows that are blank (empty, or missing tokens only) are not contracts; any other
 * content makes one, even without a notification date (then reported).
 */
import { findRegisterHeader, readRegister } from "../../src/core/register";
import { IssueList } from "../../src/core/issues";
import type { CellValue, Grid } from "../../src/core/grid";
import { d } from "./gridBuilders";

function read(rows: CellValue[][]) {
  const grid: Grid = {
    name: "Marchés",
    rows: [["Référence", "Date de notification", "Montant HT"], ...rows],
  };
  const h = findRegisterHeader(grid)!;
  const issues = new IssueList();
  const register = readRegister(
    grid,
    { sheet: grid.name, headerRow: h.row, columns: h.columns },
    issues,
  );
  return { rows: register.contracts.map((c) => c.row + 1), issues: issues.sorted() };
}

describe("blank register rows", () => {
  test("rows of missing tokens only are skipped; any entry makes a contract", () => {
    const { rows, issues } = read([
      ["NC", " n.d. ", "—"],
      [null, "", "?"],
      ["  N.C.  ", null, "-"],
      [],
      ["Nantes"],
      ["2026-14"],
      ["ACV", d("2026-03-01")],
      [null, null, 12000],
      ["nc", d("2026-03-01")],
      ["#N/A"],
    ]);
    expect(rows).toEqual([6, 7, 8, 9, 10, 11]);
    expect(issues.map((i) => i.cell)).toEqual(["B6", "B7", "B9", "B11"]);
  });
});
