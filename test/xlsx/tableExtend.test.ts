/**
 * `decp import --into` a register formatted as an Excel table: the rows and columns the import
 * adds fall inside the table (its ref, its auto-filter, new table columns).
 */
import JSZip from "jszip";
import { patchSheetCells } from "../../src/xlsx/patchCells";
import { extendTable } from "../../src/xlsx/tableExtend";
import { SAMPLE } from "../fixtures/xlsx/producerVariants";
import { partsOf } from "./packageInspection";

const TABLE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Registre" displayName="Registre" ref="A1:AA301" headerRowCount="1">` +
  `<autoFilter ref="A1:AA301"/><tableColumns count="27">` +
  Array.from({ length: 27 }, (_, i) => `<tableColumn id="${i + 1}" name="Colonne ${i + 1}"/>`).join(
    "",
  ) +
  `</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;

async function withTable(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(SAMPLE);
  zip.file("xl/tables/table1.xml", TABLE);
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`,
  );
  const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet2.xml",
    sheet.replace(
      "</worksheet>",
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

it("extends the table's ref and auto-filter over new rows and adds the new columns", async () => {
  const output = await patchSheetCells(
    await withTable(),
    "Marchés",
    [
      { row: 0, col: 27, value: "Source DECP" },
      { row: 301, col: 0, value: "2026-999" },
      { row: 302, col: 27, value: "decp" },
    ],
    "pilotage.xlsx",
  );
  const table = new TextDecoder().decode((await partsOf(output)).get("xl/tables/table1.xml"));
  expect(table).toContain('ref="A1:AB303" headerRowCount="1"');
  expect(table).toContain('<autoFilter ref="A1:AB303"/>');
  expect(table).toContain('<tableColumns count="28">');
  expect(table).toContain('<tableColumn id="28" name="Source DECP"/></tableColumns>');
  // Everything else in the part is as it was.
  expect(
    table
      .replace("AB303", "AA301")
      .replace("AB303", "AA301")
      .replace('count="28"', 'count="27"')
      .replace('<tableColumn id="28" name="Source DECP"/>', ""),
  ).toBe(TABLE);
});

it("leaves a table the new cells do not continue, and one with a totals row", () => {
  expect(extendTable(TABLE, [{ row: 400, col: 40, value: 1 }])).toBe(TABLE);
  const totals = TABLE.replace('headerRowCount="1"', 'headerRowCount="1" totalsRowCount="1"');
  expect(extendTable(totals, [{ row: 301, col: 0, value: 1 }])).toBe(totals);
});

it("keeps table column names unique", () => {
  const out = extendTable(TABLE, [{ row: 0, col: 27, value: "colonne 5" }]);
  expect(out).toContain('<tableColumn id="28" name="colonne 52"/>');
});
