/** Any text a plan holds reads back exactly, minus only the characters XML 1.0 cannot carry. */
import fc from "fast-check";
import { createWorkbook } from "../../src/xlsx/writePlans";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { controlPlan } from "../fixtures/xlsx/planFixtures";

/** XML 1.0 Char production, written independently of the writer's own filter. */
function xmlAllowed(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

function expected(s: string): string {
  // Iterating a string yields code points, lone surrogates as themselves (0xD800–0xDFFF).
  return [...s].filter((ch) => xmlAllowed(ch.codePointAt(0)!)).join("");
}

jest.setTimeout(60_000);

it("round-trips arbitrary strings through a written workbook", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.oneof(
          fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
          // Raw UTF-16 code units: lone surrogates included.
          fc
            .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 20 })
            .map((u) => String.fromCharCode(...u)),
        ),
        { minLength: 1, maxLength: 8 },
      ),
      async (texts) => {
        // Excel's own _xHHHH_ escapes are covered by a dedicated test (ExcelJS does not decode them).
        fc.pre(texts.every((t) => !/_x[0-9A-Fa-f]{4}_/.test(t) && expected(t) !== ""));
        const plan = { ...controlPlan(), rows: texts.map((t) => [{ value: t }]) };
        const { grids } = await readWorkbook(await createWorkbook([plan]), "prop.xlsx");
        expect(grids[0]!.rows.map((r) => r[0])).toEqual(texts.map(expected));
      },
    ),
    { numRuns: 40, seed: 20260630 },
  );
});
