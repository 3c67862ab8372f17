import {
  parseSemesterHeader,
  semesterId,
  lastDay,
  sameSemesterYearBefore,
  semesterLabel,
} from "../../src/core/semester";
import {
  addMonths,
  dayFromExcelSerial,
  dayFromParts,
  dayIso,
  parseDayText,
} from "../../src/core/day";

describe("semester headers (PRODUCT §1)", () => {
  test.each([
    ["S1 2026", "2026-S1"],
    ["s2 2025", "2025-S2"],
    ["S1-2026", "2026-S1"],
    ["2026-S1", "2026-S1"],
    ["2026 S2", "2026-S2"],
    ["2026-s2", "2026-S2"],
    ["1er semestre 2026", "2026-S1"],
    ["1ER SEMESTRE 2026", "2026-S1"],
    ["2e semestre 2026", "2026-S2"],
    ["2ème semestre 2026", "2026-S2"],
    ["2eme semestre 2026", "2026-S2"],
    ["Semestre 1 2026", "2026-S1"],
    ["Semestre 2 - 2025", "2025-S2"],
    ["  S1 2026  ", "2026-S1"],
  ])("%j is the semester %s", (header, id) => {
    const h = parseSemesterHeader(header);
    expect(h?.kind).toBe("semester");
    expect(semesterId(h!.semester)).toBe(id);
  });

  test.each([["2026"], [2026]])(
    "a year alone (%j) is an annual column standing for its S2",
    (header) => {
      const h = parseSemesterHeader(header);
      expect(h).toEqual({ kind: "year", semester: { year: 2026, half: 2 } });
    },
  );

  test.each([
    ["Cible S1 2026"],
    ["S3 2026"],
    ["1er semestre"],
    ["2e semestre 1890"],
    ["Semestre"],
    [""],
    [null],
    [2026.5],
    ["1e semestre 2026"],
    ["2er semestre 2026"],
    ["S1 2026 réalisé"],
  ])("%j is not a semester header", (header) =>
    expect(parseSemesterHeader(header)).toBeUndefined(),
  );

  test("periods and labels", () => {
    expect(dayIso(lastDay({ year: 2026, half: 1 }))).toBe("2026-06-30");
    expect(dayIso(lastDay({ year: 2026, half: 2 }))).toBe("2026-12-31");
    expect(sameSemesterYearBefore({ year: 2026, half: 1 })).toEqual({ year: 2025, half: 1 });
    expect(semesterLabel({ year: 2026, half: 1 })).toBe("1er semestre 2026");
    expect(semesterLabel({ year: 2026, half: 2 })).toBe("2e semestre 2026");
  });
});

describe("calendar days", () => {
  test.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-15", 12, "2027-03-15"],
    ["2025-08-31", 10, "2026-06-30"],
    ["2026-06-30", 0, "2026-06-30"],
  ])("%s + %i months = %s (day clamped to the month's end)", (from, months, to) => {
    expect(dayIso(addMonths(parseDayText(from)!, months))).toBe(to);
  });

  test.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [46023, false, "2026-01-01"],
    [0, true, undefined],
    [1, true, "1904-01-02"],
    [44561, true, "2026-01-01"],
  ])("Excel serial %d (1904 system: %s) is %s", (serial, date1904, iso) => {
    const d = dayFromExcelSerial(serial, date1904);
    expect(d === undefined ? undefined : dayIso(d)).toBe(iso);
  });

  test.each([
    ["15/03/2026", "2026-03-15"],
    ["5/3/2026", "2026-03-05"],
    ["2026-03-15", "2026-03-15"],
    ["2026-03-15T00:00:00Z", "2026-03-15"],
    ["31/02/2026", undefined],
    ["2026-13-01", undefined],
    ["mars 2026", undefined],
  ])("date text %j → %s", (text, iso) => {
    const d = parseDayText(text);
    expect(d === undefined ? undefined : dayIso(d)).toBe(iso);
  });

  test("dayFromParts is the UTC calendar day", () => {
    expect(dayIso(dayFromParts(2026, 8, 21))).toBe("2026-08-21");
  });
});
