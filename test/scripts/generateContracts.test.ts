import { generateContracts } from "../../scripts/generateContracts";
import { REGISTER_HEADERS, registerColumn } from "../../scripts/registerColumns";

const DECP_SOCIAL = new Set([
  "Clause sociale",
  "Critère social",
  "Marché réservé",
  "Pas de considération sociale",
  "Sans objet",
]);
const DECP_ENV = new Set([
  "Clause environnementale",
  "Critère environnemental",
  "Pas de considération environnementale",
  "Sans objet",
]);

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe("generateContracts", () => {
  const rows = generateContracts(300, 1234);

  it("is deterministic and gives exactly n rows of the register's width", () => {
    expect(generateContracts(300, 1234)).toEqual(rows);
    expect(generateContracts(300, 1235)).not.toEqual(rows);
    expect(rows).toHaveLength(300);
    for (const row of rows) expect(row).toHaveLength(REGISTER_HEADERS.length);
    expect(generateContracts(0, 1)).toEqual([]);
  });

  it("notifies from 2024-07-01 to 2026-06-30 in date order, with one undated row", () => {
    const col = registerColumn("Date de notification");
    const dates = rows.map((r) => r[col]);
    const undated = dates.filter((d) => d === null);
    expect(undated).toHaveLength(1);
    const days = dates
      .filter((d): d is Date => d instanceof Date)
      .map((d) => d.toISOString().slice(0, 10));
    expect(days).toHaveLength(299);
    expect([...days].sort()).toEqual(days);
    expect(days[0]! >= "2024-07-01").toBe(true);
    expect(days[days.length - 1]! <= "2026-06-30").toBe(true);
  });

  it("repeats a few Références once per titulaire, with another titulaire", () => {
    const ref = registerColumn("Référence");
    const holder = registerColumn("Titulaire");
    const seen = new Map<string, string>();
    let repeats = 0;
    for (const row of rows) {
      const key = String(row[ref]);
      const previous = seen.get(key);
      if (previous !== undefined) {
        repeats++;
        expect(row[holder]).not.toBe(previous);
      }
      seen.set(key, String(row[holder]));
    }
    expect(repeats).toBeGreaterThanOrEqual(1);
    expect(repeats).toBeLessThanOrEqual(10);
  });

  it("writes DECP consideration values, sometimes joined with « , »", () => {
    const social = registerColumn("Considérations sociales");
    const env = registerColumn("Considérations environnementales");
    let joined = 0;
    for (const row of rows) {
      const s = row[social];
      if (s !== null)
        for (const part of String(s).split(", ")) expect(DECP_SOCIAL.has(part)).toBe(true);
      for (const part of String(row[env]).split(", ")) expect(DECP_ENV.has(part)).toBe(true);
      if (String(row[env]).includes(", ")) joined++;
    }
    expect(joined).toBeGreaterThan(0);
  });

  it("has realistic rates on a large register (env ≈ 70–85 %, social ≈ 25–35 %)", () => {
    const big = generateContracts(5000, 99);
    const social = registerColumn("Considérations sociales");
    const env = registerColumn("Considérations environnementales");
    const positive = (v: unknown): boolean =>
      typeof v === "string" && !v.startsWith("Pas de") && v !== "Sans objet";
    const envRate = big.filter((r) => positive(r[env])).length / big.length;
    const socialRate = big.filter((r) => positive(r[social])).length / big.length;
    expect(envRate).toBeGreaterThan(0.7);
    expect(envRate).toBeLessThan(0.85);
    expect(socialRate).toBeGreaterThan(0.25);
    expect(socialRate).toBeLessThan(0.35);
  });

  it("uses a well-formed SIRET and yes/no flags", () => {
    const siret = String(rows[0]![registerColumn("Acheteur")]);
    expect(siret).toMatch(/^\d{14}$/);
    expect(luhn(siret)).toBe(true);
    expect(luhn(siret.slice(0, 9))).toBe(true);
    for (const h of [
      "Label SPASER",
      "Sourcing",
      "Négociation",
      "ACV",
      "Marché d'insertion",
    ] as const) {
      for (const row of rows) expect(["oui", "non"]).toContain(row[registerColumn(h)]);
    }
  });
});
