import {
  natureFromCpv,
  readAmount,
  readCpv,
  readDate,
  readDuration,
  readSiret,
} from "../../src/decp/fieldReaders";

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

describe("readAmount", () => {
  it.each<[unknown, number]>([
    [48500, 48500],
    ["48500.00", 48500],
    ["48 500,50", 48500.5],
    ["48\u202f500,50 €", 48500.5],
    ["12000 EUR", 12000],
    [0, 0],
    [999_999_999.99, 999_999_999.99],
  ])("reads %j", (raw, expected) => {
    expect(readAmount(raw)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown, RegExp]>([
    ["NC", /non communiqué/],
    ["n.c.", /non communiqué/],
    ["environ 40 000", /non numérique/],
    ["1,234.5", /non numérique/],
    [1_000_000_000, /aberrant/],
    [-5, /négatif/],
    [true, /non numérique/],
    [undefined, /montant absent/],
  ])("refuses %j", (raw, reason) => {
    const r = readAmount(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("readDate", () => {
  it.each<[unknown, string]>([
    ["2024-03-15", "2024-03-15"],
    ["2024-03-15+01:00", "2024-03-15"],
    ["2024-03-15T10:00:00Z", "2024-03-15"],
    ["15/03/2024", "2024-03-15"],
    ["5/3/2024", "2024-03-05"],
    [day("2024-03-15"), "2024-03-15"],
    [45366, "2024-03-15"],
    ["2000-01-01", "2000-01-01"],
    ["2100-12-31", "2100-12-31"],
  ])("reads %j", (raw, iso) => {
    expect(readDate(raw)).toEqual({ ok: true, value: day(iso) });
  });

  it.each<[unknown, RegExp]>([
    ["1999-12-31", /hors de la période/],
    ["2101-01-01", /hors de la période/],
    ["2024-02-30", /illisible/],
    ["15 mars 2024", /illisible/],
    ["NC", /non communiquée/],
    [null, /illisible/],
  ])("refuses %j", (raw, reason) => {
    const r = readDate(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("readDuration", () => {
  it.each<[unknown, number]>([
    [12, 12],
    ["36", 36],
    ["24 mois", 24],
  ])("reads %j", (raw, expected) =>
    expect(readDuration(raw)).toEqual({ ok: true, value: expected }),
  );

  it.each<[unknown, RegExp]>([
    [0, /positif/],
    [1.5, /entier/],
    ["douze", /non numérique/],
    [1201, /aberrante/],
  ])("refuses %j", (raw, reason) => {
    const r = readDuration(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe("readCpv and natureFromCpv", () => {
  it.each<[unknown, string, string]>([
    ["45233141-9", "45233141-9", "Travaux"],
    ["50750000", "50750000", "Services"],
    ["98000000-3", "98000000-3", "Services"],
    ["49000000-8", "49000000-8", "Fournitures"],
    ["99000000", "99000000", "Fournitures"],
    [3192000, "03192000", "Fournitures"],
  ])("reads %j", (raw, code, nature) => {
    const r = readCpv(raw);
    expect(r).toEqual({ ok: true, value: code });
    expect(natureFromCpv(code)).toBe(nature);
  });

  it.each(["4523", "ABC", "45233141-95", ""])("refuses %j", (raw) =>
    expect(readCpv(raw).ok).toBe(false),
  );
});

describe("readSiret", () => {
  it.each<[unknown, string]>([
    ["12345678900011", "12345678900011"],
    ["123 456 789 00011", "12345678900011"],
    [12345678900011, "12345678900011"],
    [1234567890001, "01234567890001"],
  ])("reads %j", (raw, expected) => expect(readSiret(raw)).toEqual({ ok: true, value: expected }));

  it.each(["1234", "1234567890001A", null])("refuses %j", (raw) =>
    expect(readSiret(raw).ok).toBe(false),
  );
});
