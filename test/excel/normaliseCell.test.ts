import { normaliseCell } from "../../src/excel/normaliseCell";

const c1900 = { date1904: false };
const c1904 = { date1904: true };

describe("normaliseCell", () => {
  it("turns Excel errors into { error }", () => {
    expect(normaliseCell("#N/A", "Error", "General", c1900)).toEqual({ error: "#N/A" });
    expect(normaliseCell("#DIV/0!", "Error", undefined, c1900)).toEqual({ error: "#DIV/0!" });
  });

  it("keeps a text that merely looks like an error as text", () => {
    expect(normaliseCell("#N/A", "String", "@", c1900)).toBe("#N/A");
  });

  it("turns empty cells into null", () => {
    expect(normaliseCell("", "Empty", "General", c1900)).toBeNull();
  });

  it("keeps numbers, strings and booleans", () => {
    expect(normaliseCell(0.35, "Double", "0 %", c1900)).toBe(0.35);
    expect(normaliseCell(12, "Integer", undefined, c1900)).toBe(12);
    expect(normaliseCell(" 35 % ", "String", "General", c1900)).toBe(" 35 % ");
    expect(normaliseCell(true, "Boolean", "General", c1900)).toBe(true);
    expect(normaliseCell(false, "Boolean", "General", c1900)).toBe(false);
  });

  it("turns date-formatted numbers into UTC-midnight dates, in the workbook's date system", () => {
    expect(normaliseCell(46203, "Double", "dd/mm/yyyy", c1900)).toEqual(
      new Date(Date.UTC(2026, 5, 30)),
    );
    expect(normaliseCell(46203 - 1462, "Double", "dd/mm/yyyy", c1904)).toEqual(
      new Date(Date.UTC(2026, 5, 30)),
    );
  });

  it("leaves a number as a number when its format was not loaded or is not a date", () => {
    expect(normaliseCell(46203, "Double", undefined, c1900)).toBe(46203);
    expect(normaliseCell(46203, "Double", "0", c1900)).toBe(46203);
    expect(normaliseCell(-3, "Double", "dd/mm/yyyy", c1900)).toBe(-3);
  });

  it("keeps what a rich value shows", () => {
    expect(normaliseCell("Lille", "RichValue", "General", c1900)).toBe("Lille");
    expect(normaliseCell("", "Unknown", "General", c1900)).toBeNull();
  });
});
