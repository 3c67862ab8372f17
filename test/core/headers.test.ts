import { assignColumns, matchPilotHeader, matchRegisterHeader } from "../../src/core/headers";
import { normalizeText } from "../../src/core/normalize";
import { parseDeadlineCell, parseTargetCell, parseUnit } from "../../src/core/targets";
import { matchLabel } from "../../src/core/labelMatching";
import { CATALOGUE } from "../../src/core/catalogue";

test("normalisation: trim, lower case, accents and punctuation removed, spaces collapsed", () => {
  expect(normalizeText("  Échéance  de la   Cible ! ")).toBe("echeance de la cible");
  expect(normalizeText("Durée (mois)")).toBe("duree mois");
  expect(normalizeText("Œuvre d'art")).toBe("oeuvre d art");
});

describe("pilot header matching", () => {
  test.each([
    ["Indicateur", "indicateur", true],
    ["LIBELLÉ", "indicateur", true],
    ["Libellé de l'indicateur", "indicateur", true],
    ["Objectif cible", "cible", true],
    ["Objectif", "objectif", true],
    ["Valeur cible", "cible", true],
    ["Cible 2030", "cible", false],
    ["Direction pilote", "responsable", true],
    ["Période de référence", "periodeReference", true],
    ["Valeur de référence", "reference", true],
    ["Échéance", "echeance", true],
    ["Unité", "unite", true],
    ["Code", "code", true],
    ["Commentaires", "commentaire", true],
  ])("%j → %s (exact: %s)", (header, key, exact) => {
    expect(matchPilotHeader(header)).toMatchObject({ key, exact });
  });

  test("the longest contained synonym wins: « Objectif cible 2030 » is the target, not the objective", () => {
    expect(matchPilotHeader("Objectif cible 2030")?.key).toBe("cible");
  });

  test("no match for unrelated headers", () => {
    expect(matchPilotHeader("Couleur")).toBeUndefined();
    expect(matchPilotHeader("")).toBeUndefined();
  });

  test("synonyms are found as whole words, the same at each reading of a header", () => {
    expect(matchRegisterHeader("Labellisation")).toBeUndefined();
    expect(matchRegisterHeader("Label du marché")).toMatchObject({
      key: "labelSpaser",
      exact: false,
    });
    for (let i = 0; i < 2; i++) {
      expect(matchRegisterHeader("Labellisation")).toBeUndefined();
      expect(matchPilotHeader("Objectif cible 2030")).toMatchObject({ key: "cible", exact: false });
    }
  });

  test("assignColumns: exact beats containment, then leftmost", () => {
    const cols = assignColumns(
      ["Cible S1 2026", "Indicateur", "Cible", "Libellé"].map(matchPilotHeader),
    );
    expect(cols).toEqual({ cible: 2, indicateur: 1 });
  });
});

describe("register header matching: French labels and DECP field names", () => {
  test.each([
    ["Montant HT", "montant"],
    ["montant", "montant"],
    ["Montant actualisé", "montantActualise"],
    ["dateNotification", "dateNotification"],
    ["Date de notification", "dateNotification"],
    ["dureeMois", "dureeMois"],
    ["Durée (mois)", "dureeMois"],
    ["considerationsSociales", "social"],
    ["Considérations environnementales", "env"],
    ["id", "reference"],
    ["codeCPV", "codeCPV"],
    ["Exception L2112-2-1", "exception"],
    ["Heures d'insertion prévues", "heuresPrevues"],
    ["Clause d'insertion", "clauseInsertion"],
    ["Marché d'insertion", "marcheInsertion"],
    ["Label SPASER", "labelSpaser"],
    ["Critères Numérique responsable", "criteresNumeriqueResponsable"],
    ["Analyse clause sociale", "analyseClauseSociale"],
  ])("%j → %s", (header, key) => {
    expect(matchRegisterHeader(header)?.key).toBe(key);
  });
});

describe("workbook targets, deadlines and units", () => {
  test.each([
    ["35 %", "%", { kind: "min", value: 0.35 }],
    ["≥ 35 %", "%", { kind: "min", value: 0.35 }],
    [0.35, "%", { kind: "min", value: 0.35 }],
    ["100 %", "%", { kind: "min", value: 1 }],
    [1, "nombre", { kind: "min", value: 1 }],
    ["≤ 12", "nombre", { kind: "max", value: 12 }],
    ["< 12", "nombre", { kind: "max", value: 12 }],
    ["max 5", "tonnes", { kind: "max", value: 5 }],
    ["Augmenter", "nombre", { kind: "hausse" }],
    ["hausse", "nombre", { kind: "hausse" }],
    ["↗", "nombre", { kind: "hausse" }],
    ["Réduire", "tonnes", { kind: "baisse" }],
    ["Diminuer", "tonnes", { kind: "baisse" }],
    ["baisse", "tonnes", { kind: "baisse" }],
    ["↘", "tonnes", { kind: "baisse" }],
    ["oui", "oui/non", { kind: "oui" }],
  ] as const)("Cible %j (%s)", (raw, unit, target) => {
    expect(parseTargetCell(raw, unit)).toEqual({ kind: "target", target });
  });

  test("empty and unreadable targets", () => {
    expect(parseTargetCell(null, "%").kind).toBe("empty");
    expect(parseTargetCell("—", "%").kind).toBe("empty");
    expect(parseTargetCell("le plus possible", "%").kind).toBe("unreadable");
  });

  test.each([
    [2030, { kind: "year", year: 2030 }],
    ["2030", { kind: "year", year: 2030 }],
    ["chaque semestre", { kind: "every-semester" }],
    ["Semestriel", { kind: "every-semester" }],
    ["chaque année", { kind: "every-year" }],
    ["annuel", { kind: "every-year" }],
  ] as const)("Échéance %j", (raw, deadline) => {
    expect(parseDeadlineCell(raw)).toEqual({ kind: "deadline", deadline });
  });

  test("unreadable deadlines", () => {
    expect(parseDeadlineCell("un jour").kind).toBe("unreadable");
    expect(parseDeadlineCell(12).kind).toBe("unreadable");
  });

  test.each([
    ["%", "%"],
    ["%±", "%±"],
    ["nombre", "nombre"],
    ["Nb", "nombre"],
    ["heures", "heures"],
    ["€", "€"],
    ["euros", "€"],
    ["tonnes", "tonnes"],
    ["km", "km"],
    ["oui/non", "oui/non"],
    ["années", "années"],
    ["texte", "texte"],
  ])("unit %j → %s", (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });
});

describe("rows to catalogue by label", () => {
  test("every label and alias of the catalogue matches its own indicator exactly", () => {
    for (const ind of CATALOGUE)
      for (const name of [ind.label, ...ind.aliases])
        expect([name, matchLabel(name)?.code]).toEqual([name, ind.code]);
  });

  test("close wordings match by token-set similarity", () => {
    expect(matchLabel("Nombre de sourcings réalisés (section de fonctionnement)")?.code).toBe(
      "BES1-I1",
    );
    expect(matchLabel("Taux de marchés notifiés avec considération sociale")?.code).toBe("IMP3-I5");
  });

  test("unrelated or ambiguous labels match nothing", () => {
    expect(matchLabel("Nombre de réunions du club des acheteurs")).toBeUndefined();
    expect(matchLabel("Marchés")).toBeUndefined();
    expect(matchLabel("")).toBeUndefined();
  });
});
