import { findTemplate, listTemplates } from "../../../src/clauses/registry";
import { defaultValues } from "../../../src/clauses/parameters";
import {
  calculatorFields,
  derivedPreview,
  draftErrors,
  draftToParameters,
  initialDraft,
  previewClause,
} from "../../../src/panes/word/model/parameterDraft";

const insertion = findTemplate("clause-insertion")!;

describe("parameter form state", () => {
  it("starts from the defaults, written the French way", () => {
    const draft = initialDraft(insertion);
    expect(draft["montant"]).toBe("1\u00a0000\u00a0000");
    expect(draft["taux"]).toBe("5\u00a0%");
    expect(draft["partMainOeuvre"]).toBe("50\u00a0%");
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))(
    "%s: the initial form gives back exactly the default parameters",
    (_id, template) => {
      const result = draftToParameters(template, initialDraft(template));
      expect(result).toEqual({ ok: true, values: defaultValues(template) });
    },
  );

  it("turns typed text into parameters (1 000 000 €, 50 %, 5 %, 30 €/h)", () => {
    const draft = {
      ...initialDraft(insertion),
      montant: "1 000 000",
      partMainOeuvre: "50 %",
      taux: "5%",
      coutHoraire: "30",
    };
    const result = draftToParameters(insertion, draft);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.values["montant"]).toBe(1_000_000);
    expect(result.values["partMainOeuvre"]).toBe(0.5);
    expect(result.values["taux"]).toBe(0.05);
    expect(result.values["coutHoraire"]).toBe(30);
  });

  it("refills the form from stored values and round-trips them", () => {
    const values = { ...defaultValues(insertion), montant: 2_345_678.5, taux: 0.125 };
    const draft = initialDraft(insertion, values);
    expect(draft["taux"]).toBe("12,5\u00a0%");
    expect(draftToParameters(insertion, draft)).toEqual({ ok: true, values });
  });

  it("gives a French message per invalid field, by parameter name", () => {
    const draft = { ...initialDraft(insertion), taux: "500 %", coutHoraire: "trente" };
    const errors = draftErrors(insertion, draft);
    expect([...errors.keys()].sort()).toEqual(["coutHoraire", "taux"]);
    expect(errors.get("taux")).toMatch(/Taux d’insertion.*au plus 30/);
    expect(errors.get("coutHoraire")).toMatch(/doit être un nombre/);
    expect(previewClause(insertion, draft).ok).toBe(false);
  });

  it("computes the insertion hours live: 833 for 1 000 000 €, 50 %, 5 %, 30 €/h", () => {
    const draft = {
      ...initialDraft(insertion),
      montant: "1 000 000",
      partMainOeuvre: "50 %",
      taux: "5 %",
      coutHoraire: "30",
    };
    const [hours] = derivedPreview(insertion, draft);
    expect(hours?.value).toBe(833);
    expect(hours?.text).toBe("833\u00a0heures");
    const preview = previewClause(insertion, draft);
    expect(preview.ok && preview.clause.paragraphs.join(" ")).toContain("833\u00a0heures");
  });

  it("keeps the hours while an unrelated field is invalid, and drops them when an input is", () => {
    const base = initialDraft(insertion);
    const other = derivedPreview(insertion, { ...base, facilitateur: "" });
    expect(other[0]?.value).toBe(833);
    const doubled = derivedPreview(insertion, { ...base, montant: "2 000 000" });
    expect(doubled[0]?.value).toBe(1667);
    const broken = derivedPreview(insertion, { ...base, taux: "beaucoup" });
    expect(broken[0]?.value).toBeNull();
    expect(broken[0]?.text).toBeNull();
  });

  it("groups the four calculator inputs of the clause d'insertion only", () => {
    expect(calculatorFields(insertion)).toEqual([
      "montant",
      "partMainOeuvre",
      "taux",
      "coutHoraire",
    ]);
    const others = listTemplates().filter((t) => !t.derived);
    expect(others.length).toBeGreaterThan(0);
    for (const t of others) expect(calculatorFields(t)).toEqual([]);
  });
});
