/**
 * The bundled sample as each common producer saves it reads to the same values and gives the
 * same refresh (completeness 22/24 for 2026-S1), and the parts we do not edit come out
 * byte-identical.
 */
import JSZip from "jszip";
import { readWorkbook, UNCALCULATED_MESSAGE } from "../../src/xlsx/readWorkbook";
import { refreshXlsx } from "../../src/xlsx/refreshXlsx";
import { readXlsxRows } from "../../src/decp/xlsxRows";
import {
  SAMPLE,
  VARIANTS,
  strictVariant,
  uncalculatedVariant,
} from "../fixtures/xlsx/producerVariants";
import { partsOf } from "./packageInspection";

jest.setTimeout(60_000);

const EDITED = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
];

async function refresh(bytes: Uint8Array) {
  const result = await refreshXlsx(bytes, {
    workbookName: "pilotage.xlsx",
    semester: "2026-S1",
    refreshedAt: new Date(Date.UTC(2026, 6, 1)),
  });
  if (!result.outcome.ok || !result.output) throw new Error("refresh failed");
  return { report: result.outcome.report, output: result.output };
}

describe("the sample as other producers save it", () => {
  let expected: Awaited<ReturnType<typeof readWorkbook>>;

  beforeAll(async () => {
    expected = await readWorkbook(SAMPLE, "pilotage.xlsx");
  });

  it("the sample itself: completeness 22/24", async () => {
    const { report } = await refresh(SAMPLE);
    expect(report.completeness).toMatchObject({ filled: 22, expected: 24 });
  });

  it.each(VARIANTS)(
    "%s: same values, same refresh, untouched parts byte-identical",
    async (_label, make) => {
      const input = await make();
      const read = await readWorkbook(input, "pilotage.xlsx");
      expect(read.grids).toEqual(expected.grids);
      expect(read.uncalculatedFormulas).toEqual([]);

      const { report, output } = await refresh(input);
      expect(report.completeness).toMatchObject({ filled: 22, expected: 24 });
      expect(report.issues.filter((i) => i.message === UNCALCULATED_MESSAGE)).toEqual([]);

      const [before, after] = [await partsOf(input), await partsOf(output)];
      for (const [name, bytes] of before) {
        if (EDITED.includes(name)) continue;
        expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes))]).toEqual([
          name,
          true,
        ]);
      }
      // The output reads back with the user's sheets as they were.
      const again = await readWorkbook(output, "pilotage.xlsx");
      expect(again.grids.slice(0, 2)).toEqual(expected.grids);
    },
  );

  it("reads hidden and very hidden sheets like the others", async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    const xml = (await zip.file("xl/workbook.xml")!.async("string"))
      .replace('name="Indicateurs" state="visible"', 'name="Indicateurs" state="hidden"')
      .replace('name="Marchés" state="visible"', 'name="Marchés" state="veryHidden"');
    expect(xml).toMatch(/state="hidden".*state="veryHidden"/);
    zip.file("xl/workbook.xml", xml);
    const read = await readWorkbook(await zip.generateAsync({ type: "uint8array" }), "p.xlsx");
    expect(read.grids).toEqual(expected.grids);
  });

  it("openpyxl's chartsheet is listed among the sheets, without a grid", async () => {
    const read = await readWorkbook(await VARIANTS[0]![1](), "pilotage.xlsx");
    expect(read.existingSheets.map((s) => s.name)).toEqual(["Indicateurs", "Marchés", "Graphique"]);
    expect(read.grids.map((g) => g.name)).toEqual(["Indicateurs", "Marchés"]);
  });

  it("the Open XML SDK's x:-prefixed package reads as a DECP tabular export too", async () => {
    const rows = await readXlsxRows(await VARIANTS[1]![1]());
    expect(rows.length).toBe(expected.grids[0]!.rows.length);
  });

  it("a strict package gets strict parts: no transitional namespace is added", async () => {
    const { output } = await refresh(await strictVariant());
    const zip = await JSZip.loadAsync(output);
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
      const xml = await entry.async("string");
      expect([
        entry.name,
        xml.includes("schemas.openxmlformats.org/spreadsheetml/2006/main"),
      ]).toEqual([entry.name, false]);
      expect([
        entry.name,
        xml.includes("schemas.openxmlformats.org/officeDocument/2006/relationships"),
      ]).toEqual([entry.name, false]);
    }
  });

  it("a formula without a calculated value is an avertissement naming its cell", async () => {
    const input = await uncalculatedVariant("K5");
    const read = await readWorkbook(input, "pilotage.xlsx");
    expect(read.uncalculatedFormulas).toEqual([{ sheet: "Marchés", cell: "K5" }]);
    expect(read.grids[1]!.rows[4]![10] ?? null).toBeNull();
    const { report } = await refresh(input);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        severity: "avertissement",
        sheet: "Marchés",
        cell: "K5",
        message: UNCALCULATED_MESSAGE,
      }),
    );
  });
});
