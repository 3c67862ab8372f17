/** Our sheets are replaced in place, foreign ones never; rewriting is idempotent. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetWriteError, createWorkbook, writePlans } from "../../src/xlsx/writePlans";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { buildRichWorkbook } from "../fixtures/xlsx/richWorkbook";
import { controlPlan, statusPlan } from "../fixtures/xlsx/planFixtures";
import {
  elements,
  exceljsBytes,
  partText,
  partsOf,
  sheetPartName,
  sheetXml,
} from "./packageInspection";

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

describe("foreign sheet guard", () => {
  it.each(["Statut 2026-S1", "STATUT 2026-s1"])(
    "refuses to overwrite a sheet we did not write (%p)",
    async (name) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Indicateurs");
      wb.addWorksheet(name).getCell("A1").value = "à moi";
      const input = await exceljsBytes(wb);
      await expect(writePlans(input, [statusPlan()])).rejects.toThrow(SheetWriteError);
      await expect(writePlans(input, [statusPlan()])).rejects.toMatchObject({
        problem: "foreign-sheet",
      });
    },
  );

  it("refuses invalid or duplicated sheet names before touching anything", async () => {
    const input = await buildRichWorkbook();
    await expect(
      writePlans(input, [{ ...statusPlan(), name: "Statut [S1]" }]),
    ).rejects.toMatchObject({
      problem: "invalid-name",
    });
    await expect(
      writePlans(input, [statusPlan(), { ...controlPlan(), name: "statut 2026-s1" }]),
    ).rejects.toMatchObject({
      problem: "duplicate-name",
    });
  });
});

describe("rewriting our own sheets", () => {
  let input: Uint8Array;
  let first: Uint8Array;

  beforeAll(async () => {
    input = await buildRichWorkbook();
    first = await writePlans(input, [statusPlan(), controlPlan()]);
  });

  it("gives identical bytes for the same plans into the same input", async () => {
    expect(same(await writePlans(input, [statusPlan(), controlPlan()]), first)).toBe(true);
  });

  it("gives identical bytes when the same plans are written into its own output", async () => {
    expect(same(await writePlans(first, [statusPlan(), controlPlan()]), first)).toBe(true);
  });

  it("replaces our sheet in place (same part, rId, sheetId, one marker) with the new values", async () => {
    const second = await writePlans(first, [statusPlan("2026-S1", 0.25)]);
    const { grids, existingSheets } = await readWorkbook(second, "pilotage.xlsx");
    expect(existingSheets.map((s) => s.name)).toEqual([
      "Indicateurs",
      "Registre",
      "Statut 2026-S1",
      "Contrôle 2026-S1",
    ]);
    expect(grids[2]!.rows[2]![2]).toBeCloseTo(0.5625);
    const sheetsBefore = elements(await partText(first, "xl/workbook.xml"), "sheet");
    const sheetsAfter = elements(await partText(second, "xl/workbook.xml"), "sheet");
    expect(sheetsAfter).toEqual(sheetsBefore);
    expect(await sheetPartName(second, "Statut 2026-S1")).toBe(
      await sheetPartName(first, "Statut 2026-S1"),
    );
    expect(elements(await partText(second, "xl/workbook.xml"), "definedName")).toHaveLength(2);
    // Parts other than the replaced sheet and styles are untouched.
    const [a, b] = [await partsOf(first), await partsOf(second)];
    const changed = [...a.keys()].filter((k) => !same(a.get(k)!, b.get(k) ?? new Uint8Array()));
    // Same styles as before: styles.xml is reused, not appended to.
    expect(changed).toEqual([await sheetPartName(first, "Statut 2026-S1")]);
  });

  it("drops what the user hung on our replaced sheet (its rels part), keeping the file readable", async () => {
    const zip = await JSZip.loadAsync(first);
    const part = await sheetPartName(first, "Statut 2026-S1");
    const relsPath = part.replace("worksheets/", "worksheets/_rels/") + ".rels";
    zip.file(
      relsPath,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/></Relationships>`,
    );
    const annotated = await zip.generateAsync({ type: "uint8array" });
    const output = await writePlans(annotated, [statusPlan()]);
    const [parts, before] = [await partsOf(output), await partsOf(first)];
    expect(parts.has(relsPath)).toBe(false);
    // Nothing else was added: the parts are exactly those of the first output again (the
    // entries JSZip stored uncompressed stay so: untouched entries are copied as they are).
    expect([...parts.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of parts) expect(same(bytes, before.get(name)!)).toBe(true);
    const { grids } = await readWorkbook(output, "pilotage.xlsx");
    expect(grids[2]!.rows[2]![0]).toBe("IMP3-I5");
  });

  it("updates the marker when a sheet of ours changes kind", async () => {
    const second = await writePlans(first, [{ ...controlPlan(), kind: "synthese" }]);
    const xml = await partText(second, "xl/workbook.xml");
    expect(xml).toContain(`localSheetId="3">"synthese:2026-S1"</definedName>`);
    expect(xml).toContain(`localSheetId="2">"statut:2026-S1"</definedName>`);
  });

  it("keeps the sheets of other semesters (history) and appends the new ones", async () => {
    const next = await writePlans(first, [statusPlan("2026-S2"), controlPlan("2026-S2")]);
    const { existingSheets } = await readWorkbook(next, "pilotage.xlsx");
    expect(existingSheets).toEqual([
      { name: "Indicateurs", ours: false },
      { name: "Registre", ours: false },
      { name: "Statut 2026-S1", ours: true },
      { name: "Contrôle 2026-S1", ours: true },
      { name: "Statut 2026-S2", ours: true },
      { name: "Contrôle 2026-S2", ours: true },
    ]);
  });
});

describe("unusual packages", () => {
  it("adds a styles part when the package has none", async () => {
    const zip = await JSZip.loadAsync(await buildRichWorkbook());
    zip.remove("xl/styles.xml");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        /<Relationship [^>]*styles"[^>]*\/>|<Relationship [^>]*Target="styles.xml"\/>/,
        "",
      ),
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""),
    );
    const input = await zip.generateAsync({ type: "uint8array" });
    expect((await partsOf(input)).has("xl/styles.xml")).toBe(false);

    const output = await writePlans(input, [statusPlan()]);
    // ExcelJS reads styles only when styles.xml precedes the sheets in the zip, so follow the
    // references by hand: cell s= → cellXfs → fill and number format.
    const styles = await partText(output, "xl/styles.xml");
    const cellXfs = styles.slice(
      styles.indexOf("<cellXfs"),
      styles.indexOf("</cellXfs>") + "</cellXfs>".length,
    );
    const xfOf = async (ref: string): Promise<Record<string, string>> => {
      const cell = elements(await sheetXml(output, "Statut 2026-S1"), "c").find(
        (c) => c.r === ref,
      )!;
      return elements(cellXfs, "xf")[Number(cell.s)]!;
    };
    const headerXf = await xfOf("A2");
    expect(elements(styles, "fgColor")[Number(headerXf.fillId) - 2]).toEqual({ rgb: "FF1F4E79" });
    const rateXf = await xfOf("C3");
    expect(elements(styles, "numFmt").find((n) => n.numFmtId === rateXf.numFmtId)?.formatCode).toBe(
      "0.0 %",
    );
    expect(
      elements(await partText(output, "xl/_rels/workbook.xml.rels"), "Relationship").map(
        (r) => r.Target,
      ),
    ).toContain("styles.xml");
    expect(
      elements(await partText(output, "[Content_Types].xml"), "Override").map((o) => o.PartName),
    ).toContain("/xl/styles.xml");
  });

  it("writes into a workbook whose parts use a namespace prefix", async () => {
    const created = await createWorkbook([controlPlan()]);
    const zip = await JSZip.loadAsync(created);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const prefixed = wbXml
      .replace(
        /<(\/?)(workbook|workbookPr|bookViews|workbookView|sheets|sheet|definedNames|definedName|calcPr)\b/g,
        "<$1x:$2",
      )
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      );
    zip.file("xl/workbook.xml", prefixed);
    const output = await writePlans(await zip.generateAsync({ type: "uint8array" }), [
      controlPlan(),
      statusPlan(),
    ]);
    const xml = await partText(output, "xl/workbook.xml");
    expect(elements(xml, "sheet").map((s) => s.name)).toEqual([
      "Contrôle 2026-S1",
      "Statut 2026-S1",
    ]);
    expect(xml).toContain(`<x:sheet name="Statut 2026-S1" sheetId="2" r:id="`);
    expect(xml).toContain(
      `<x:definedName name="SPASER_FEUILLE" localSheetId="1">"statut:2026-S1"</x:definedName>`,
    );
  });

  it("counts a chart sheet as an existing sheet and keeps it", async () => {
    const zip = await JSZip.loadAsync(await buildRichWorkbook());
    const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
    zip.file(
      "xl/chartsheets/sheet1.xml",
      `${decl}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
    );
    const edit = async (name: string, from: string, to: string): Promise<void> => {
      zip.file(name, (await zip.file(name)!.async("string")).replace(from, to));
    };
    await edit(
      "xl/_rels/workbook.xml.rels",
      "</Relationships>",
      `<Relationship Id="rId50" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    );
    await edit(
      "xl/workbook.xml",
      "</sheets>",
      `<sheet name="Graphique" sheetId="9" r:id="rId50"/></sheets>`,
    );
    const input = await zip.generateAsync({ type: "uint8array" });

    const { grids, existingSheets } = await readWorkbook(input, "graphique.xlsx");
    expect(grids.map((g) => g.name)).toEqual(["Indicateurs", "Registre"]);
    expect(existingSheets.map((s) => s.name)).toEqual(["Indicateurs", "Registre", "Graphique"]);
    await expect(writePlans(input, [{ ...statusPlan(), name: "graphique" }])).rejects.toMatchObject(
      {
        problem: "foreign-sheet",
      },
    );
    const output = await writePlans(input, [statusPlan()]);
    const sheets = elements(await partText(output, "xl/workbook.xml"), "sheet");
    expect(sheets.map((s) => [s.name, s.sheetId])).toEqual([
      ["Indicateurs", "1"],
      ["Registre", "2"],
      ["Graphique", "9"],
      ["Statut 2026-S1", "10"],
    ]);
  });

  it("refuses to create an empty workbook", async () => {
    await expect(createWorkbook([])).rejects.toMatchObject({ problem: "no-sheet" });
  });
});
