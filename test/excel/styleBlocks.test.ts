import fc from "fast-check";
import type { PlanCell } from "../../src/core/sheetPlan";
import { styleBlocks } from "../../src/excel/styleBlocks";

const cell = (style?: string): PlanCell =>
  style === undefined ? { value: null } : { value: "x", style };
const grid = (spec: readonly string[]): PlanCell[][] =>
  spec.map((line) => [...line].map((ch) => cell(ch === "." ? undefined : ch)));

describe("styleBlocks", () => {
  it("makes one rectangle of a uniformly styled table body", () => {
    expect(styleBlocks(grid(["aaa", "aaa", "aaa"]))).toEqual([
      { style: "a", row: 0, column: 0, rowCount: 3, columnCount: 3 },
    ]);
  });

  it("keeps a header row, a body and a status column apart", () => {
    const blocks = styleBlocks(grid(["hhhh", "bbbs", "bbbt", "bbbs"]));
    expect(blocks).toEqual([
      { style: "h", row: 0, column: 0, rowCount: 1, columnCount: 4 },
      { style: "b", row: 1, column: 0, rowCount: 3, columnCount: 3 },
      { style: "s", row: 1, column: 3, rowCount: 1, columnCount: 1 },
      { style: "t", row: 2, column: 3, rowCount: 1, columnCount: 1 },
      { style: "s", row: 3, column: 3, rowCount: 1, columnCount: 1 },
    ]);
  });

  it("skips unstyled cells and ragged rows", () => {
    expect(styleBlocks(grid(["a.a", "a", ""]))).toEqual([
      { style: "a", row: 0, column: 0, rowCount: 2, columnCount: 1 },
      { style: "a", row: 0, column: 2, rowCount: 1, columnCount: 1 },
    ]);
  });

  it("covers every styled cell exactly once, with its own style (any grid)", () => {
    const gridArb = fc.array(
      fc.array(fc.constantFrom(".", "a", "b", "c"), { maxLength: 8 }).map((r) => r.join("")),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(gridArb, (spec) => {
        const rows = grid(spec);
        const seen = new Map<string, string>();
        for (const b of styleBlocks(rows)) {
          for (let r = b.row; r < b.row + b.rowCount; r++) {
            for (let c = b.column; c < b.column + b.columnCount; c++) {
              const key = `${r},${c}`;
              if (seen.has(key)) return false;
              seen.set(key, b.style);
            }
          }
        }
        let styled = 0;
        rows.forEach((row, r) =>
          row.forEach((pc, c) => {
            if (pc.style === undefined) return;
            styled++;
            if (seen.get(`${r},${c}`) !== pc.style)
              throw new Error(`cell ${r},${c} not covered by its style`);
          }),
        );
        return styled === seen.size;
      }),
    );
  });
});
