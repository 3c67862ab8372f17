import { findTemplate } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";
import { checkWordDocument } from "../../src/word/checkWordDocument";
import { ClauseSettings, SETTINGS_KEY } from "../../src/word/clauseSettings";
import { insertClause } from "../../src/word/insertClause";
import { listDocumentClauses } from "../../src/word/listDocumentClauses";
import { removeClause } from "../../src/word/removeClause";
import { selectClause } from "../../src/word/selectClause";
import { updateClause } from "../../src/word/updateClause";
import { type ControlState, FakeWord } from "./fakeWord";
import { fakeOffice } from "./fakeOffice";

const insertion = findTemplate("clause-insertion")!;
const emballages = findTemplate("emballages")!;

function setup(initial: ControlState[] = [], stored: Record<string, unknown> = {}, styles = true) {
  const word = new FakeWord(initial);
  const office = fakeOffice(styles ? ["1.1", "1.3"] : ["1.1"], { [SETTINGS_KEY]: stored });
  const settings = new ClauseSettings(office.settings);
  let n = 0;
  const deps = { settings, builtInStyles: styles, newInstance: () => `inst${++n}` };
  return { word, office, settings, deps };
}

function control(id: number, tag: string, title = "Titre"): ControlState {
  return {
    id,
    tag,
    title,
    appearance: "BoundingBox",
    paragraphs: [{ text: title, style: "Heading3" }],
  };
}

describe("insertClause", () => {
  it("inserts a tagged content control in one sync, with styled paragraphs, and saves the parameters", async () => {
    const { word, office, deps } = setup();
    const result = await insertClause(word.context, deps, insertion, { montant: "2 000 000" });
    expect(result).toEqual({
      ok: true,
      tag: `spaser:clause-insertion@${insertion.version}#inst1`,
      instance: "inst1",
    });
    expect(word.syncCount).toBe(1);
    const [cc] = word.committed.controls;
    expect(cc).toMatchObject({
      tag: `spaser:clause-insertion@${insertion.version}#inst1`,
      title: insertion.title,
      appearance: "BoundingBox",
    });
    const expected = renderTemplate(insertion, { montant: 2_000_000 });
    if (!expected.ok) throw new Error("render");
    expect(cc!.paragraphs).toEqual([
      { text: insertion.title, style: "Heading3" },
      ...expected.clause.paragraphs.map((text) => ({ text, style: "Normal" })),
    ]);
    expect(cc!.paragraphs[1]!.text).toContain("1\u00a0667\u00a0heures");
    expect(office.saveCount).toBe(1);
    expect(office.saved.get(SETTINGS_KEY)).toEqual({
      inst1: { id: "clause-insertion", version: insertion.version, values: expected.clause.values },
    });
  });

  it("keeps the document's default style without WordApi 1.3", async () => {
    const { word, deps } = setup([], {}, false);
    await insertClause(word.context, deps, emballages);
    expect(word.committed.controls[0]!.paragraphs.every((p) => p.style === "Normal")).toBe(true);
  });

  it("returns French errors and touches nothing when parameters are invalid", async () => {
    const { word, office, deps } = setup();
    const result = await insertClause(word.context, deps, insertion, { taux: "50 %" });
    expect(result).toEqual({
      ok: false,
      errors: [
        { name: "taux", message: "«\u00a0Taux d’insertion\u00a0» doit être au plus 30\u00a0%." },
      ],
    });
    expect(word.syncCount).toBe(0);
    expect(word.committed.controls).toEqual([]);
    expect(office.saveCount).toBe(0);
  });
});

describe("listing and checking a document with 200 clauses", () => {
  const ids = [
    "clause-insertion",
    "condition-environnementale",
    "critere-environnemental",
    "emballages",
  ];
  const controls: ControlState[] = [control(1, "a-foreign-control")];
  const stored: Record<string, unknown> = {};
  for (let i = 0; i < 200; i++) {
    const id = ids[i % ids.length]!;
    const version = i === 7 ? 0 : findTemplate(id)!.version;
    controls.push(control(i + 2, `spaser:${id}@${version}#k${i}`, `Clause ${i}`));
    if (i !== 9) stored[`k${i}`] = { id, version, values: {} };
  }
  controls.push(control(500, "spaser:ancienne-clause@1#z1", "Ancienne clause"));

  it("lists them in one sync, ignoring foreign controls", async () => {
    const { word, settings } = setup(controls, stored);
    const list = await listDocumentClauses(word.context, settings);
    expect(word.syncCount).toBe(1);
    expect(list).toHaveLength(201);
    expect(list.filter((c) => c.state === "a_jour")).toHaveLength(199);
    expect(list[7]).toMatchObject({
      id: "emballages",
      version: 0,
      state: "obsolete",
      instance: "k7",
    });
    expect(list[9]!.values).toBeNull();
    expect(list[200]).toMatchObject({
      id: "ancienne-clause",
      state: "inconnue",
      title: "Ancienne clause",
    });
    expect(list[0]).toMatchObject({ controlId: 2, title: insertion.title, values: {} });
  });

  it("checks them in one sync", async () => {
    const { word, settings } = setup(controls, stored);
    const outcome = await checkWordDocument(word.context, settings, {
      launchDate: "2026-09-01",
      estimatedValue: 500_000,
      nature: "Services",
      documentType: "CCAP",
    });
    expect(word.syncCount).toBe(1);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const byRule = Object.fromEntries(
      outcome.result.findings
        .filter((f) => f.rule !== "version-clause")
        .map((f) => [f.rule, f.status]),
    );
    expect(byRule).toEqual({
      "condition-environnementale": "ok",
      "condition-sociale": "ok",
      "analyse-clause-sociale": "ok",
    });
    expect(outcome.result.findings.filter((f) => f.rule === "version-clause")).toHaveLength(2);
    expect(outcome.result.decp.considerationsSociales).toEqual(["Clause sociale"]);
    expect(outcome.result.label.ready).toBe(false);
  });
});

describe("actions on one clause", () => {
  const outdatedTag = "spaser:clause-insertion@0#old1";
  function withOutdated(values: Record<string, unknown>) {
    return setup([control(1, "autre"), control(2, outdatedTag, "Ancien titre")], {
      old1: { id: "clause-insertion", version: 0, values },
    });
  }

  it("selects a clause in two syncs", async () => {
    const { word, settings } = withOutdated({});
    const [clause] = await listDocumentClauses(word.context, settings);
    word.syncCount = 0;
    expect(await selectClause(word.context, clause!)).toEqual({ ok: true });
    expect(word.syncCount).toBe(2);
    expect(word.committed.selectedControlId).toBe(2);
  });

  it("updates an outdated clause in place in two syncs, keeping its parameters", async () => {
    const { word, office, deps, settings } = withOutdated({ montant: 2_000_000, taux: 0.05 });
    const [clause] = await listDocumentClauses(word.context, settings);
    word.syncCount = 0;
    const result = await updateClause(word.context, deps, clause!);
    expect(result).toEqual({
      ok: true,
      tag: `spaser:clause-insertion@${insertion.version}#old1`,
      notice: null,
    });
    expect(word.syncCount).toBe(2);
    expect(word.committed.controls.map((c) => c.id)).toEqual([1, 2]);
    const updated = word.committed.controls[1]!;
    expect(updated.tag).toBe(`spaser:clause-insertion@${insertion.version}#old1`);
    expect(updated.title).toBe(insertion.title);
    expect(updated.paragraphs[0]).toEqual({ text: insertion.title, style: "Heading3" });
    expect(updated.paragraphs[1]!.text).toContain("1\u00a0667\u00a0heures");
    expect(updated.paragraphs).toHaveLength(insertion.body.length + 1);
    expect(office.saved.get(SETTINGS_KEY)).toMatchObject({
      old1: { version: insertion.version, values: { montant: 2_000_000 } },
    });
    const relisted = await listDocumentClauses(word.context, settings);
    expect(relisted[0]!.state).toBe("a_jour");
  });

  it("resets stored parameters the new version refuses, and says so", async () => {
    const { word, deps, settings } = withOutdated({ montant: 2_000_000, taux: 0.5, supprime: 3 });
    const [clause] = await listDocumentClauses(word.context, settings);
    const result = await updateClause(word.context, deps, clause!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notice).toBe(
      "Paramètres remis à leur valeur par défaut, car absents ou devenus invalides : supprime, Taux d’insertion.",
    );
    expect(word.committed.controls[1]!.paragraphs[1]!.text).toContain("1\u00a0667\u00a0heures");
  });

  it("re-renders with new parameters, refusing invalid ones before any sync", async () => {
    const { word, deps, settings } = withOutdated({});
    const [clause] = await listDocumentClauses(word.context, settings);
    word.syncCount = 0;
    const bad = await updateClause(word.context, deps, clause!, { coutHoraire: 5 });
    expect(bad).toMatchObject({
      ok: false,
      message: "«\u00a0Coût horaire chargé\u00a0» doit être au moins 12,55\u00a0€/h.",
    });
    expect(word.syncCount).toBe(0);
    const good = await updateClause(word.context, deps, clause!, { coutHoraire: 25 });
    expect(good.ok).toBe(true);
    expect(word.committed.controls[1]!.paragraphs[1]!.text).toContain("1\u00a0000\u00a0heures");
  });

  it("removes a clause and its settings in two syncs", async () => {
    const { word, office, settings } = withOutdated({});
    const [clause] = await listDocumentClauses(word.context, settings);
    word.syncCount = 0;
    expect(await removeClause(word.context, settings, clause!)).toEqual({ ok: true });
    expect(word.syncCount).toBe(2);
    expect(word.committed.controls.map((c) => c.tag)).toEqual(["autre"]);
    expect(office.saved.get(SETTINGS_KEY)).toEqual({});
  });

  it("gives a French message when the clause has disappeared", async () => {
    const { word, deps, settings } = withOutdated({});
    const [clause] = await listDocumentClauses(word.context, settings);
    word.staged.controls = word.staged.controls.filter((c) => c.id !== 2);
    await word.context.sync();
    const message = expect.stringContaining("est introuvable dans le document");
    expect(await selectClause(word.context, clause!)).toEqual({ ok: false, message });
    expect(await removeClause(word.context, settings, clause!)).toEqual({ ok: false, message });
    expect(await updateClause(word.context, deps, clause!)).toEqual({ ok: false, message });
  });

  it("refuses to update a clause no longer in the library", async () => {
    const { word, deps, settings } = setup([control(3, "spaser:ancienne-clause@1#z1")]);
    const [clause] = await listDocumentClauses(word.context, settings);
    expect(await updateClause(word.context, deps, clause!)).toEqual({
      ok: false,
      message:
        "La clause « ancienne-clause » ne fait plus partie de la bibliothèque : elle ne peut pas être mise à jour.",
    });
  });
});
