import { normalizeForSearch } from "../../src/clauses/normalizeSearch";
import { findTemplate, listTemplates, searchTemplates } from "../../src/clauses/registry";

describe("normalizeForSearch", () => {
  it.each([
    ["Égalité Femmes-Hommes", "egalite femmes hommes"],
    ["main-d’œuvre", "main d oeuvre"],
    ["  L2112-2-1 ", "l2112 2 1"],
    ["CŒUR", "coeur"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe("registry", () => {
  it("finds a template by id", () => {
    expect(findTemplate("clause-insertion")?.title).toMatch(/insertion/);
    expect(findTemplate(" reserve-siae ")?.id).toBe("reserve-siae");
    expect(findTemplate("inexistant")).toBeUndefined();
  });

  it("searches without accents or case", () => {
    const ids = searchTemplates("EGALITE").map((t) => t.id);
    expect(ids).toContain("egalite-femmes-hommes");
    expect(searchTemplates("réemploi").map((t) => t.id)).toEqual(
      expect.arrayContaining(["reemploi-materiaux", "agec-reemploi-recycle", "numerique-reprise"]),
    );
  });

  it("requires every word and puts title matches first", () => {
    const ids = searchTemplates("critere environnemental").map((t) => t.id);
    expect(ids[0]).toBe("critere-environnemental");
    expect(searchTemplates("insertion xylophone")).toEqual([]);
  });

  it("filters by category, lever and document", () => {
    const rc = searchTemplates("", { document: "RC", lever: "critère d'attribution" });
    expect(rc.length).toBeGreaterThanOrEqual(4);
    for (const t of rc) {
      expect(t.documents).toContain("RC");
      expect(t.lever).toBe("critère d'attribution");
    }
    const social = searchTemplates("", { category: "sociale" });
    expect(social.every((t) => t.category === "sociale")).toBe(true);
    expect(social.length + searchTemplates("", { category: "environnementale" }).length).toBe(
      listTemplates().length,
    );
  });

  it("an empty query lists everything in library order", () => {
    expect(searchTemplates("  ").map((t) => t.id)).toEqual(listTemplates().map((t) => t.id));
  });
});
