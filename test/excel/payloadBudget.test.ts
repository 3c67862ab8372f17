import { jsonBytes } from "../../src/excel/payloadBudget";

describe("jsonBytes", () => {
  it("is the UTF-8 length of the value's JSON, escapes included", () => {
    for (const v of [
      "",
      "Marché n° 12 : entretien",
      'il a dit "oui"',
      "C:\\dossier",
      "ligne 1\nligne 2\ttab",
      "\u0001\u001f",
      "émoji 🌿 et 漢字",
      125_000.5,
      -3,
      true,
      null,
      { error: "#N/A" },
    ]) {
      expect([v, jsonBytes(v)]).toEqual([v, Buffer.byteLength(JSON.stringify(v), "utf8")]);
    }
  });
});
