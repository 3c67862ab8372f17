import { findTemplate } from "../../../src/clauses/registry";
import { defaultValues } from "../../../src/clauses/parameters";
import {
  addToSelection,
  exportArguments,
  inSelection,
  removeFromSelection,
  type Selection,
  selectionClauses,
} from "../../../src/panes/word/model/selection";

const insertion = findTemplate("clause-insertion")!;
const other = findTemplate("note-exception-l2112-2-1")!;

describe("selection basket", () => {
  it("adds in order, replaces a template's parameters instead of duplicating it, removes", () => {
    let s: Selection = [];
    s = addToSelection(s, { templateId: insertion.id, values: defaultValues(insertion) });
    s = addToSelection(s, { templateId: other.id, values: defaultValues(other) });
    const changed = { ...defaultValues(insertion), montant: 2_000_000 };
    s = addToSelection(s, { templateId: insertion.id, values: changed });
    expect(s.map((e) => e.templateId)).toEqual([insertion.id, other.id]);
    expect(s[0]?.values["montant"]).toBe(2_000_000);
    expect(inSelection(s, other.id)).toBe(true);
    s = removeFromSelection(s, other.id);
    expect(inSelection(s, other.id)).toBe(false);
    expect(s).toHaveLength(1);
  });

  it("gives the export its templates in order and parameters by id, skipping unknown ids", () => {
    const s: Selection = [
      { templateId: other.id, values: {} },
      { templateId: "disparue", values: {} },
      { templateId: insertion.id, values: { montant: 3 } },
    ];
    const { templates, params } = exportArguments(s);
    expect(templates.map((t) => t.id)).toEqual([other.id, insertion.id]);
    expect(params).toEqual({ [other.id]: {}, [insertion.id]: { montant: 3 } });
    expect(selectionClauses(s)).toEqual([
      { id: other.id, version: other.version },
      { id: insertion.id, version: insertion.version },
    ]);
  });
});
