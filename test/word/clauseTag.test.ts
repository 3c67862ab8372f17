import { formatClauseTag, newInstanceKey, parseClauseTag } from "../../src/word/clauseTag";

describe("clause tags", () => {
  it("round-trips", () => {
    const tag = { id: "clause-insertion", version: 3, instance: "k7f3q9zt01" };
    expect(formatClauseTag(tag)).toBe("spaser:clause-insertion@3#k7f3q9zt01");
    expect(parseClauseTag(formatClauseTag(tag))).toEqual(tag);
  });

  it.each([
    "",
    "spaser:",
    "spaser:clause@x#a",
    "spaser:clause@1",
    "autre:clause@1#a",
    "spaser:Clause@1#a",
    " spaser:a@1#b",
  ])("refuses %j", (text) => {
    expect(parseClauseTag(text)).toBeNull();
  });

  it("makes distinct base-36 instance keys", () => {
    const keys = new Set(Array.from({ length: 200 }, newInstanceKey));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k).toMatch(/^[a-z0-9]{10}$/);
  });
});
