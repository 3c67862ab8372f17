import { computeInsertionHours } from "../../src/clauses/insertionHours";
import { findTemplate } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";

describe("computeInsertionHours", () => {
  it.each([
    // montant, part MO, taux, coût horaire → heures (nearest hour, half up)
    [1_000_000, 0.5, 0.05, 30, 833], // domain-facts §5: 833,33
    [1_000_000, 0.7, 0.05, 30, 1167], // 1166,67
    [300_000, 0.2, 0.1, 35, 171], // 171,43
    [90_000, 0.5, 0.05, 30, 75], // exactly 75
    [45_000, 0.5, 0.05, 30, 38], // 37,5 → 38 (half up)
    [10_000, 0.1, 0.01, 200, 0], // 0,05
  ])("%p € × %p × %p ÷ %p €/h = %p h", (montant, partMainOeuvre, taux, coutHoraire, hours) => {
    expect(computeInsertionHours({ montant, partMainOeuvre, taux, coutHoraire })).toBe(hours);
  });
});

describe("clause d'insertion template", () => {
  const t = findTemplate("clause-insertion")!;
  it("states the computed hours with its defaults", () => {
    const r = renderTemplate(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.clause.paragraphs[0]).toContain("fixé à 833\u00a0heures.");
    expect(r.clause.paragraphs[1]).toContain("montant estimé de 1\u00a0000\u00a0000\u00a0€ HT");
    expect(r.clause.paragraphs[1]).toContain("taux d’insertion de 5\u00a0%");
  });
  it("recomputes the hours from the parameters", () => {
    const r = renderTemplate(t, {
      montant: 2_500_000,
      partMainOeuvre: 0.7,
      taux: 0.1,
      coutHoraire: 35,
    });
    expect(r.ok && r.clause.paragraphs[0]).toContain("fixé à 5\u00a0000\u00a0heures.");
  });
});
