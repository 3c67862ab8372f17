import { ClauseSettings, SETTINGS_KEY } from "../../src/word/clauseSettings";
import { fakeOffice } from "./fakeOffice";

describe("ClauseSettings", () => {
  it("stores, reads and deletes entries, saved in the document only by save()", async () => {
    const office = fakeOffice();
    const settings = new ClauseSettings(office.settings);
    settings.put("a1", { id: "emballages", version: 1, values: { rythme: "mensuel" } });
    expect(settings.get("a1")).toEqual({
      id: "emballages",
      version: 1,
      values: { rythme: "mensuel" },
    });
    expect(office.saved.get(SETTINGS_KEY)).toBeUndefined();
    await settings.save();
    expect(office.saved.get(SETTINGS_KEY)).toEqual({
      a1: { id: "emballages", version: 1, values: { rythme: "mensuel" } },
    });
    settings.delete("a1");
    await settings.save();
    expect(office.saved.get(SETTINGS_KEY)).toEqual({});
  });

  it("skips malformed entries coming from the document", () => {
    const office = fakeOffice(["1.1"], {
      [SETTINGS_KEY]: {
        ok: { id: "emballages", version: 1, values: {} },
        bad1: { id: 5 },
        bad2: "texte",
        bad3: { id: "x", version: 1, values: { a: { nested: true } } },
      },
    });
    expect([...new ClauseSettings(office.settings).all().keys()]).toEqual(["ok"]);
    expect(
      new ClauseSettings(fakeOffice(["1.1"], { [SETTINGS_KEY]: "corrompu" }).settings).all().size,
    ).toBe(0);
  });

  it("rejects with a French message when saving fails", async () => {
    const office = fakeOffice();
    office.failNextSave = true;
    await expect(new ClauseSettings(office.settings).save()).rejects.toThrow(
      "Les paramètres de la clause n'ont pas pu être enregistrés dans le document (document en lecture seule).",
    );
  });
});
