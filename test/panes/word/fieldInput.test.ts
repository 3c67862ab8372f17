import { findTemplate, listTemplates } from "../../../src/clauses/registry";
import type { ParameterSpec } from "../../../src/clauses/types";
import {
  parseFieldText,
  parseTypedNumber,
  parseTypedPercent,
  stripUnit,
} from "../../../src/panes/word/model/fieldInput";
import {
  derivedPreview,
  draftToParameters,
  initialDraft,
  previewClause,
} from "../../../src/panes/word/model/parameterDraft";

const insertion = findTemplate("clause-insertion")!;
const spec = (name: string): ParameterSpec => insertion.parameters[name]!;

describe("numbers as people type them", () => {
  it.each([
    ["1 000 000 €", 1_000_000],
    ["1 000 000,50", 1_000_000.5],
    ["1\u00a0000\u00a0000,50\u00a0€", 1_000_000.5],
    ["250 000 € HT", 250_000],
    ["250 000 euros HT", 250_000],
    ["30 €/h", 30],
    ["30", 30],
    ["€", null],
    ["trente", null],
    ["1.234,5", null],
  ])("%j → %j", (text, expected) => {
    expect(parseTypedNumber(text, "€/h")).toBe(expected);
  });

  it("strips only a trailing unit", () => {
    expect(stripUnit("30 €/h", "€/h")).toBe("30");
    expect(stripUnit("€ 30", "€/h")).toBe("€ 30");
  });

  it.each([
    ["50", 0.5],
    ["50 %", 0.5],
    ["50%", 0.5],
    ["12,5", 0.125],
    ["0,5", 0.005],
    ["cinq", null],
  ])("a rate %j is %j (percentage points, « % » or not)", (text, expected) => {
    const value = parseTypedPercent(text);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });
});

describe("one field's text", () => {
  it("reads « 50 » in a percentage field as 50 %", () => {
    expect(parseFieldText(spec("partMainOeuvre"), "50")).toEqual({ ok: true, value: 0.5 });
    expect(parseFieldText(spec("taux"), "12,5")).toEqual({ ok: true, value: 0.125 });
  });

  it("says an empty field is required, naming it", () => {
    for (const name of ["montant", "taux", "coutHoraire"]) {
      const r = parseFieldText(spec(name), "   ");
      expect(r).toEqual({ ok: false, message: expect.stringMatching(/obligatoire/) });
      if (!r.ok) expect(r.message).toContain(spec(name).label);
    }
  });

  it("gives the bound with its unit, French-formatted", () => {
    const r = parseFieldText(spec("taux"), "50");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/au plus 30\u00a0%/);
    const m = parseFieldText(spec("montant"), "-5 €");
    if (m.ok) throw new Error("accepted");
    expect(m.message).toMatch(/au moins 1\u00a0€ HT\.$/);
  });

  it("writes proper plurals for text lengths", () => {
    const text: ParameterSpec = {
      kind: "text",
      label: "Motif",
      default: "abc",
      minLength: 3,
      maxLength: 5,
    };
    const short = parseFieldText(text, "ab");
    const long = parseFieldText(text, "abcdefg");
    const one = parseFieldText({ ...text, minLength: 1 }, "");
    expect(short).toEqual({
      ok: false,
      message: expect.stringContaining("au moins 3 caractères."),
    });
    expect(long).toEqual({ ok: false, message: expect.stringContaining("au plus 5 caractères") });
    expect(one).toEqual({ ok: false, message: expect.stringMatching(/obligatoire/) });
    for (const r of [short, long, one]) if (!r.ok) expect(r.message).not.toContain("(s)");
  });
});

describe("the whole form", () => {
  it.each(listTemplates().map((t) => [t.id, t] as const))(
    "%s: the default form is valid and previews",
    (_id, template) => {
      expect(previewClause(template, initialDraft(template)).ok).toBe(true);
    },
  );

  it("takes « 1 000 000 € », « 50 » and « 5 » as the calculator's inputs", () => {
    const draft = {
      ...initialDraft(insertion),
      montant: "1 000 000 €",
      partMainOeuvre: "50",
      taux: "5",
      coutHoraire: "30 €/h",
    };
    const r = draftToParameters(insertion, draft);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.values).toMatchObject({
      montant: 1e6,
      partMainOeuvre: 0.5,
      taux: 0.05,
      coutHoraire: 30,
    });
    expect(derivedPreview(insertion, draft)[0]!.text).toBe("833\u00a0heures");
    const preview = previewClause(insertion, draft);
    expect(preview.ok && preview.clause.paragraphs.join(" ")).toMatch(/833\u00a0heures/);
  });

  it("names the calculator input that keeps the hours from being computed", () => {
    const draft = { ...initialDraft(insertion), taux: "", coutHoraire: "abc" };
    const [hours] = derivedPreview(insertion, draft);
    expect(hours!.text).toBeNull();
    expect(hours!.invalid).toEqual([spec("taux").label, spec("coutHoraire").label]);
  });
});
