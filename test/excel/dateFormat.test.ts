import { isDateNumberFormat } from "../../src/excel/dateFormat";

describe("isDateNumberFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ["[$-40C]d mmmm yyyy", true],
    ["dd/mm/yyyy hh:mm", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ['[Red]dd/mm/yyyy;"négatif"', true],
    ["General", false],
    ["general", false],
    ["@", false],
    ["", false],
    ["0.00", false],
    ["0.0 %", false],
    ["#,##0", false],
    ["# ##0", false],
    ["0.00E+00", false],
    ['0 "jours"', false],
    ['#,##0 "day"', false],
    ["hh:mm", false],
    ["h:mm AM/PM", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ["[$€-40C] #,##0.00", false],
    ['0;"d";0', false],
    ["0\\d", false],
    ["_(#,##0_);(#,##0)", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateNumberFormat(format)).toBe(expected);
  });

  it("is false for anything that is not a string", () => {
    expect(isDateNumberFormat(null)).toBe(false);
    expect(isDateNumberFormat(undefined)).toBe(false);
    expect(isDateNumberFormat(14)).toBe(false);
  });
});
