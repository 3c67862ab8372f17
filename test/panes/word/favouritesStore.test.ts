import {
  favouriteKey,
  type KeyValueStorage,
  loadFavourites,
  toggleFavourite,
} from "../../../src/panes/word/model/favouritesStore";

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

class BrokenStorage implements KeyValueStorage {
  getItem(): string | null {
    throw new Error("SecurityError");
  }
  setItem(): void {
    throw new Error("QuotaExceededError");
  }
  removeItem(): void {
    throw new Error("SecurityError");
  }
}

const IDS = ["clause-insertion", "critere-social", "marche-reserve"];

describe("favourites store", () => {
  it("keeps favourites between sessions, one key per template id", () => {
    const storage = new MemoryStorage();
    let favs = toggleFavourite(storage, loadFavourites(storage, IDS), "clause-insertion");
    favs = toggleFavourite(storage, favs, "marche-reserve");
    expect([...favs].sort()).toEqual(["clause-insertion", "marche-reserve"]);
    expect(storage.getItem(favouriteKey("clause-insertion"))).toBe("1");
    // A new session reads the same storage.
    expect([...loadFavourites(storage, IDS)].sort()).toEqual([
      "clause-insertion",
      "marche-reserve",
    ]);
  });

  it("removes a favourite toggled twice, from the set and from storage", () => {
    const storage = new MemoryStorage();
    const on = toggleFavourite(storage, new Set(), "critere-social");
    const off = toggleFavourite(storage, on, "critere-social");
    expect(off.has("critere-social")).toBe(false);
    expect(on.has("critere-social")).toBe(true); // the previous set is not mutated
    expect(storage.data.size).toBe(0);
    expect(loadFavourites(storage, IDS).size).toBe(0);
  });

  it("ignores ids no longer in the library and values other than the marker", () => {
    const storage = new MemoryStorage();
    storage.setItem(favouriteKey("ancienne-clause"), "1");
    storage.setItem(favouriteKey("critere-social"), "oui");
    expect(loadFavourites(storage, IDS).size).toBe(0);
  });

  it("works for the session when storage is missing or refuses access", () => {
    expect(loadFavourites(null, IDS).size).toBe(0);
    expect([...toggleFavourite(null, new Set(), "clause-insertion")]).toEqual(["clause-insertion"]);
    const broken = new BrokenStorage();
    expect(loadFavourites(broken, IDS).size).toBe(0);
    expect([...toggleFavourite(broken, new Set(), "clause-insertion")]).toEqual([
      "clause-insertion",
    ]);
  });
});
