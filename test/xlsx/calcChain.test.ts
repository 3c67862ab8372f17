import JSZip from "jszip";
import { dropSheetsFromCalcChain } from "../../src/xlsx/calcChain";
import { writePlans } from "../../src/xlsx/writePlans";
import { buildRichWorkbook } from "../fixtures/xlsx/richWorkbook";
import { controlPlan, statusPlan } from "../fixtures/xlsx/planFixtures";
import { elements, partText, partsOf } from "./packageInspection";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;

describe("dropSheetsFromCalcChain", () => {
  it.each<[string, number[], string]>([
    [`<calcChain ${NS}><c r="A1" i="1"/><c r="A2"/></calcChain>`, [3], "unchanged"],
    [`<calcChain ${NS}><c r="A1" i="3"/><c r="A2"/></calcChain>`, [3], "delete"],
    [
      `<calcChain ${NS}><c r="A1" i="1"/><c r="F3" i="3"/><c r="F4"/><c r="B2" i="1"/><c r="B3"/></calcChain>`,
      [3],
      "rewrite",
    ],
  ])("%s without sheet %p → %s", (xml, ids, kind) => {
    expect(dropSheetsFromCalcChain(xml, new Set(ids)).kind).toBe(kind);
  });

  it("keeps the other sheets' entries, inherited sheet ids included", () => {
    const xml = `<calcChain ${NS}><c r="A1" i="1"/><c r="F3" i="3"/><c r="F4"/><c r="B2" i="1"/><c r="B3"/></calcChain>`;
    const update = dropSheetsFromCalcChain(xml, new Set([3]));
    expect(update).toEqual({
      kind: "rewrite",
      text: `<calcChain ${NS}><c r="A1" i="1"/><c r="B2" i="1"/><c r="B3"/></calcChain>`,
    });
  });
});

describe("replacing a sheet of ours in which the user typed formulas", () => {
  async function withCalcChain(bytes: Uint8Array, chain: string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/calcChain.xml", chain);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`,
      ),
    );
    return zip.generateAsync({ type: "uint8array" });
  }

  let first: Uint8Array;
  let statusSheetId: string;

  beforeAll(async () => {
    first = await writePlans(await buildRichWorkbook(), [statusPlan(), controlPlan()]);
    statusSheetId = elements(await partText(first, "xl/workbook.xml"), "sheet").find(
      (s) => s.name === "Statut 2026-S1",
    )!.sheetId!;
  });

  it("drops the calc-chain entries of the replaced sheet only", async () => {
    const input = await withCalcChain(
      first,
      `<calcChain ${NS}><c r="B2" i="1"/><c r="F3" i="${statusSheetId}"/><c r="F4"/></calcChain>`,
    );
    const output = await writePlans(input, [statusPlan()]);
    expect(elements(await partText(output, "xl/calcChain.xml"), "c")).toEqual([
      { r: "B2", i: "1" },
    ]);
  });

  it("removes the calc chain, its relationship and content type when nothing is left", async () => {
    const input = await withCalcChain(
      first,
      `<calcChain ${NS}><c r="F3" i="${statusSheetId}"/><c r="F4"/></calcChain>`,
    );
    const output = await writePlans(input, [statusPlan()]);
    expect((await partsOf(output)).has("xl/calcChain.xml")).toBe(false);
    const rels = elements(await partText(output, "xl/_rels/workbook.xml.rels"), "Relationship");
    expect(rels.map((r) => r.Id)).not.toContain("rId99");
    const overrides = elements(await partText(output, "[Content_Types].xml"), "Override").map(
      (o) => o.PartName,
    );
    expect(overrides).not.toContain("/xl/calcChain.xml");
  });
});
