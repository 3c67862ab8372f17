import fc from "fast-check";
import { checkDocument } from "../../src/clauses/documentCheck";
import { parseFrenchNumber, parseFrenchPercent } from "../../src/clauses/parseNumber";
import { listTemplates, searchTemplates } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";

const templates = listTemplates();

describe("robustness (property-based)", () => {
  it("rendering any input never throws and never leaves a placeholder", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.dictionary(
          fc.string({ maxLength: 12 }),
          fc.oneof(fc.string(), fc.double(), fc.integer()),
        ),
        (template, extra) => {
          const names = Object.keys(template.parameters);
          // Mix real parameter names with random ones.
          const input: Record<string, unknown> = {};
          for (const [i, [k, v]] of Object.entries(extra).entries())
            input[names[i % Math.max(1, names.length)] ?? k] = v;
          const r = renderTemplate(template, input);
          if (r.ok) for (const p of r.clause.paragraphs) expect(p).not.toMatch(/\{\{/);
          else for (const e of r.errors) expect(e.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("number parsing and search accept any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const n = parseFrenchNumber(text);
        const p = parseFrenchPercent(text);
        expect(n === null || Number.isFinite(n)).toBe(true);
        expect(p === null || Number.isFinite(p)).toBe(true);
        expect(Array.isArray(searchTemplates(text))).toBe(true);
      }),
    );
  });

  it("the document check gives a result or French errors for any input", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.double(),
        fc.constantFrom("Travaux" as const, "Fournitures" as const, "Services" as const),
        fc.constantFrom("RC" as const, "CCAP" as const, "CCTP" as const),
        fc.array(
          fc.record({
            id: fc.constantFrom(...templates.map((t) => t.id), "x"),
            version: fc.integer(),
          }),
        ),
        (launchDate, estimatedValue, nature, documentType, clauses) => {
          const r = checkDocument({ launchDate, estimatedValue, nature, documentType, clauses });
          if (r.ok) expect(r.result.findings.length).toBeGreaterThan(0);
          else expect(r.errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
