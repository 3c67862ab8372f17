/**
 * Issue 12 (legal review of the clause library): one test per point that is a property of a
 * template's text or parameters. Rules of the document check are tested in documentCheck.test.ts
 * and through `spaser clauses check` in clausesCheck.test.ts.
 */
import { findTemplate } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";
import { validateParameters } from "../../src/clauses/parameters";
import { computeInsertionHours, MIN_LOADED_HOURLY_COST } from "../../src/clauses/insertionHours";
import type { ClauseTemplate } from "../../src/clauses/types";

function template(id: string): ClauseTemplate {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

/** The default text, with spaces normalised so that tests read plain French. */
function text(id: string, input: Record<string, unknown> = {}): string {
  const r = renderTemplate(template(id), input);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(" "));
  return r.clause.paragraphs
    .join("\n")
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/’/g, "'");
}

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

describe("point 1 — reserve-ess states every condition of L2113-15", () => {
  const body = text("reserve-ess");
  test.each([
    "L2113-15",
    "L2113-16",
    "R2113-8",
    "liste des services sociaux et autres services spécifiques annexée",
    "mission de service public liée à la prestation de ces services",
    "bénéfices sont réinvestis",
    "participation active des salariés",
    "trois ans",
    "au cours des trois années précédentes",
  ])("mentions « %s »", (phrase) => expect(body).toContain(phrase));
  test("does not paraphrase the list as « santé, sociaux ou culturels »", () => {
    expect(body).not.toMatch(/santé, sociaux ou culturels/);
    expect(text("reserve-ess", { services: "Services d'action sociale (85310000-5)" })).toContain(
      "Services d'action sociale (85310000-5)",
    );
  });
  test("cites L2113-16 and R2113-8 in its legal basis", () => {
    expect(template("reserve-ess").legalBasis.join(" ")).toMatch(/L2113-16.*R2113-8/);
  });
});

describe("point 4 — accessibilite demands full RGAA conformity", () => {
  test("no « partiellement conforme » option or text", () => {
    const t = template("accessibilite");
    expect(JSON.stringify(t)).not.toMatch(/partiellement/);
    expect(text("accessibilite")).toContain("totalement conforme");
  });
  test("a compliance schedule only for an existing service", () => {
    const body = text("accessibilite", { conformite: "service existant à mettre en conformité" });
    expect(body).toMatch(
      /service existant du Département repris par le marché est rendu totalement conforme/,
    );
    expect(body).toContain(
      "Tout nouveau service ou contenu est totalement conforme dès sa mise en service",
    );
  });
});

describe("point 6 — repairability: EU class for smartphones and tablets", () => {
  const t = template("numerique-reconditionne-reparable");
  test("offers the A–E class of Regulation (EU) 2023/1669 and keeps the index for others", () => {
    const body = text(t.id, { classeReparabilite: "A" });
    expect(body).toContain("smartphones et tablettes");
    expect(body).toContain("classe de réparabilité au moins égale à A");
    expect(body).toContain("2023/1669");
    expect(body).toMatch(/autres équipements neufs .* indice/);
    expect(t.legalBasis.join(" ")).toContain("2023/1669");
  });
  test("refuses a class outside the label's scale", () => {
    expect(validateParameters(t, { classeReparabilite: "F" }).ok).toBe(false);
  });
});

describe("point 7 — EGAlim: the contract contributes to the restaurant's yearly shares", () => {
  const body = text("alimentation-durable-egalim");
  test.each([
    "contribue à l'atteinte, par chaque restaurant collectif",
    "au cours de l'année civile",
    "R230-30-1",
    "agriculture biologique, y compris en conversion",
    "viandes et les produits de la pêche",
    "au moins 60 %",
  ])("mentions « %s »", (phrase) => expect(body).toContain(phrase));
  test("the contract's shares are parameters, not the law's shares promised alone", () => {
    const t = template("alimentation-durable-egalim");
    expect(Object.keys(t.parameters)).toEqual(["partDurable", "partBio", "partViandesPoissons"]);
    expect(validateParameters(t, { partDurable: "30 %" }).ok).toBe(true);
    expect(plain(t.vigilance.join(" "))).toContain("par restaurant et par année civile");
  });
});

describe("point 8 — decouverte-metiers: PMSMP prescribed and under a signed agreement", () => {
  const body = text("decouverte-metiers");
  test("names L5135-1 and following, the prescriber and the agreement", () => {
    expect(body).toContain("L5135-1 et suivants");
    expect(body).toContain("prescrite par un organisme habilité");
    expect(body).toContain("convention signée");
  });
});

describe("point 9 — egalite-femmes-hommes: no L2141-4 exclusion in the CCAP", () => {
  const t = template("egalite-femmes-hommes");
  test("the body (a CCAP clause) does not recall the exclusion", () => {
    expect(text(t.id)).not.toContain("L2141-4");
    expect(t.legalBasis.join(" ")).not.toContain("L2141-4");
    expect(t.documents).toEqual(["CCAP"]);
  });
  test("the vigilance points to the RC and quotes the ground (L2141-4, 2°)", () => {
    const v = plain(t.vigilance.join(" "));
    expect(v).toContain("L2141-4, 2°");
    expect(v).toContain("2° de l'article L2242-1 du code du travail");
    expect(v).toContain("règlement de la consultation");
  });
});

describe("point 10 — reserve-ea-esat: L2113-12 wording and the CPOM", () => {
  const body = text("reserve-ea-esat");
  test("keeps « dans des conditions normales »", () => {
    expect(body).toContain(
      "ne peuvent exercer une activité professionnelle dans des conditions normales",
    );
  });
  test("the proof for an EA is its CPOM (L5213-13), not a « contrat d'objectifs »", () => {
    expect(body).toContain("contrat pluriannuel d'objectifs et de moyens");
    expect(body).toContain("L5213-13");
    expect(body).not.toMatch(/son contrat d'objectifs/);
  });
});

describe("point 11 — the exception note is internal", () => {
  test("lists no tender document", () => {
    expect(template("note-exception-l2112-2-1").documents).toEqual([]);
  });
});

describe("point 13 — numerique-reprise cites the operative texts", () => {
  const t = template("numerique-reprise");
  test("loi 2021-1485 art. 16 and décret 2023-266 with its share and routes", () => {
    const basis = t.legalBasis.join(" ");
    expect(basis).toContain("2021-1485 du 15 novembre 2021, art. 16");
    expect(basis).toContain("2023-266");
    const v = plain(t.vigilance.join(" "));
    expect(v).toContain("50 %");
    expect(v).toMatch(/cession à une autre personne publique, la vente, le don/);
    expect(text(t.id)).toContain("article 16 de la loi n° 2021-1485");
  });
});

describe("point 16 — insertion hours: the hourly cost is at least a loaded SMIC", () => {
  const spec = template("clause-insertion").parameters["coutHoraire"];
  test("the lower bound is SMIC 2026 (12,02 €) plus employer contributions", () => {
    expect(MIN_LOADED_HOURLY_COST).toBeGreaterThan(12.02);
    expect(MIN_LOADED_HOURLY_COST).toBeCloseTo(12.55, 2);
    expect(spec?.kind === "number" ? spec.min : null).toBe(MIN_LOADED_HOURLY_COST);
    expect(spec?.kind === "number" ? plain(spec.help ?? "") : "").toMatch(/SMIC 2026 \(12,02 €/);
  });
  test("10 €/h is refused, which would inflate the hours", () => {
    expect(validateParameters(template("clause-insertion"), { coutHoraire: 10 }).ok).toBe(false);
    expect(validateParameters(template("clause-insertion"), { coutHoraire: 12.55 }).ok).toBe(true);
    expect(
      computeInsertionHours({
        montant: 1_000_000,
        partMainOeuvre: 0.5,
        taux: 0.05,
        coutHoraire: 30,
      }),
    ).toBe(833);
  });
});
