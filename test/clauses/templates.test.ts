import { placeholdersIn } from "../../src/clauses/placeholders";
import { defaultValues, validateParameters } from "../../src/clauses/parameters";
import { listTemplates } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";
import {
  CATEGORIES,
  type ClauseTemplate,
  DECP_ENVIRONMENTAL,
  DECP_SOCIAL,
  DOCUMENT_TYPES,
  LEVERS,
  type ParameterSpec,
} from "../../src/clauses/types";

const templates = listTemplates();
const cases = templates.map((t) => [t.id, t] as const);

function allText(t: ClauseTemplate): string {
  return [t.title, t.usage, ...t.vigilance, ...t.body].join("\n");
}

describe("clause library", () => {
  it("holds at least 24 templates with unique ids", () => {
    expect(templates.length).toBeGreaterThanOrEqual(24);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
  });

  // Every lever listed in PRODUCT §9, found by a word of its id.
  it.each([
    "insertion",
    "critere-social",
    "reserve-ea-esat",
    "reserve-siae",
    "reserve-ess",
    "decouverte",
    "egalite",
    "accessibilite",
    "commerce-equitable",
    "condition-environnementale",
    "critere-environnemental",
    "clause-progres",
    "cout-cycle-vie",
    "dechets-chantier",
    "biosource",
    "reemploi-materiaux",
    "emballages",
    "agec",
    "efficacite-energetique",
    "economie-eau",
    "eviter-reduire-compenser",
    "egalim",
    "livraisons-faibles-emissions",
    "numerique-reconditionne",
    "numerique-reprise",
    "perturbateurs-endocriniens",
    "nuisances-sonores",
    "qualite-air",
    "hqe",
    "note-exception-l2112-2-1",
  ])("covers %s", (fragment) => {
    expect(templates.some((t) => t.id.includes(fragment))).toBe(true);
  });

  it("has exactly one note, the L2112-2-1 exception", () => {
    expect(templates.filter((t) => t.kind === "note").map((t) => t.id)).toEqual([
      "note-exception-l2112-2-1",
    ]);
  });
});

describe.each(cases)("template %s", (_id, t) => {
  it("has valid typed metadata", () => {
    expect(t.version).toBeGreaterThanOrEqual(1);
    expect(CATEGORIES).toContain(t.category);
    expect(LEVERS).toContain(t.lever);
    // The internal L2112-2-1 note belongs to no published document (issue 12, point 11).
    if (t.kind === "note") expect(t.documents).toEqual([]);
    else expect(t.documents.length).toBeGreaterThan(0);
    for (const d of t.documents) expect(DOCUMENT_TYPES).toContain(d);
    expect(t.legalBasis.length).toBeGreaterThan(0);
    expect(t.usage.length).toBeGreaterThan(20);
    expect(t.vigilance.length).toBeGreaterThan(0);
    expect(t.body.length).toBeGreaterThan(0);
  });

  // DECP (arrêté of 22 December 2022): « Clause sociale » is a social execution condition; a
  // social technical specification produces no DECP social value (issue 12, point 12).
  it("maps to a DECP value consistent with its category and lever", () => {
    const allowed: readonly string[] = t.category === "sociale" ? DECP_SOCIAL : DECP_ENVIRONMENTAL;
    expect(allowed).toContain(t.decp);
    const expected =
      t.kind === "note"
        ? "Pas de considération sociale"
        : t.lever === "critère d'attribution"
          ? t.category === "sociale"
            ? "Critère social"
            : "Critère environnemental"
          : t.lever === "réservation"
            ? "Marché réservé"
            : t.category === "sociale"
              ? t.lever === "spécification technique"
                ? "Pas de considération sociale"
                : "Clause sociale"
              : "Clause environnementale";
    expect(t.decp).toBe(expected);
  });

  it("declares every placeholder it uses and uses every parameter it declares", () => {
    const used = new Set(t.body.flatMap(placeholdersIn));
    const declared = new Set([...Object.keys(t.parameters), ...Object.keys(t.derived ?? {})]);
    for (const name of used) expect(declared).toContain(name);
    for (const name of Object.keys(t.parameters)) {
      const usedDirectly = used.has(name);
      const usedThroughDerived = Object.keys(t.derived ?? {}).some((d) => used.has(d));
      expect(usedDirectly || usedThroughDerived).toBe(true);
    }
  });

  it("renders with its defaults, leaving no placeholder", () => {
    const r = renderTemplate(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.clause.paragraphs).toHaveLength(t.body.length);
    for (const p of r.clause.paragraphs) {
      expect(p).not.toMatch(/\{\{|\}\}/);
      expect(p.trim().length).toBeGreaterThan(0);
    }
    expect(r.clause.values).toEqual(defaultValues(t));
  });

  it("has defaults within its own bounds", () => {
    expect(validateParameters(t, {}).ok).toBe(true);
  });

  it.each(Object.entries(t.parameters) as [string, ParameterSpec][])(
    "rejects out-of-bounds values of %s with a French message",
    (name, spec) => {
      const bad: unknown[] =
        spec.kind === "number" || spec.kind === "percent"
          ? [spec.min - 1, spec.max + 1, "pas un nombre"]
          : spec.kind === "text"
            ? ["x".repeat(spec.maxLength + 1), "ligne 1\nligne 2"]
            : ["option inexistante"];
      for (const value of bad) {
        const r = validateParameters(t, { [name]: value });
        expect(r.ok).toBe(false);
        if (r.ok) continue;
        expect(r.errors).toHaveLength(1);
        expect(r.errors[0]!.name).toBe(name);
        expect(r.errors[0]!.message).toContain(`«\u00a0${spec.label}\u00a0»`);
        expect(r.errors[0]!.message).toMatch(/doit|ne doit pas/);
      }
    },
  );

  it("requires any label or certification « ou équivalent »", () => {
    for (const paragraph of t.body) {
      if (/\b(label|certification)/i.test(paragraph)) expect(paragraph).toMatch(/équivalent/);
    }
    if (/\b(label|certification)/i.test(allText(t))) expect(allText(t)).toMatch(/ou équivalent/);
  });

  it("never makes local origin an award criterion", () => {
    if (t.lever !== "critère d'attribution") return;
    for (const paragraph of t.body) {
      const mentionsLocal = /\b(locale?s?|territoire|proximité|régional)/i.test(paragraph);
      if (mentionsLocal)
        expect(paragraph).toMatch(/ne sont pas prises en compte|aucune préférence/i);
    }
  });

  it("cites articles that its own text names", () => {
    // An article quoted in the body must be in the legal basis (the text and its basis agree).
    const quoted = t.body.join(" ").match(/article (L|R)\d{4}-\d+(?:-\d+)?/g) ?? [];
    const basis = t.legalBasis.join(" ");
    for (const q of quoted) {
      const article = q.replace("article ", "");
      if (/^L5|^L3/.test(article)) continue; // code du travail / CASF references, not the CCP
      expect(basis).toContain(article);
    }
  });
});
