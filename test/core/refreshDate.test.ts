/**
 * The Synthèse date is Paris time, written without Intl (its time-zone data take 15 to 30 ms to
 * load): it must say what Intl.DateTimeFormat says, around every summer-time change and on
 * ordinary days, so that a change of the rule in Node's time-zone data makes this test fail.
 */
import { parisOffsetHours, refreshDateText } from "../../src/core/plans";

const intl = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const byIntl = (d: Date): string => intl.format(d).replace(" ", " à ");

const HOUR = 3_600_000;

describe("the Synthèse date, Paris time", () => {
  test("as Intl says it, hour by hour around each change of time from 2020 to 2040", () => {
    for (let year = 2020; year <= 2040; year++)
      for (const month of [2, 9]) {
        const lastDay = Date.UTC(year, month + 1, 0);
        const sunday = lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR;
        for (let h = -26; h <= 26; h++)
          for (const minute of [0, 59]) {
            const d = new Date(sunday + h * HOUR + minute * 60_000);
            expect(refreshDateText(d)).toBe(byIntl(d));
          }
      }
  });

  test("as Intl says it on ordinary days, year ends and leap days", () => {
    for (
      let t = Date.UTC(2019, 11, 31, 22, 30);
      t < Date.UTC(2041, 0, 2);
      t += 37 * HOUR + 17 * 60_000
    ) {
      const d = new Date(t);
      expect(refreshDateText(d)).toBe(byIntl(d));
    }
    expect(refreshDateText(new Date("2028-02-29T23:30:00Z"))).toBe("01/03/2028 à 00:30");
    expect(refreshDateText(new Date("2026-12-31T23:05:00Z"))).toBe("01/01/2027 à 00:05");
  });

  test("summer time begins at 01:00 UTC on the last Sunday of March and ends on the last Sunday of October", () => {
    expect(parisOffsetHours(Date.parse("2026-03-29T00:59:59Z"))).toBe(1);
    expect(parisOffsetHours(Date.parse("2026-03-29T01:00:00Z"))).toBe(2);
    expect(parisOffsetHours(Date.parse("2026-10-25T00:59:59Z"))).toBe(2);
    expect(parisOffsetHours(Date.parse("2026-10-25T01:00:00Z"))).toBe(1);
  });

  test("an invalid date is refused, as Intl refuses it", () => {
    expect(() => refreshDateText(new Date(Number.NaN))).toThrow(RangeError);
  });
});
