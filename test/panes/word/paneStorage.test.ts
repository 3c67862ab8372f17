import type { Selection } from "../../../src/panes/word/model/selection";
import {
  favouriteKey,
  loadFavourites,
  toggleFavourite,
} from "../../../src/panes/word/model/favouritesStore";
import {
  type KeyValueStorage,
  partitioned,
  readItem,
  writeItem,
} from "../../../src/panes/word/model/paneStorage";
import {
  loadSelection,
  saveSelection,
  SELECTION_KEY,
} from "../../../src/panes/word/model/selectionStore";

/** An in-memory Web Storage (the storage is the collaborator, not the thing under test). */
class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const refusing: KeyValueStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

describe("one storage module for favourites and selection", () => {
  it("prefixes every key with Office's partition key, and only then", () => {
    const memory = new MemoryStorage();
    const office = partitioned(memory, "doc-42")!;
    toggleFavourite(office, new Set(), "clause-insertion");
    saveSelection(office, [{ templateId: "clause-insertion", values: {} }]);
    expect([...memory.data.keys()].sort()).toEqual(
      [`doc-42/${favouriteKey("clause-insertion")}`, `doc-42/${SELECTION_KEY}`].sort(),
    );
    // Another document's pane (another partition) sees nothing of it.
    const elsewhere = partitioned(memory, "doc-7");
    expect(loadFavourites(elsewhere, ["clause-insertion"]).size).toBe(0);
    expect(loadSelection(elsewhere)).toEqual([]);
    expect(partitioned(memory, undefined)).toBe(memory);
    expect(partitioned(null, "doc-42")).toBeNull();
  });

  it("never throws when the storage refuses", () => {
    expect(readItem(refusing, "k")).toBeNull();
    expect(writeItem(refusing, "k", "v")).toBe(false);
    expect(writeItem(null, "k", "v")).toBe(false);
    expect(saveSelection(refusing, [])).toBe(false);
    expect(loadSelection(refusing)).toEqual([]);
  });
});

describe("the selection kept across reloads", () => {
  it("reads back what was saved, in order", () => {
    const memory = new MemoryStorage();
    const selection: Selection = [
      { templateId: "reserve-ea-esat", values: {} },
      { templateId: "clause-insertion", values: { taux: 0.1 } },
    ];
    expect(saveSelection(memory, selection)).toBe(true);
    const back = loadSelection(memory);
    expect(back.map((e) => e.templateId)).toEqual(["reserve-ea-esat", "clause-insertion"]);
    expect(back[1]!.values["taux"]).toBe(0.1);
  });

  it("forgets the key when the selection is emptied", () => {
    const memory = new MemoryStorage();
    saveSelection(memory, [{ templateId: "clause-insertion", values: {} }]);
    saveSelection(memory, []);
    expect(memory.data.has(SELECTION_KEY)).toBe(false);
  });

  it.each([
    ["not JSON", "{oops"],
    ["another shape", JSON.stringify({ v: 2, entries: [] })],
    ["an array", JSON.stringify([{ templateId: "clause-insertion" }])],
  ])("starts empty from %s", (_what, text) => {
    const memory = new MemoryStorage();
    memory.setItem(SELECTION_KEY, text);
    expect(loadSelection(memory)).toEqual([]);
  });

  it("drops entries the library no longer knows or accepts, keeps the others", () => {
    const memory = new MemoryStorage();
    memory.setItem(
      SELECTION_KEY,
      JSON.stringify({
        v: 1,
        entries: [
          { templateId: "retired-template", values: {} },
          { templateId: "clause-insertion", values: { taux: 5 } },
          { templateId: "reserve-ea-esat", values: {} },
          { templateId: "reserve-ea-esat", values: {} },
        ],
      }),
    );
    expect(loadSelection(memory).map((e) => e.templateId)).toEqual(["reserve-ea-esat"]);
  });
});
