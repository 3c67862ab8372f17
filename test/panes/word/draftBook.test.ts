import { findTemplate } from "../../../src/clauses/registry";
import {
  draftFor,
  resetDraft,
  undoReset,
  withField,
  withValues,
} from "../../../src/panes/word/model/draftBook";
import { initialDraft } from "../../../src/panes/word/model/parameterDraft";

const insertion = findTemplate("clause-insertion")!;
const other = findTemplate("critere-social-insertion")!;

describe("forms kept per clause", () => {
  it("gives the defaults on a first opening, then the form as it was left", () => {
    let book = {};
    expect(draftFor(book, insertion)).toEqual(initialDraft(insertion));
    book = withField(book, insertion, "taux", "10");
    // Another clause opened and closed in between does not touch it.
    book = withField(book, other, Object.keys(other.parameters)[0]!, "1");
    expect(draftFor(book, other)).not.toEqual(initialDraft(other));
    expect(draftFor(book, insertion)).toEqual({ ...initialDraft(insertion), taux: "10" });
  });

  it("refills from a selection entry's values", () => {
    const book = withValues({}, insertion, { taux: 0.125 });
    expect(draftFor(book, insertion)["taux"]).toBe("12,5\u00a0%");
  });

  it("resets to the defaults, and the reset can be undone", () => {
    const edited = withField(
      withField({}, insertion, "taux", "10"),
      insertion,
      "montant",
      "2 000 000",
    );
    const { book, undo } = resetDraft(edited, insertion);
    expect(draftFor(book, insertion)).toEqual(initialDraft(insertion));
    expect(undo).not.toBeNull();
    expect(draftFor(undoReset(book, undo!), insertion)).toEqual(draftFor(edited, insertion));
  });

  it("offers no undo when the form already held the defaults", () => {
    expect(resetDraft({}, insertion).undo).toBeNull();
  });
});
