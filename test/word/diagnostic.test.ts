/**
 * The Word self-test against the fake: every step runs and is reported, track changes is
 * suspended and restored, and the document (controls, paragraphs, saved settings) is left as
 * it was.
 */
import { ClauseSettings, SETTINGS_KEY } from "../../src/word/clauseSettings";
import { runWordDiagnostic } from "../../src/word/diagnostic";
import { NO_FEATURES, type WordFeatures } from "../../src/word/wordFeatures";
import { type ControlState, FakeWord } from "./fakeWord";
import { fakeOffice } from "./fakeOffice";

const ALL: WordFeatures = {
  parentControls: true,
  comments: true,
  trackingMode: true,
  trackedChanges: true,
};

const existing: ControlState = {
  id: 1,
  tag: "spaser:emballages@1#user1",
  title: "Emballages",
  appearance: "BoundingBox",
  paragraphs: [{ text: "Emballages", style: "Heading3" }],
};

function setup() {
  const word = new FakeWord([existing]);
  const office = fakeOffice(["1.1", "1.3", "1.4", "1.6"], {
    [SETTINGS_KEY]: { user1: { id: "emballages", version: 1, values: {} } },
  });
  return { word, office, settings: new ClauseSettings(office.settings) };
}

describe("Word diagnostic", () => {
  it("runs every step on a scratch paragraph and leaves the document as it was", async () => {
    const { word, office, settings } = setup();
    const before = structuredClone(word.committed);
    const savedBefore = structuredClone(office.saved.get(SETTINGS_KEY));
    const steps = await runWordDiagnostic(word.context, {
      settings,
      features: ALL,
      builtInStyles: true,
      instance: "diag1",
    });
    expect(steps.map((s) => [s.label, s.status, s.detail])).toEqual([
      ["Lecture des clauses du document", "ok", undefined],
      ["Suivi des modifications (WordApi 1.4)", "ok", undefined],
      ["Insertion d’une clause d’essai (contrôle de contenu, étiquette, styles)", "ok", undefined],
      ["Recherche de la clause par son étiquette", "ok", undefined],
      ["Paramètres enregistrés dans le document (aller-retour)", "ok", undefined],
      ["Commentaires de la clause (WordApi 1.4)", "ok", undefined],
      ["Suppression de la clause d’essai", "ok", undefined],
    ]);
    expect(word.committed).toEqual(before);
    expect(office.saved.get(SETTINGS_KEY)).toEqual(savedBefore);
  });

  it("suspends track changes so that no tracked deletion is left, and turns it back on", async () => {
    const { word, settings } = setup();
    word.trackChanges = true;
    const before = structuredClone(word.committed);
    const steps = await runWordDiagnostic(word.context, {
      settings,
      features: ALL,
      builtInStyles: true,
      instance: "diag2",
    });
    expect(steps.every((s) => s.status === "ok")).toBe(true);
    expect(word.trackChanges).toBe(true);
    expect(word.committed).toEqual(before);
  });

  it("on Word 2016 (WordApi 1.1 only) still runs the basic steps", async () => {
    const { word, settings } = setup();
    const before = structuredClone(word.committed);
    const steps = await runWordDiagnostic(word.context, {
      settings,
      features: NO_FEATURES,
      builtInStyles: false,
      instance: "diag3",
    });
    expect(steps.map((s) => s.status)).toEqual(["ok", "ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(word.committed).toEqual(before);
  });

  it("reports a failed step with its error and still cleans up", async () => {
    const { word, office, settings } = setup();
    const savedBefore = structuredClone(office.saved.get(SETTINGS_KEY));
    office.failNextSave = true;
    const steps = await runWordDiagnostic(word.context, {
      settings,
      features: ALL,
      builtInStyles: true,
      instance: "diag4",
    });
    const failed = steps.find((s) => s.status === "failed")!;
    expect(failed.label).toBe("Paramètres enregistrés dans le document (aller-retour)");
    expect(failed.detail).toContain("document en lecture seule");
    expect(steps.at(-1)).toMatchObject({ status: "ok" });
    expect(word.committed.controls.map((c) => c.id)).toEqual([1]);
    expect(office.saved.get(SETTINGS_KEY)).toEqual(savedBefore);
  });
});
