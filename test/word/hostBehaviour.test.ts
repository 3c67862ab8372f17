/**
 * Issue 10, Word points, against the fake's Word behaviours: track changes (7), co-authoring
 * (8), the cursor inside a clause (9). Syncs are counted: insert and check of 200 clauses stay
 * within PRODUCT §10's 2 round trips.
 */
import { findTemplate } from "../../src/clauses/registry";
import { checkWordDocument } from "../../src/word/checkWordDocument";
import { ClauseSettings, SETTINGS_KEY } from "../../src/word/clauseSettings";
import { insertClause } from "../../src/word/insertClause";
import { listDocumentClauses } from "../../src/word/listDocumentClauses";
import { removeClause } from "../../src/word/removeClause";
import { updateClause } from "../../src/word/updateClause";
import { NO_FEATURES, type WordFeatures, wordFeatures } from "../../src/word/wordFeatures";
import { type ControlState, FakeWord } from "./fakeWord";
import { fakeOffice } from "./fakeOffice";

const insertion = findTemplate("clause-insertion")!;
const emballages = findTemplate("emballages")!;
const ALL: WordFeatures = {
  parentControls: true,
  comments: true,
  trackingMode: true,
  trackedChanges: true,
};
/** Word 2016-like: change-tracking mode and comments, but no tracked-changes API (1.6). */
const NO_REVISIONS: WordFeatures = { ...ALL, trackedChanges: false };

function clause(id: number, instance: string, extra: Partial<ControlState> = {}): ControlState {
  return {
    id,
    tag: `spaser:emballages@${emballages.version}#${instance}`,
    title: emballages.title,
    appearance: "BoundingBox",
    paragraphs: [
      { text: emballages.title, style: "Heading3" },
      { text: "Le titulaire réduit les emballages.", style: "Normal" },
    ],
    ...extra,
  };
}

const stored = (values: Record<string, string | number> = {}) => ({
  id: "emballages",
  version: emballages.version,
  values,
});

function setup(controls: ControlState[], entries: Record<string, unknown>, features = ALL) {
  const word = new FakeWord(controls);
  const office = fakeOffice(["1.1", "1.3", "1.4", "1.6"], { [SETTINGS_KEY]: entries });
  const settings = new ClauseSettings(office.settings);
  let n = 0;
  const deps = { settings, builtInStyles: true, newInstance: () => `new${++n}`, features };
  return { word, office, settings, deps };
}

describe("feature detection", () => {
  it("maps WordApi requirement sets to the features used", () => {
    const only = (versions: string[]) => ({
      isSetSupported: (name: string, v?: string) => name === "WordApi" && versions.includes(v!),
    });
    expect(wordFeatures(only(["1.1"]))).toEqual(NO_FEATURES);
    expect(wordFeatures(only(["1.1", "1.3", "1.4"]))).toEqual(NO_REVISIONS);
    expect(wordFeatures(only(["1.1", "1.3", "1.4", "1.6"]))).toEqual(ALL);
    expect(wordFeatures(undefined)).toEqual(NO_FEATURES);
  });
});

describe("track changes on (point 7)", () => {
  it("removing a clause leaves a tracked deletion, which no longer lists nor counts", async () => {
    const { word, settings, office } = setup([clause(1, "a"), clause(2, "b")], {
      a: stored({ rythme: "mensuel" }),
      b: stored(),
    });
    word.trackChanges = true;
    const [first] = await listDocumentClauses(word.context, settings, ALL);
    word.syncCount = 0;
    expect(await removeClause(word.context, settings, first!, ALL)).toEqual({ ok: true });
    expect(word.syncCount).toBe(2);
    // Word keeps the control while the deletion is pending (office-js #1299).
    expect(word.committed.controls.map((c) => [c.id, c.deleted ?? false])).toEqual([
      [1, true],
      [2, false],
    ]);
    // Its parameters are kept, marked removed, in case the deletion is rejected.
    expect((office.saved.get(SETTINGS_KEY) as Record<string, unknown>)["a"]).toEqual({
      ...stored({ rythme: "mensuel" }),
      removed: true,
    });
    word.syncCount = 0;
    const list = await listDocumentClauses(word.context, settings, ALL);
    expect(list.map((c) => c.instance)).toEqual(["b"]);
    expect(word.syncCount).toBe(2);
  });

  it("the document check no longer counts a social clause deleted with track changes", async () => {
    const social: ControlState = {
      ...clause(1, "a"),
      tag: `spaser:clause-insertion@${insertion.version}#a`,
    };
    const { word, settings } = setup([social], { a: { ...stored(), id: "clause-insertion" } });
    const input = {
      launchDate: "2026-09-01",
      estimatedValue: 500_000,
      nature: "Services",
      documentType: "CCAP",
    } as const;
    const socialStatus = async (features: WordFeatures): Promise<string | undefined> => {
      const outcome = await checkWordDocument(word.context, settings, input, features);
      if (!outcome.ok) throw new Error(outcome.errors.join(" "));
      return outcome.result.findings.find((f) => f.rule === "condition-sociale")?.status;
    };
    expect(await socialStatus(ALL)).toBe("ok");
    word.trackChanges = true;
    const [listed] = await listDocumentClauses(word.context, settings, ALL);
    await removeClause(word.context, settings, listed!, ALL);
    // The control is still in the document (pending deletion) but no longer counts.
    expect(word.committed.controls).toHaveLength(1);
    expect(await socialStatus(ALL)).toBe("manquant");
  });

  it("a rejected deletion brings the clause back with its parameters", async () => {
    const { word, settings } = setup([clause(1, "a")], { a: stored({ rythme: "mensuel" }) });
    word.trackChanges = true;
    const [first] = await listDocumentClauses(word.context, settings, ALL);
    await removeClause(word.context, settings, first!, ALL);
    word.rejectDeletions();
    const list = await listDocumentClauses(word.context, settings, ALL);
    expect(list.map((c) => [c.instance, c.values])).toEqual([["a", { rythme: "mensuel" }]]);
  });

  it("a clause the user deleted by hand with tracking on is treated as removed (WordApi 1.6)", async () => {
    const { word, settings } = setup([clause(1, "a", { deleted: true }), clause(2, "b")], {
      a: stored(),
      b: stored(),
    });
    expect((await listDocumentClauses(word.context, settings, ALL)).map((c) => c.instance)).toEqual(
      ["b"],
    );
    // Without the fix (no tracked-change check) the deleted clause would still list and count.
    expect(
      (await listDocumentClauses(word.context, settings, NO_FEATURES)).map((c) => c.instance),
    ).toEqual(["a", "b"]);
  });

  it("without the tracked-changes API, the clauses the pane removed are still treated as removed", async () => {
    const { word, settings } = setup([clause(1, "a"), clause(2, "b")], {
      a: stored(),
      b: stored(),
    });
    word.trackChanges = true;
    const [first] = await listDocumentClauses(word.context, settings, NO_REVISIONS);
    await removeClause(word.context, settings, first!, NO_REVISIONS);
    word.syncCount = 0;
    const list = await listDocumentClauses(word.context, settings, NO_REVISIONS);
    expect(list.map((c) => c.instance)).toEqual(["b"]);
    expect(word.syncCount).toBe(1);
  });

  it("with tracking off, removing deletes the control and its settings entry", async () => {
    const { word, settings, office } = setup([clause(1, "a")], { a: stored() });
    const [first] = await listDocumentClauses(word.context, settings, ALL);
    await removeClause(word.context, settings, first!, ALL);
    expect(word.committed.controls).toEqual([]);
    expect(office.saved.get(SETTINGS_KEY)).toEqual({});
  });

  it("warns before updating a clause with review comments, and updates when asked again", async () => {
    const old = { ...clause(1, "a", { comments: ["Préciser le taux"] }) };
    old.tag = `spaser:emballages@0#a`;
    const { word, settings, deps } = setup([old], { a: { ...stored(), version: 0 } });
    const [listed] = await listDocumentClauses(word.context, settings, ALL);
    word.syncCount = 0;
    const first = await updateClause(word.context, deps, listed!);
    expect(first).toMatchObject({ ok: false, commentsAtRisk: 1 });
    expect(first.ok ? "" : first.message).toContain(
      "contient un commentaire de relecture, que la mise à jour supprimera",
    );
    expect(word.syncCount).toBe(2);
    // Nothing was written: the comment is still there.
    expect(word.committed.controls[0]!.comments).toEqual(["Préciser le taux"]);
    expect(word.committed.controls[0]!.tag).toBe("spaser:emballages@0#a");
    const second = await updateClause(word.context, deps, listed!);
    expect(second).toMatchObject({ ok: true });
    expect(word.committed.controls[0]!.tag).toBe(`spaser:emballages@${emballages.version}#a`);
    // As in Word, replacing the text dropped the comment (office-js #2574).
    expect(word.committed.controls[0]!.comments).toBeUndefined();
  });

  it("updates a clause without comments at once", async () => {
    const old = clause(1, "a");
    old.tag = `spaser:emballages@0#a`;
    const { word, settings, deps } = setup([old], { a: { ...stored(), version: 0 } });
    const [listed] = await listDocumentClauses(word.context, settings, ALL);
    word.syncCount = 0;
    expect(await updateClause(word.context, deps, listed!)).toMatchObject({ ok: true });
    expect(word.syncCount).toBe(3);
  });
});

describe("co-authoring (point 8)", () => {
  it("two co-authors inserting clauses keep each other's parameters", async () => {
    const alice = fakeOffice(["1.1", "1.3"], { [SETTINGS_KEY]: {} });
    // Bob opened the document before Alice saved: his in-memory settings do not have her clause.
    const bob = alice.coauthor();
    const word = new FakeWord();
    const deps = (office: typeof alice, prefix: string) => ({
      settings: new ClauseSettings(office.settings),
      builtInStyles: true,
      newInstance: () => prefix,
      features: NO_FEATURES,
    });
    await insertClause(word.context, deps(alice, "alice1"), insertion, { montant: "2 000 000" });
    await insertClause(word.context, deps(bob, "bob1"), emballages, {});
    const saved = alice.saved.get(SETTINGS_KEY) as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(["alice1", "bob1"]);
    expect(bob.refreshCount).toBe(1);
  });

  it("a co-author's removal keeps the other clauses, and lists see the co-author's changes", async () => {
    const alice = fakeOffice(["1.1"], { [SETTINGS_KEY]: { a: stored(), b: stored() } });
    const bob = alice.coauthor();
    const word = new FakeWord([clause(1, "a"), clause(2, "b")]);
    const aliceSettings = new ClauseSettings(alice.settings);
    const bobSettings = new ClauseSettings(bob.settings);
    const [, b] = await listDocumentClauses(word.context, bobSettings, NO_FEATURES);
    // Alice changes clause a's parameters; Bob then removes clause b.
    await aliceSettings.commit("a", stored({ rythme: "trimestriel" }));
    await removeClause(word.context, bobSettings, b!, NO_FEATURES);
    expect(alice.saved.get(SETTINGS_KEY)).toEqual({ a: stored({ rythme: "trimestriel" }) });
    const list = await listDocumentClauses(word.context, bobSettings, NO_FEATURES);
    expect(list.map((c) => [c.instance, c.values])).toEqual([["a", { rythme: "trimestriel" }]]);
  });
});

describe("cursor inside a SPASER clause (point 9)", () => {
  it("inserts after the enclosing clause, not inside it, in two syncs", async () => {
    const { word, deps } = setup([clause(1, "a"), clause(2, "b")], { a: stored(), b: stored() });
    word.cursorIn = 1;
    const result = await insertClause(word.context, deps, insertion, { montant: "2 000 000" });
    expect(result).toMatchObject({ ok: true, movedAfter: emballages.title });
    expect(word.syncCount).toBe(2);
    const added = word.committed.controls.find((c) => c.tag.includes("clause-insertion"))!;
    expect(added.parentId).toBeUndefined();
    expect(word.committed.controls.map((c) => c.id)).toEqual([1, added.id, 2]);
  });

  it("climbs through a foreign control inside the clause", async () => {
    const foreign: ControlState = { ...clause(3, "x"), tag: "date-picker", parentId: 1 };
    const { word, deps } = setup([clause(1, "a"), foreign], { a: stored() });
    word.cursorIn = 3;
    await insertClause(word.context, deps, insertion, { montant: "2 000 000" });
    const added = word.committed.controls.find((c) => c.tag.includes("clause-insertion"))!;
    expect(added.parentId).toBeUndefined();
    expect(word.syncCount).toBe(3);
  });

  it("in plain text inserts at the cursor; without WordApi 1.3, in one sync (and nested, as before)", async () => {
    const plain = setup([clause(1, "a")], { a: stored() });
    await insertClause(plain.word.context, plain.deps, insertion, { montant: "2 000 000" });
    expect(plain.word.syncCount).toBe(2);
    const old = setup([clause(1, "a")], { a: stored() }, NO_FEATURES);
    old.word.cursorIn = 1;
    await insertClause(old.word.context, old.deps, insertion, { montant: "2 000 000" });
    expect(old.word.syncCount).toBe(1);
    // What the fix avoids: the new control lands inside the clause.
    expect(old.word.committed.controls.at(-1)!.parentId).toBe(1);
  });
});

describe("round-trip budget with every feature (PRODUCT §10)", () => {
  it("checks 200 clauses, 10 of them deleted with track changes, in 2 syncs", async () => {
    const controls: ControlState[] = [];
    const entries: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) {
      controls.push(clause(i + 1, `k${i}`, i % 20 === 0 ? { deleted: true } : {}));
      entries[`k${i}`] = stored();
    }
    const { word, settings } = setup(controls, entries);
    const list = await listDocumentClauses(word.context, settings, ALL);
    expect(list).toHaveLength(190);
    expect(word.syncCount).toBe(2);
  });
});
