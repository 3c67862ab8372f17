import { DAYS_1904_OFFSET, inferDate1904, serialToDate } from "../../src/excel/excelDate";

const day = (y: number, m: number, d: number): string =>
  new Date(Date.UTC(y, m - 1, d)).toISOString();
const iso = (serial: number, date1904 = false): string | undefined =>
  serialToDate(serial, date1904)?.toISOString();

describe("serialToDate, 1900 system", () => {
  it.each([
    [1, day(1900, 1, 1)],
    [31, day(1900, 1, 31)],
    [59, day(1900, 2, 28)],
    // Excel's fictitious 29/02/1900 is read as the last real day before it.
    [60, day(1900, 2, 28)],
    [61, day(1900, 3, 1)],
    [0, day(1899, 12, 31)],
    [36526, day(2000, 1, 1)],
    [45658, day(2025, 1, 1)],
    [46023, day(2026, 1, 1)],
    [46203, day(2026, 6, 30)],
    [2958465, day(9999, 12, 31)],
  ])("%d → %s", (serial, expected) => {
    expect(iso(serial)).toBe(expected);
  });

  it("drops the time of day: the calendar day shown in Excel", () => {
    expect(iso(46203.99999)).toBe(day(2026, 6, 30));
    expect(iso(46203.5)).toBe(day(2026, 6, 30));
  });

  it("gives nothing where Excel shows no date", () => {
    expect(serialToDate(-1, false)).toBeUndefined();
    expect(serialToDate(2958466, false)).toBeUndefined();
    expect(serialToDate(Number.NaN, false)).toBeUndefined();
    expect(serialToDate(Number.POSITIVE_INFINITY, false)).toBeUndefined();
  });

  it("is always UTC midnight", () => {
    for (let s = 61; s < 80000; s += 997) {
      const d = serialToDate(s + 0.3, false)!;
      expect(d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds()).toBe(
        0,
      );
    }
  });
});

describe("serialToDate, 1904 system", () => {
  it.each([
    [0, day(1904, 1, 1)],
    [1, day(1904, 1, 2)],
    [45658 - DAYS_1904_OFFSET, day(2025, 1, 1)],
    [46203 - DAYS_1904_OFFSET, day(2026, 6, 30)],
  ])("%d → %s", (serial, expected) => {
    expect(iso(serial, true)).toBe(expected);
  });

  it("names the same day as the 1900 serial 1462 days later (from March 1900 on)", () => {
    for (let s = 61; s < 80000; s += 1013) {
      expect(iso(s, true)).toBe(iso(s + DAYS_1904_OFFSET, false));
    }
  });
});

describe("inferDate1904", () => {
  it("recognises the 1900 system from the displayed year", () => {
    expect(inferDate1904(46203, "30/06/2026")).toBe(false);
    expect(inferDate1904(46203, "2026-06-30")).toBe(false);
    expect(inferDate1904(46203, "30/06/26")).toBe(false);
  });

  it("recognises the 1904 system from the displayed year", () => {
    // 46203 in the 1904 system is 2030-07-01.
    expect(inferDate1904(46203, "01/07/2030")).toBe(true);
    expect(inferDate1904(46203, "1 juil. 30")).toBe(true);
  });

  it("does not decide without a year", () => {
    expect(inferDate1904(46203, "30 juin")).toBeUndefined();
    expect(inferDate1904(46203, "")).toBeUndefined();
    expect(inferDate1904(-5, "2026")).toBeUndefined();
  });
});
