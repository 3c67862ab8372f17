/**
 * DECP files as they are published (issue 8 item 6, issue 9 item 9): Python's `NaN`, empty
 * lists, huge or odd values, duplicate keys, encodings, XML errors. Each anomaly is a French
 * line in the report; the rest of the file is imported.
 */
import { importDecp, type DecpImportResult } from "../../src/decp/importDecp";
import { MAX_CELL_TEXT } from "../../src/decp/mapMarche";
import { chunksOf } from "../../src/decp/textChunks";
import type { DecpIssue } from "../../src/decp/decpTypes";
import { detectFormat } from "../../src/decp/detectFormat";

const BUYER = "12345678900011";

function marche(fields: Record<string, unknown> | string): string {
  const base = {
    id: "2024-0001",
    acheteur: { id: BUYER },
    objet: "Travaux",
    codeCPV: "45233141-9",
    procedure: "Appel d'offres ouvert",
    montant: 1000,
    dateNotification: "2024-03-15",
    dureeMois: 12,
    considerationsSociales: ["Clause sociale"],
    considerationsEnvironnementales: ["Clause environnementale"],
  };
  if (typeof fields === "string") return `{${JSON.stringify(base).slice(1, -1)},${fields}}`;
  return JSON.stringify({ ...base, ...fields });
}

async function run(
  text: string | Uint8Array,
  chunkSize = 13,
): Promise<DecpImportResult & { ok: true }> {
  const r = await importDecp(chunksOf(text, chunkSize));
  if (!r.ok) throw new Error(r.message);
  return r;
}

const issue = (r: { issues: readonly DecpIssue[] }, field: string): DecpIssue | undefined =>
  r.issues.find((i) => i.field === field);

describe("DECP JSON written by Python", () => {
  test("NaN, Infinity and -Infinity are missing values with an anomaly line; the rest is imported", async () => {
    const text = `{"marches": [${marche(`"montant2": 1, "titulaires": [{"id": NaN}]`)}, ${marche({ id: "2024-0002" }).replace('"montant":1000', '"montant":NaN').replace('"dureeMois":12', '"dureeMois":-Infinity')}, ${marche({ id: "2024-0003" }).replace('"objet":"Travaux"', '"objet":Infinity')}]}`;
    const r = await run(text, 5);
    expect(r.contracts.map((c) => c.row.reference)).toEqual([
      "2024-0001",
      "2024-0002",
      "2024-0003",
    ]);
    const second = r.contracts[1]!.row;
    expect([second.montant, second.dureeMois]).toEqual([null, null]);
    expect(r.contracts[2]!.row.objet).toBeNull();
    const nan = r.issues.filter((i) => /écrite par Python/.test(i.action));
    expect(nan.map((i) => [i.record, i.field, i.value])).toEqual([
      ["enregistrement n°\u00a01", "titulaires", "NaN"],
      ["enregistrement n°\u00a02", "montant", "NaN"],
      ["enregistrement n°\u00a02", "dureeMois", "-Infinity"],
      ["enregistrement n°\u00a03", "objet", "Infinity"],
    ]);
    for (const i of r.issues) expect(i.action).not.toMatch(/\\n|\n/);
  });

  test.each([
    ["[]", "json"],
    ['{"marches": []}', "json"],
    ['{"marches": {"marche": []}}', "json"],
    ["<marches></marches>", "xml"],
  ])("%s is a DECP file with 0 marché", async (text, format) => {
    const r = await run(text);
    expect(r).toMatchObject({ format, listFound: true, counts: { recordsRead: 0, contracts: 0 } });
  });

  test('{} and {"autre": []} hold no list of contracts', async () => {
    expect((await run("{}")).listFound).toBe(false);
    expect((await run('{"autre": [1]}')).listFound).toBe(false);
  });
});

describe("DECP values lost or mangled", () => {
  test("an objet that is a list or an object is an anomaly, not silently dropped", async () => {
    const r = await run(
      `[${marche({ objet: ["a", "b"] })}, ${marche({ id: "2", objet: { texte: "x" } })}, ${marche({ id: "3", objet: true })}]`,
    );
    expect(r.contracts.map((c) => c.row.objet)).toEqual([null, null, null]);
    expect(r.issues.filter((i) => i.field === "objet").map((i) => i.action)).toEqual([
      "Objet qui n’est pas un texte (liste)\u00a0: cellule laissée vide.",
      "Objet qui n’est pas un texte (objet)\u00a0: cellule laissée vide.",
      "Objet qui n’est pas un texte (booléen)\u00a0: cellule laissée vide.",
    ]);
  });

  test("a text longer than an Excel cell is cut at 32 767 characters, with a line saying so", async () => {
    const long = "é".repeat(40_000);
    const r = await run(`[${marche({ objet: long })}]`, 4096);
    expect(r.contracts[0]!.row.objet).toBe(long.slice(0, MAX_CELL_TEXT));
    expect(issue(r, "objet")?.action).toBe(
      "Texte de 40\u202f000\u00a0caractères ou plus, coupé à 32\u202f767 (limite d’une cellule Excel).",
    );
  });

  test("1e400 is « montant hors limites », not « null »", async () => {
    const r = await run(`[${marche({}).replace('"montant":1000', '"montant":1e400')}]`, 3);
    expect(r.contracts[0]!.row.montant).toBeNull();
    expect(issue(r, "montant")).toMatchObject({
      value: "1e400",
      action: "Montant hors limites\u00a0: cellule laissée vide.",
    });
  });

  test("a duplicate key keeps the first value and says so", async () => {
    const r = await run(`[${marche(`"montant": 2000`)}]`);
    expect(r.contracts[0]!.row.montant).toBe(1000);
    expect(issue(r, "montant")).toMatchObject({
      severity: "avertissement",
      value: "2000",
      action:
        "Clé en double dans l’enregistrement\u00a0: la première valeur («\u00a01000\u00a0») est gardée, celle-ci est ignorée.",
    });
  });

  test("wording: « Durée non communiquée », « Doublon de l’enregistrement n° 1 »", async () => {
    const r = await run(`[${marche({ dureeMois: "NC" })}, ${marche({ dureeMois: "NC" })}]`);
    expect(issue(r, "dureeMois")?.action).toBe(
      "Durée non communiquée\u00a0: cellule laissée vide.",
    );
    expect(issue(r, "id")?.action).toBe(
      "Doublon de l’enregistrement n°\u00a01 (id 2024-0001)\u00a0: ignoré.",
    );
  });
});

describe("encodings", () => {
  const records = `[${marche({ objet: "Réfection des routes — lot n° 2" })}]`;

  function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const put = (i: number, code: number): void => {
      out[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
      out[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    };
    let at = 0;
    if (bom) put(at++, 0xfeff);
    for (let i = 0; i < text.length; i++) put(at++, text.charCodeAt(i));
    return out;
  }

  test.each([
    ["UTF-16 LE with BOM", false, true],
    ["UTF-16 BE with BOM", true, true],
    ["UTF-16 LE without BOM", false, false],
  ])("%s JSON is detected as JSON and read", async (_name, bigEndian, bom) => {
    const bytes = utf16(records, bigEndian, bom);
    expect(detectFormat(bytes)).toBe("json");
    const r = await run(bytes, 7);
    expect(r.format).toBe("json");
    expect(r.contracts[0]!.row.objet).toBe("Réfection des routes — lot n° 2");
    expect(r.issues.filter((i) => i.field === "encodage")).toEqual([]);
  });

  test("invalid UTF-8 after a valid start: the file is still read as UTF-8, with a warning", async () => {
    const valid = new TextEncoder().encode(
      `[${marche({ objet: "Études" })}, ${"  ".repeat(40_000)}${marche({ id: "2", objet: "Xé" })}]`,
    );
    // A lone Windows-1252 « é » (0xE9) far after the head: not UTF-8.
    const bytes = new Uint8Array(valid);
    const at = bytes.lastIndexOf(0xc3);
    bytes.set([0x20, 0xe9], at);
    const r = await run(bytes, 4096);
    expect(r.contracts.map((c) => c.row.objet)).toEqual(["Études", "X \ufffd"]);
    expect(issue(r, "encodage")).toMatchObject({ severity: "avertissement", record: "fichier" });
    expect(issue(r, "encodage")!.action).toMatch(/pas de l’UTF-8 valide/);
  });

  test("a UTF-8 file with one bad byte near the start stays UTF-8 (not Windows-1252), with a warning", async () => {
    const bytes = new TextEncoder().encode(
      `[${marche({ objet: "Études départementales" })}, ${marche({ id: "2", objet: "Xé" })}]`,
    );
    bytes.set([0x20, 0xe9], bytes.lastIndexOf(0xc3));
    const r = await run(bytes, 4096);
    expect(r.contracts.map((c) => c.row.objet)).toEqual(["Études départementales", "X \ufffd"]);
    expect(issue(r, "encodage")).toMatchObject({ severity: "avertissement" });
  });

  test("a file that is not UTF-8 from the start is read as Windows-1252 and the user is told", async () => {
    const text = `[${marche({ objet: "Réfection" })}]`;
    const bytes = Uint8Array.from([...text].map((c) => (c === "é" ? 0xe9 : c.charCodeAt(0))));
    const r = await run(bytes);
    expect(r.contracts[0]!.row.objet).toBe("Réfection");
    expect(issue(r, "encodage")).toMatchObject({ severity: "info", value: "Windows-1252" });
  });
});

describe("XML errors", () => {
  test.each([
    [
      "<marches><marche>&inconnue;</marche></marches>",
      /ligne 1, colonne \d+\)\u00a0: une entité inconnue/,
    ],
    ["<marches><marche></marches>", /une balise fermante ne correspond pas/],
    ["<marches></marches><autre/>", /plusieurs éléments racines/],
  ])("%s gives a French sentence", async (text, message) => {
    const r = await importDecp(chunksOf(text));
    expect(r.ok).toBe(false);
    const m = (r as { message: string }).message;
    expect(m).toMatch(/^Le fichier XML est mal formé \(ligne/);
    expect(m).toMatch(message);
    expect(m).not.toMatch(/undefined|entity|unexpected|tag/);
  });
});

describe("malformed JSON", () => {
  test("the position is given without a literal \\n", async () => {
    const r = await importDecp(chunksOf('[{"id": "1",\n\n  oops}]'));
    expect(r).toEqual({
      ok: false,
      message: "Le fichier JSON est mal formé au caractère 17 (près de «\u00a0oops}]\u00a0»).",
    });
  });
});
