import {
  checkDocument,
  type DocumentCheckInput,
  type Finding,
  type RuleId,
} from "../../src/clauses/documentCheck";
import { findTemplate } from "../../src/clauses/registry";
import type { DocumentType } from "../../src/clauses/types";
import type { NeedNature } from "../../src/core/thresholds";

const AFTER = "2026-09-01"; // Climat et Résilience obligations apply
const BEFORE = "2026-08-20"; // the day before CLIMAT_RESILIENCE_START

function clause(id: string): { id: string; version: number } {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return { id, version: t.version };
}

function run(partial: Partial<DocumentCheckInput>): ReturnType<typeof checkDocument> {
  return checkDocument({
    launchDate: AFTER,
    estimatedValue: 100_000,
    nature: "Services",
    documentType: "CCAP",
    clauses: [],
    ...partial,
  });
}

function finding(partial: Partial<DocumentCheckInput>, rule: RuleId): Finding | undefined {
  const r = run(partial);
  if (!r.ok) throw new Error(r.errors.join(" "));
  return r.result.findings.find((f) => f.rule === rule);
}

describe("L2112-2 environmental execution condition", () => {
  it.each<[DocumentType, string, string[], string | undefined]>([
    ["CCAP", AFTER, ["condition-environnementale"], "ok"],
    ["CCAP", AFTER, ["clause-progres"], "ok"],
    ["CCAP", AFTER, [], "manquant"],
    ["CCAP", AFTER, ["materiaux-biosources"], "manquant"], // a specification is not an execution condition
    ["CCAP", AFTER, ["critere-environnemental"], "manquant"],
    ["CCAP", BEFORE, [], "a_verifier"],
    ["CCAP", "2026-08-21", [], "manquant"], // first day included
    ["CCTP", AFTER, [], "a_verifier"],
    ["CCTP", AFTER, ["dechets-chantier"], "ok"],
    ["RC", AFTER, [], undefined],
  ])("%s launched %s with %j → %s", (documentType, launchDate, ids, status) => {
    const f = finding(
      { documentType, launchDate, clauses: ids.map(clause) },
      "condition-environnementale",
    );
    expect(f?.status).toBe(status);
    if (f) expect(f.article).toBe("CCP, art. L2112-2");
  });
});

describe("L2152-7 environmental award criterion", () => {
  it.each<[DocumentType, string, string[], string | undefined]>([
    ["RC", AFTER, ["critere-environnemental"], "ok"],
    ["RC", AFTER, ["cout-cycle-vie"], "ok"],
    // Issue 12, point 2: R2152-7 sets direct supplies apart from environmental performance.
    ["RC", AFTER, ["critere-approvisionnement-direct"], "manquant"],
    ["RC", BEFORE, ["critere-approvisionnement-direct"], "a_verifier"],
    ["RC", AFTER, ["critere-approvisionnement-direct", "critere-environnemental"], "ok"],
    ["RC", AFTER, ["critere-social-insertion"], "manquant"],
    ["RC", AFTER, [], "manquant"],
    ["RC", BEFORE, [], "a_verifier"],
    ["CCAP", AFTER, [], undefined],
    ["CCTP", AFTER, [], undefined],
  ])("%s launched %s with %j → %s", (documentType, launchDate, ids, status) => {
    const f = finding(
      { documentType, launchDate, clauses: ids.map(clause) },
      "critere-environnemental",
    );
    expect(f?.status).toBe(status);
  });
});

describe("L2112-2-1 social execution condition", () => {
  it.each<[DocumentType, NeedNature, number, string, string[], string | undefined]>([
    // below the EU threshold in force at launch: not required
    ["CCAP", "Services", 215_999, AFTER, [], "ok"],
    ["CCAP", "Travaux", 5_403_999, AFTER, [], "ok"],
    // at or above the threshold
    ["CCAP", "Services", 216_000, AFTER, [], "manquant"],
    ["CCAP", "Fournitures", 300_000, AFTER, ["clause-insertion"], "ok"],
    ["CCAP", "Services", 300_000, AFTER, ["decouverte-metiers"], "ok"],
    // Issue 12, point 3: anti-discrimination alone is not a social/employment consideration.
    ["CCAP", "Services", 300_000, AFTER, ["egalite-femmes-hommes"], "manquant"],
    ["CCAP", "Services", 300_000, AFTER, ["egalite-femmes-hommes", "clause-insertion"], "ok"],
    // Issue 12, point 11: the internal note inside a tender document does not count.
    ["CCAP", "Services", 300_000, AFTER, ["note-exception-l2112-2-1"], "manquant"],
    // Issue 12, point 5: social and other specific services, threshold 750 000 €.
    ["CCAP", "Services sociaux", 749_999, AFTER, [], "ok"],
    ["CCAP", "Services sociaux", 750_000, AFTER, [], "manquant"],
    ["CCAP", "Services", 749_999, AFTER, [], "manquant"],
    ["CCAP", "Services", 300_000, AFTER, ["reserve-siae"], "a_verifier"],
    ["CCAP", "Services", 300_000, AFTER, ["critere-social-insertion"], "manquant"],
    ["CCAP", "Travaux", 5_404_000, AFTER, [], "manquant"],
    // before 21 August 2026: announced, not yet binding
    ["CCAP", "Services", 300_000, BEFORE, [], "a_verifier"],
    // the 2024-2025 threshold (221 000 €) applies to a launch in 2025
    ["CCAP", "Services", 218_000, "2025-06-01", [], "ok"],
    ["CCTP", "Services", 300_000, AFTER, [], "a_verifier"],
    ["RC", "Services", 300_000, AFTER, [], undefined],
  ])(
    "%s %s %p € launched %s with %j → %s",
    (documentType, nature, estimatedValue, launchDate, ids, status) => {
      const f = finding(
        { documentType, nature, estimatedValue, launchDate, clauses: ids.map(clause) },
        "condition-sociale",
      );
      expect(f?.status).toBe(status);
    },
  );

  it("accepts the exception note kept in the consultation file", () => {
    const partial = { estimatedValue: 300_000, exceptionNoteOnFile: true };
    expect(finding(partial, "condition-sociale")?.status).toBe("ok");
    expect(finding(partial, "analyse-clause-sociale")?.status).toBe("ok");
    expect(finding({ ...partial, exceptionNoteOnFile: false }, "condition-sociale")?.status).toBe(
      "manquant",
    );
  });

  it("explains why an anti-discrimination condition alone is not enough", () => {
    const f = finding(
      { estimatedValue: 300_000, clauses: [clause("egalite-femmes-hommes")] },
      "condition-sociale",
    );
    expect(f?.message).toContain("L2112-2");
    expect(f?.message).toContain("discriminations");
  });

  it("names the 750 000 € threshold of social and specific services", () => {
    const f = finding({ estimatedValue: 500_000, nature: "Services sociaux" }, "condition-sociale");
    expect(f?.status).toBe("ok");
    expect(f?.message).toContain("750\u00a0000\u00a0€\u00a0HT");
    expect(f?.message).toContain("services sociaux");
  });

  it("asks to remove the internal note from a tender document", () => {
    const f = finding(
      { estimatedValue: 300_000, clauses: [clause("note-exception-l2112-2-1")] },
      "note-interne",
    );
    expect(f?.status).toBe("a_verifier");
    expect(f?.message).toContain("interne");
    expect(finding({ estimatedValue: 300_000 }, "note-interne")).toBeUndefined();
  });

  it("names the threshold in its message", () => {
    const f = finding({ estimatedValue: 100_000 }, "condition-sociale");
    expect(f?.message).toContain("216\u00a0000\u00a0€\u00a0HT");
  });
});

describe("SPASER social-clause opportunity analysis (> 40 000 € HT)", () => {
  it.each<[number, string[], DocumentType, string]>([
    [40_000, [], "CCAP", "ok"],
    [40_001, [], "CCAP", "a_verifier"],
    [40_001, [], "RC", "a_verifier"],
    [100_000, ["critere-social-insertion"], "RC", "ok"],
    [100_000, ["reserve-ea-esat"], "RC", "ok"],
    [100_000, ["note-exception-l2112-2-1"], "CCAP", "a_verifier"],
    [100_000, ["condition-environnementale"], "CCAP", "a_verifier"],
  ])("%p € with %j in %s → %s", (estimatedValue, ids, documentType, status) => {
    const f = finding(
      { estimatedValue, documentType, clauses: ids.map(clause) },
      "analyse-clause-sociale",
    );
    expect(f?.status).toBe(status);
  });
});

describe("L2111-2 technical specifications (CCTP)", () => {
  it.each<[DocumentType, string[], string | undefined]>([
    ["CCTP", ["accessibilite"], "ok"],
    ["CCTP", ["certification-hqe"], "ok"],
    ["CCTP", ["dechets-chantier"], "a_verifier"],
    ["CCAP", [], undefined],
  ])("%s with %j → %s", (documentType, ids, status) => {
    expect(
      finding({ documentType, clauses: ids.map(clause) }, "specifications-techniques")?.status,
    ).toBe(status);
  });
});

describe("clause versions", () => {
  it.each<[{ id: string; version: number }, string | undefined]>([
    [{ id: "clause-insertion", version: 2 }, undefined],
    [{ id: "clause-insertion", version: 1 }, "a_verifier"], // outdated since issue 12
    [{ id: "clause-insertion", version: 0 }, "a_verifier"],
    [{ id: "clause-insertion", version: 9 }, "a_verifier"],
    [{ id: "inconnue", version: 1 }, "a_verifier"],
  ])("%j → %s", (c, status) => {
    const r = run({ clauses: [c] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.findings.find((f) => f.rule === "version-clause")?.status).toBe(status);
  });

  it("asks to update an outdated clause, by title", () => {
    const r = run({ clauses: [{ id: "clause-insertion", version: 0 }] });
    const f = r.ok ? r.result.findings.find((x) => x.rule === "version-clause") : undefined;
    expect(f?.message).toMatch(
      /^La clause «\u00a0Clause d’insertion professionnelle .*\u00a0» est en version 0\u00a0; la version 2 est disponible/,
    );
  });
});

describe("DECP values produced", () => {
  it.each<[string[], string[], string[]]>([
    [[], ["Pas de considération sociale"], ["Pas de considération environnementale"]],
    [
      ["clause-insertion", "critere-social-insertion", "reserve-ea-esat"],
      ["Clause sociale", "Critère social", "Marché réservé"],
      ["Pas de considération environnementale"],
    ],
    [
      ["note-exception-l2112-2-1"],
      ["Pas de considération sociale"],
      ["Pas de considération environnementale"],
    ],
    [
      ["cout-cycle-vie", "emballages", "economie-eau"],
      ["Pas de considération sociale"],
      ["Clause environnementale", "Critère environnemental"],
    ],
    [
      ["clause-insertion", "clause-insertion"],
      ["Clause sociale"],
      ["Pas de considération environnementale"],
    ],
  ])("%j → %j / %j", (ids, sociales, env) => {
    const r = run({ clauses: ids.map(clause) });
    expect(r.ok && r.result.decp).toEqual({
      considerationsSociales: sociales,
      considerationsEnvironnementales: env,
    });
  });
});

describe("SPASER label readiness", () => {
  it("is ready when every finding is ok", () => {
    const r = run({
      estimatedValue: 500_000,
      clauses: ["condition-environnementale", "clause-insertion"].map(clause),
    });
    expect(r.ok && r.result.label).toEqual({ ready: true, reasons: [] });
  });

  it("is not ready otherwise, and says why", () => {
    const r = run({ estimatedValue: 500_000, clauses: [clause("condition-environnementale")] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.label.ready).toBe(false);
    expect(r.result.label.reasons).toHaveLength(2); // L2112-2-1 and the opportunity analysis
  });
});

describe("input validation", () => {
  it.each<[Partial<DocumentCheckInput>, RegExp]>([
    [{ launchDate: "2026-02-30" }, /date de lancement «\u00a02026-02-30\u00a0»/],
    [{ launchDate: "01/09/2026" }, /AAAA-MM-JJ/],
    [{ estimatedValue: -1 }, /montant positif/],
    [{ estimatedValue: Number.NaN }, /montant positif/],
  ])("%j is refused", (partial, message) => {
    const r = run(partial);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(" ")).toMatch(message);
  });
});
