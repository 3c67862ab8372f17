import { checkDocument } from "../../../src/clauses/documentCheck";
import {
  type CheckDraft,
  initialCheckDraft,
  parseCheckDraft,
  parseEuros,
  todayIso,
} from "../../../src/panes/word/model/checkDraft";

const draft = (patch: Partial<CheckDraft>): CheckDraft => ({
  ...initialCheckDraft(new Date(2026, 8, 1)),
  ...patch,
});

describe("check panel inputs", () => {
  it("starts on today's date, an empty value, services and a CCAP", () => {
    const d = initialCheckDraft(new Date(2026, 0, 5, 23, 30));
    expect(d).toEqual({
      launchDate: "2026-01-05",
      estimatedValue: "",
      nature: "Services",
      documentType: "CCAP",
      exceptionNoteOnFile: false,
    });
    expect(todayIso(new Date(2027, 11, 31))).toBe("2027-12-31");
  });

  it.each([
    ["250000", 250_000],
    ["250 000", 250_000],
    ["250\u00a0000 €", 250_000],
    ["1 234,50 € HT", 1234.5],
    ["1234.5", 1234.5],
    ["0", 0],
  ])("reads « %s » as %d € HT", (text, value) => {
    expect(parseEuros(text)).toBe(value);
  });

  it.each(["", "   ", "beaucoup", "1.234,5", "€"])("refuses « %s » as a value", (text) => {
    expect(parseEuros(text)).toBeNull();
  });

  it("parses a complete draft into the check's input", () => {
    const parsed = parseCheckDraft(
      draft({ launchDate: "2026-09-15", estimatedValue: "300 000", nature: "Fournitures" }),
    );
    expect(parsed).toEqual({
      ok: true,
      input: {
        launchDate: "2026-09-15",
        estimatedValue: 300_000,
        nature: "Fournitures",
        documentType: "CCAP",
      },
    });
  });

  it("passes the exception note only when ticked", () => {
    const parsed = parseCheckDraft(draft({ estimatedValue: "1", exceptionNoteOnFile: true }));
    expect(parsed.ok && parsed.input.exceptionNoteOnFile).toBe(true);
  });

  it("names every invalid field with a French message", () => {
    const parsed = parseCheckDraft(draft({ launchDate: "2026-02-30", estimatedValue: "-5" }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.launchDate).toMatch(/date de lancement/);
    expect(parsed.errors.estimatedValue).toMatch(/euros HT/);
    const onlyDate = parseCheckDraft(draft({ launchDate: "", estimatedValue: "10" }));
    expect(onlyDate.ok || Object.keys(onlyDate.errors)).toEqual(["launchDate"]);
  });

  it("feeds the document check: above the EU threshold without a social clause, a finding", () => {
    const parsed = parseCheckDraft(
      draft({ launchDate: "2026-09-01", estimatedValue: "500 000", nature: "Services" }),
    );
    if (!parsed.ok) throw new Error("draft refused");
    const outcome = checkDocument({ ...parsed.input, clauses: [] });
    if (!outcome.ok) throw new Error(outcome.errors.join(" "));
    const social = outcome.result.findings.find((f) => f.rule === "condition-sociale");
    expect(social?.status).toBe("manquant");
    expect(outcome.result.label.ready).toBe(false);
  });
});
