import { readCsvRows, detectSeparator } from "../../src/decp/csvRows";
import { detectFormat } from "../../src/decp/detectFormat";
import { readJsonRecords } from "../../src/decp/jsonRecordReader";
import { readXmlRecords } from "../../src/decp/xmlRecordReader";
import { chunksOf } from "../../src/decp/textChunks";
import type { DecpSourceRecord } from "../../src/decp/decpTypes";
import { collect } from "./fixtureFile";

const enc = (s: string) => new TextEncoder().encode(s);

function ids(records: DecpSourceRecord[]): unknown[] {
  return records.map((r) => (r.kind === "marche" ? r.marche.id : r.kind));
}

describe("detectFormat", () => {
  it.each([
    ['  {"marches": []}', "json"],
    ["\ufeff[1]", "json"],
    ["42", "json"],
    ['"texte"', "json"],
    ['<?xml version="1.0"?><marches/>', "xml"],
    ["id;objet\n", "csv"],
    ['"id";"objet"\n', "csv"],
    ["PK\u0003\u0004", "xlsx"],
  ])("%j → %s", (text, format) => expect(detectFormat(enc(text))).toBe(format));
});

describe("readJsonRecords shapes", () => {
  it.each([
    ['{"marches": {"marche": [{"id": "a"}, {"id": "b"}]}}', ["a", "b"]],
    ['{"marches": [{"id": "a"}, {"id": "b"}]}', ["a", "b"]],
    ['[{"id": "a"}, {"id": "b"}]', ["a", "b"]],
    ['{"marches": {"marche": {"id": "seul"}}}', ["seul"]],
    [
      '{"version": "2.0", "marches": {"contrat-concession": [{"id": "c"}], "marche": [{"id": "a"}]}}',
      ["concession", "a"],
    ],
    ['{"autre": [{"id": "x"}]}', []],
    ['{"marches": [1, {"id": "a"}]}', ["invalid", "a"]],
  ])("%s", async (text, expected) => {
    for (const size of [1, 3, 1000])
      expect(ids(await collect(readJsonRecords(chunksOf(text, size))))).toEqual(expected);
  });

  it("reads both list shapes of considerations and modifications", async () => {
    const text = JSON.stringify({
      marches: [
        {
          id: "a",
          considerationsSociales: { considerationSociale: "Clause sociale" },
          considerationsEnvironnementales: ["Clause environnementale"],
          modifications: { modification: [{ montant: 1 }, { montant: 2 }] },
        },
        {
          id: "b",
          considerationsSociales: [],
          modifications: [{ modification: { dureeMois: 3 } }],
        },
      ],
    });
    const [a, b] = await collect(readJsonRecords(chunksOf(text, 5)));
    if (a?.kind !== "marche" || b?.kind !== "marche") throw new Error("expected contracts");
    expect(a.marche.considerationsSociales).toEqual(["Clause sociale"]);
    expect(a.marche.considerationsEnvironnementales).toEqual(["Clause environnementale"]);
    expect(a.marche.modifications.map((m) => m.montant)).toEqual([1, 2]);
    expect(b.marche.considerationsSociales).toEqual([]);
    expect(b.marche.considerationsEnvironnementales).toBeUndefined();
    expect(b.marche.modifications.map((m) => m.dureeMois)).toEqual([3]);
  });

  it("does not let a `__proto__` key reach object prototypes", async () => {
    const [r] = await collect(
      readJsonRecords(
        chunksOf('[{"id": "a", "__proto__": {"polluted": true}, "acheteur": {"__proto__": 1}}]'),
      ),
    );
    expect(r?.kind).toBe("marche");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("readXmlRecords", () => {
  it("finds <marche> at any depth and skips concessions whole", async () => {
    const xml =
      "<export><donnees><marches><marche><id>a</id></marche>" +
      "<contrat-concession><id>c</id><concessionnaires><concessionnaire/></concessionnaires></contrat-concession>" +
      "<marche><id>b</id><lots><marche><id>inner</id></marche></lots></marche></marches></donnees></export>";
    for (const size of [3, 1000]) {
      expect(ids(await collect(readXmlRecords(chunksOf(xml, size))))).toEqual([
        "a",
        "concession",
        "b",
      ]);
    }
  });

  it("reads a document whose root is a single <marche>, with namespace prefixes", async () => {
    const xml = '<d:marche xmlns:d="urn:x"><d:id>solo</d:id><d:montant>10</d:montant></d:marche>';
    const records = await collect(readXmlRecords(chunksOf(xml, 4)));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: "marche", marche: { id: "solo", montant: "10" } });
  });
});

describe("readCsvRows", () => {
  it.each([
    ["a;b,c;d", ";"],
    ["a,b,c;d", ","],
    ['"a;b",c,d', ","],
    ["a\tb\tc", "\t"],
    ["seul", ";"],
  ])("detects the separator of %j", (line, sep) => expect(detectSeparator(line)).toBe(sep));

  it("gives the same rows however the file is cut, CRLF and quotes included", async () => {
    const text = 'id;objet\r\n1;"a ""b""; c"\r\n2;"ligne\r\nsuivante"\r\n\r\n3;fin';
    const expected = [
      ["id", "objet"],
      ["1", 'a "b"; c'],
      ["2", "ligne\r\nsuivante"],
      [""],
      ["3", "fin"],
    ];
    for (const size of [1, 2, 3, 5, 100])
      expect(await collect(readCsvRows(chunksOf(text, size)))).toEqual(expected);
  });
});
