import {
  CONFIRMATION_MS,
  feedback,
  feedbackLifetime,
} from "../../../src/panes/word/model/feedback";
import { activeFilterCount, EMPTY_FILTER } from "../../../src/panes/word/model/clauseFilter";
import { FIELD_TEXT, M } from "../../../src/panes/word/messages";

describe("feedback after an action", () => {
  it("lets confirmations go by themselves, keeps errors and undo offers", () => {
    expect(feedbackLifetime(feedback("success", "Copié."))).toBe(CONFIRMATION_MS);
    expect(feedbackLifetime(feedback("error", "Impossible."))).toBeNull();
    expect(feedbackLifetime(feedback("success", "Rétabli.", true))).toBeNull();
  });

  it("gives two equal messages two identities (each announced afresh)", () => {
    expect(feedback("success", "x").id).not.toBe(feedback("success", "x").id);
  });
});

describe("French wording", () => {
  it("says what to do, naming the fields, with one or several", () => {
    expect(M.fixParameters(["Taux"])).toBe(
      "Corrigez le paramètre «\u00a0Taux\u00a0», signalé sous son champ, puis recommencez.",
    );
    expect(M.fixParameters(["A", "B", "C"])).toBe(
      "Corrigez les 3 paramètres signalés sous leur champ («\u00a0A\u00a0», «\u00a0B\u00a0» et «\u00a0C\u00a0»), puis recommencez.",
    );
    expect(M.errorTitle).toBe("Action impossible");
  });

  it("writes plurals, not « (s) »", () => {
    expect(FIELD_TEXT.tooShort("Motif", 1)).toMatch(/1 caractère\.$/);
    expect(FIELD_TEXT.tooShort("Motif", 3)).toMatch(/3 caractères\.$/);
    expect(M.tabSelection(1)).toBe("Sélection (1 clause)");
    expect(M.tabSelection(2)).toBe("Sélection (2 clauses)");
    expect(M.filtersLabel(1)).toBe("Filtres, 1 filtre actif");
    expect(M.filtersLabel(2)).toBe("Filtres, 2 filtres actifs");
  });

  it("uses typographic apostrophes and no-break spaces in every pane text", () => {
    const texts: string[] = [];
    const call = (f: (...a: unknown[]) => unknown): unknown => {
      try {
        return f("X", "Y");
      } catch {
        // Functions of lists (documents, labels).
        return f(["X", "Y"], ["X", "Y"]);
      }
    };
    const collect = (value: unknown): void => {
      if (typeof value === "string") texts.push(value);
      else if (typeof value === "function") collect(call(value as (...a: unknown[]) => unknown));
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(M);
    collect(FIELD_TEXT);
    for (const text of texts) {
      expect(text).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
      expect(text).not.toMatch(/ [:;!?%»]|«[^\u00a0\u202f]|[^\u00a0\u202f]»/u);
    }
  });
});

describe("active filters", () => {
  it("counts the filters that narrow the list, not the search text", () => {
    expect(activeFilterCount({ ...EMPTY_FILTER, query: "eau" })).toBe(0);
    expect(
      activeFilterCount({
        ...EMPTY_FILTER,
        category: "sociale",
        document: "RC",
        favouritesOnly: true,
      }),
    ).toBe(3);
  });
});
