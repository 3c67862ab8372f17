import { listTemplates } from "../../../src/clauses/registry";
import { EMPTY_FILTER, filterClauses } from "../../../src/panes/word/model/clauseFilter";

const none = new Set<string>();
const ids = (list: readonly { id: string }[]): string[] => list.map((t) => t.id);

describe("filterClauses", () => {
  it("shows the whole library when nothing is typed or chosen", () => {
    expect(ids(filterClauses(EMPTY_FILTER, none))).toEqual(ids(listTemplates()));
  });

  it.each(["insertion", "insértion", "INSERTION", "  Insertion  "])(
    "finds the clause d'insertion from « %s », accents and case ignored",
    (query) => {
      const found = ids(filterClauses({ ...EMPTY_FILTER, query }, none));
      expect(found).toContain("clause-insertion");
      // Title matches come first.
      expect(found[0]).toBe("clause-insertion");
    },
  );

  it("finds nothing for a word absent from the library", () => {
    expect(filterClauses({ ...EMPTY_FILTER, query: "zzzqqq" }, none)).toEqual([]);
  });

  it("filters by category, lever and document, all together", () => {
    const filter = {
      ...EMPTY_FILTER,
      category: "environnementale",
      lever: "critère d'attribution",
      document: "RC",
    } as const;
    const found = filterClauses(filter, none);
    expect(found.length).toBeGreaterThan(0);
    for (const t of found) {
      expect(t.category).toBe("environnementale");
      expect(t.lever).toBe("critère d'attribution");
      expect(t.documents).toContain("RC");
    }
    // Every template meeting the three conditions is listed.
    const expected = listTemplates().filter(
      (t) =>
        t.category === "environnementale" &&
        t.lever === "critère d'attribution" &&
        t.documents.includes("RC"),
    );
    expect(new Set(ids(found))).toEqual(new Set(ids(expected)));
  });

  it("lists favourites first, and only them when asked", () => {
    const all = listTemplates();
    const last = all[all.length - 1]!.id;
    const second = all[1]!.id;
    const favourites = new Set([last, second]);
    const ordered = ids(filterClauses(EMPTY_FILTER, favourites));
    expect(ordered.slice(0, 2)).toEqual([second, last]);
    expect(ordered).toHaveLength(all.length);
    expect(ids(filterClauses({ ...EMPTY_FILTER, favouritesOnly: true }, favourites))).toEqual([
      second,
      last,
    ]);
  });

  it("combines favourites only with a search", () => {
    const favourites = new Set(["clause-insertion", listTemplates().at(-1)!.id]);
    const found = filterClauses(
      { ...EMPTY_FILTER, query: "insertion", favouritesOnly: true },
      favourites,
    );
    expect(ids(found)).toEqual(["clause-insertion"]);
  });
});
