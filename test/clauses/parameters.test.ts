import { formatFrenchNumber, formatFrenchPercent } from "../../src/clauses/formatFrench";
import { characters, validateParameters } from "../../src/clauses/parameters";
import { parseFrenchNumber, parseFrenchPercent } from "../../src/clauses/parseNumber";
import { findTemplate } from "../../src/clauses/registry";

const insertion = findTemplate("clause-insertion")!;

describe("parseFrenchNumber", () => {
  it.each([
    ["0,5", 0.5],
    ["0.5", 0.5],
    ["1 000 000", 1_000_000],
    ["1\u00a0000\u202f000", 1_000_000],
    ["1,234", 1.234],
    ["-3", -3],
    ["  42 ", 42],
    ["1.234,5", null],
    ["12abc", null],
    ["", null],
    ["5 %", null],
  ])("%j → %j", (text, expected) => {
    expect(parseFrenchNumber(text)).toBe(expected);
  });
});

describe("parseFrenchPercent", () => {
  it.each([
    ["5 %", 0.05],
    ["5%", 0.05],
    ["12,5 %", 0.125],
    ["0,05", 0.05],
    ["0.5", 0.5],
    ["abc %", null],
  ])("%j → %j", (text, expected) => {
    const value = parseFrenchPercent(text);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });
});

describe("French formatting", () => {
  it.each([
    [1_000_000, "1\u00a0000\u00a0000"],
    [833, "833"],
    [0.5, "0,5"],
    [1234.567, "1\u00a0234,57"],
    [-1500, "-1\u00a0500"],
  ])("number %p → %j", (value, text) => {
    expect(formatFrenchNumber(value)).toBe(text);
  });
  it("percent", () => {
    expect(formatFrenchPercent(0.05)).toBe("5\u00a0%");
    expect(formatFrenchPercent(0.125)).toBe("12,5\u00a0%");
  });
});

describe("validateParameters", () => {
  it("accepts strings with a decimal comma or a percent sign", () => {
    const r = validateParameters(insertion, {
      montant: "2 000 000",
      taux: "10 %",
      partMainOeuvre: "0,7",
    });
    expect(r).toEqual({
      ok: true,
      values: expect.objectContaining({ montant: 2_000_000, taux: 0.1, partMainOeuvre: 0.7 }),
    });
  });

  it("rejects an unknown parameter, naming the possible ones", () => {
    const r = validateParameters(insertion, { montnat: 5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toMatch(
      /^Le paramètre «\u00a0montnat\u00a0» est inconnu\u00a0; paramètres possibles\u00a0: montant, /,
    );
  });

  it("reports every invalid parameter at once", () => {
    const r = validateParameters(insertion, { montant: 0, taux: 0.9, delaiContact: 2.5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.name)).toEqual(["montant", "taux", "delaiContact"]);
    expect(r.errors[0]!.message).toBe(
      "«\u00a0Montant estimé du marché\u00a0» doit être au moins 1\u00a0€ HT.",
    );
    expect(r.errors[1]!.message).toBe(
      "«\u00a0Taux d’insertion\u00a0» doit être au plus 30\u00a0%.",
    );
    expect(r.errors[2]!.message).toBe(
      "«\u00a0Délai de prise de contact avec le facilitateur\u00a0» doit être un nombre entier.",
    );
  });

  it("trims text values and refuses control characters", () => {
    const r = validateParameters(insertion, { facilitateur: "  la Maison de l’emploi  " });
    expect(r.ok && r.values["facilitateur"]).toBe("la Maison de l’emploi");
    expect(validateParameters(insertion, { facilitateur: "a\tb" }).ok).toBe(false);
  });
});

describe("length messages", () => {
  it.each([
    [1, "1\u00a0caractère"],
    [3, "3\u00a0caractères"],
  ])("%i → %s (no « caractère(s) »)", (n, expected) => {
    expect(characters(n)).toBe(expected);
  });
});
