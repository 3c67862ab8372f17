import { findTemplate } from "../../../src/clauses/registry";
import { renderTemplate } from "../../../src/clauses/render";
import { clauseText } from "../../../src/panes/word/model/clauseText";
import { describeError } from "../../../src/panes/word/model/describeError";
import { ClauseParametersError } from "../../../src/clauses/docxExport";
import { WORD_MESSAGES } from "../../../src/word/messages";

describe("copied text and error messages", () => {
  it("copies the title then each paragraph, separated by blank lines", () => {
    const rendered = renderTemplate(findTemplate("clause-insertion")!);
    if (!rendered.ok) throw new Error("defaults refused");
    const text = clauseText(rendered.clause);
    const blocks = text.split("\n\n");
    expect(blocks[0]).toBe(rendered.clause.title);
    expect(blocks.slice(1)).toEqual(rendered.clause.paragraphs);
    expect(text).toContain("833\u00a0heures");
  });

  it("shows French messages written for the user as they are, anything else as unexpected", () => {
    const params = new ClauseParametersError("clause-insertion", [
      { name: "taux", message: "« Taux » doit être au plus 30 %." },
    ]);
    expect(describeError(params)).toBe(params.message);
    const save = new Error(WORD_MESSAGES.saveFailed("quota"));
    expect(describeError(save)).toBe(save.message);
    expect(describeError(new TypeError("x is undefined"))).toBe(
      "Erreur inattendue\u00a0: x is undefined",
    );
    expect(describeError("GeneralException")).toBe("Erreur inattendue\u00a0: GeneralException");
  });
});
