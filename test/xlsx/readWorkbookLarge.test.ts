/**
 * A register of thousands of rows reads completely and exactly. Its speed is measured by
 * `npm run bench` (refresh ÷ the floor of the same bytes), not asserted here.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { exceljsBytes } from "./packageInspection";

const ROWS = 5_000;

jest.setTimeout(60_000);

it("reads every row of a 5 000-row register, values normalised", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Registre");
  ws.addRow(["Objet", "Montant", "Notification", "Clause sociale", "Titulaire", "CPV", "Durée"]);
  for (let i = 0; i < ROWS; i++) {
    ws.addRow([
      `Marché n° ${i}`,
      1000 + i * 3.5,
      new Date(Date.UTC(2026, 0, 1 + (i % 365))),
      i % 2 === 0,
      `Entreprise ${i % 500}`,
      "45000000",
      12,
    ]);
  }
  const bytes = await exceljsBytes(wb);

  const { grids } = await readWorkbook(bytes, "registre.xlsx");

  const rows = grids[0]!.rows;
  expect(rows).toHaveLength(ROWS + 1);
  expect(rows[ROWS]).toEqual([
    `Marché n° ${ROWS - 1}`,
    1000 + (ROWS - 1) * 3.5,
    new Date(Date.UTC(2026, 0, 1 + ((ROWS - 1) % 365))),
    false,
    `Entreprise ${(ROWS - 1) % 500}`,
    "45000000",
    12,
  ]);
  expect(rows[1]![2]).toEqual(new Date(Date.UTC(2026, 0, 1)));
});
