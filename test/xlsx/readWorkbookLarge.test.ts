/**
 * A register of thousands of rows reads completely and exactly, also when the page is given
 * turns while it reads. Its speed is measured by `npm run bench` (refresh ÷ the floor of the same
 * bytes), not asserted here.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { PAUSE_EVERY_MS } from "../../src/xlsx/reader/partReader";
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

it("gives the page a turn every PAUSE_EVERY_MS of reading when asked, and reads the same", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Registre");
  for (let i = 0; i < 20_000; i++) ws.addRow([`Marché n° ${i}`, i * 1.5, `Entreprise ${i % 97}`]);
  const bytes = await exceljsBytes(wb);
  const plain = await readWorkbook(bytes, "registre.xlsx");

  // A clock that moves 10 ms at each look: a pause every 3 or 4 chunks, whatever the machine.
  let clock = 0;
  const now = jest.spyOn(performance, "now").mockImplementation(() => (clock += 10));
  let pauses = 0;
  let pending = false;
  try {
    const paused = await readWorkbook(bytes, "registre.xlsx", {
      pause: () =>
        new Promise<void>((resolve) => {
          pauses++;
          pending = true;
          // A real turn of the event loop: reading waits for it.
          setTimeout(() => {
            pending = false;
            resolve();
          }, 0);
        }),
      onProgress: () => expect(pending).toBe(false),
    });
    expect(paused.grids).toEqual(plain.grids);
  } finally {
    now.mockRestore();
  }
  expect(pauses).toBeGreaterThan(3);
  expect(PAUSE_EVERY_MS).toBeLessThan(50);
});
