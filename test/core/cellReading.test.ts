import {
  readIndicatorCell,
  parseNumberText,
  readDayCell,
  parseBooleanToken,
} from "../../src/core/cellReading";
import type { CellValue } from "../../src/core/grid";
import type { Unit } from "../../src/core/catalogue";
import { dayIso } from "../../src/core/day";

type Case = [CellValue, Unit, string, unknown?];

const kindOf = (raw: CellValue, unit: Unit) => readIndicatorCell(raw, unit);

describe("indicator cells (PRODUCT §1, cell values)", () => {
  test.each<Case>([
    [null, "nombre", "missing"],
    ["", "nombre", "missing"],
    ["  ", "%", "missing"],
    ["NC", "nombre", "missing"],
    ["N.C.", "nombre", "missing"],
    ["nd", "%", "missing"],
    ["n.d.", "oui/non", "missing"],
    ["-", "nombre", "missing"],
    ["–", "nombre", "missing"],
    ["—", "nombre", "missing"],
    ["?", "texte", "missing"],
    [{ error: "#N/A" }, "nombre", "error"],
    [{ error: "#DIV/0!" }, "%", "error"],
    ["#REF!", "nombre", "error"],
    ["Sans objet", "nombre", "na"],
    ["sans objet", "%", "na"],
    ["S.O.", "oui/non", "na"],
    ["N/A", "nombre", "na"],
    [Number.POSITIVE_INFINITY, "nombre", "invalid"],
    [Number.NEGATIVE_INFINITY, "%", "invalid"],
    [Number.NaN, "€", "invalid"],
  ])("%j (%s) is %s", (raw, unit, kind) => {
    expect(kindOf(raw, unit).kind).toBe(kind);
  });

  test.each<[CellValue, Unit, number]>([
    [12, "nombre", 12],
    ["12", "nombre", 12],
    ["1 234,5", "nombre", 1234.5],
    ["1\u00a0234,5", "€", 1234.5],
    ["1\u202f234", "heures", 1234],
    ["1234.5", "nombre", 1234.5],
    ["1,234", "nombre", 1.234],
    ["1 234 €", "€", 1234],
    ["120 h", "heures", 120],
    ["12,5 t", "tonnes", 12.5],
    ["35 km", "km", 35],
    ["1 500 l", "litres", 1500],
    ["4 ans", "années", 4],
    ["-1 500", "€", -1500],
    [0.35, "%", 0.35],
    [1, "%", 1],
    [0, "%", 0],
    ["35 %", "%", 0.35],
    ["35%", "%", 0.35],
    ["12,5 %", "%", 0.125],
    ["0,35", "%", 0.35],
    [-0.12, "%±", -0.12],
    ["-12 %", "%±", -0.12],
  ])("%j (%s) reads as %d", (raw, unit, value) => {
    const r = kindOf(raw, unit);
    expect(r.kind).toBe("value");
    expect(r.kind === "value" && r.value).toBeCloseTo(value, 12);
  });

  test("a number in ]1, 100] in a % cell is read as percentage points, with a note", () => {
    const r = kindOf(35, "%");
    expect(r).toMatchObject({ kind: "value", value: 0.35 });
    expect(r.kind === "value" && r.note).toMatch(/points de pourcentage/);
    expect(kindOf("35", "%")).toMatchObject({ kind: "value", value: 0.35 });
    expect(kindOf(100, "%")).toMatchObject({ kind: "value", value: 1 });
  });

  test.each<[CellValue, Unit]>([
    ["en cours", "nombre"],
    ["12 t", "heures"],
    ["35 %", "nombre"],
    [-3, "nombre"],
    [-3, "heures"],
    [150, "%"],
    ["150 %", "%"],
    [-0.2, "%"],
    ["beaucoup", "%"],
    [true, "nombre"],
    [new Date(Date.UTC(2026, 0, 1)), "nombre"],
    ["peut-être", "oui/non"],
    ["non réalisé", "oui/non"],
    [2, "oui/non"],
    [-150, "%±"],
  ])("%j (%s) is invalide", (raw, unit) => {
    const r = kindOf(raw, unit);
    expect(r.kind).toBe("invalid");
    expect(r.kind === "invalid" && r.reason.length).toBeGreaterThan(10);
  });

  test.each<[CellValue, boolean]>([
    ["oui", true],
    ["Oui", true],
    ["o", true],
    ["x", true],
    ["X", true],
    ["vrai", true],
    ["true", true],
    [1, true],
    ["1", true],
    ["yes", true],
    ["fait", true],
    ["réalisé", true],
    ["Réalisé", true],
    [true, true],
    ["non", false],
    ["n", false],
    ["faux", false],
    ["false", false],
    [0, false],
    ["0", false],
    ["no", false],
    [false, false],
  ])("boolean %j = %s", (raw, expected) => {
    expect(kindOf(raw, "oui/non")).toEqual({ kind: "value", value: expected });
    expect(parseBooleanToken(raw)).toBe(expected);
  });

  test("texte keeps the text", () => {
    expect(kindOf("  Bilan qualitatif rédigé ", "texte")).toEqual({
      kind: "value",
      value: "Bilan qualitatif rédigé",
    });
  });

  test.each([["1 2 3"], ["1,2,3"], ["12a"], ["."], [","], ["+"], ["1  234"]])(
    "%j is not a number",
    (t) => {
      expect(parseNumberText(t)).toBeUndefined();
    },
  );

  test.each<[CellValue, string | undefined]>([
    [new Date(Date.UTC(2026, 2, 15)), "2026-03-15"],
    [46096, "2026-03-15"],
    ["15/03/2026", "2026-03-15"],
    ["2026-03-15", "2026-03-15"],
    ["bientôt", undefined],
    [null, undefined],
  ])("date cell %j → %s", (raw, iso) => {
    const d = readDayCell(raw);
    expect(d === undefined ? undefined : dayIso(d)).toBe(iso);
  });
});
