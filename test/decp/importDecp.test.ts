import ExcelJS from "exceljs";
import { importDecp } from "../../src/decp/importDecp";
import type { DecpRow } from "../../src/decp/decpTypes";
import { chunksOf } from "../../src/decp/textChunks";
import { fixtureChunks } from "./fixtureFile";

const BUYER = "12345678900011";
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

async function importFixture(name: string, acheteur?: string) {
  const result = await importDecp(fixtureChunks(name), acheteur ? { acheteur } : {});
  if (!result.ok) throw new Error(result.message);
  return result;
}

function rowOf(result: { contracts: readonly { row: DecpRow }[] }, reference: string): DecpRow {
  const found = result.contracts.find((c) => c.row.reference === reference);
  if (!found) throw new Error(`no row ${reference}`);
  return found.row;
}

describe("importDecp — JSON, lists wrapped in objects", () => {
  it("maps every column, with the initial amount and the latest modification", async () => {
    const r = await importFixture("marches-objets.json");
    expect(r.format).toBe("json");
    expect(r.counts).toEqual({
      recordsRead: 4,
      contracts: 3,
      concessionsSkipped: 1,
      otherBuyers: 0,
      duplicates: 0,
      rejected: 0,
    });
    expect(rowOf(r, "2024-0001")).toEqual({
      reference: "2024-0001",
      acheteur: BUYER,
      objet: "Travaux de réfection de la RD 916",
      nature: "Travaux",
      procedure: "Appel d'offres ouvert",
      montant: 1250000,
      montantActualise: 1350000.5,
      dateNotification: day("2024-03-15"),
      dureeMois: 20,
      considerationsSociales: "Clause sociale, Critère social",
      considerationsEnvironnementales: "Clause environnementale",
      codeCPV: "45233141-9",
      source: "DECP",
    });
    expect(rowOf(r, "2024-0002")).toMatchObject({
      nature: "Fournitures",
      montantActualise: null,
      dureeMois: 12,
      considerationsSociales: "Pas de considération sociale",
      considerationsEnvironnementales: "Critère environnemental, Clause environnementale",
    });
    expect(rowOf(r, "2024-0003").nature).toBe("Services");
    expect(r.issues).toEqual([]);
  });

  it("keeps only the buyer asked for", async () => {
    const r = await importFixture("marches-objets.json", "123 456 789 00011");
    expect(r.contracts.map((c) => c.row.reference)).toEqual(["2024-0001", "2024-0002"]);
    expect(r.counts.otherBuyers).toBe(1);
  });
});

describe("importDecp — JSON, flattened lists", () => {
  it("reads `marches` as a list, skips `_type` concessions, reads amounts given as text", async () => {
    const r = await importFixture("marches-plats.json");
    expect(r.counts.concessionsSkipped).toBe(1);
    expect(r.contracts).toHaveLength(2);
    expect(rowOf(r, "2025-0101")).toMatchObject({
      montant: 48500,
      nature: "Services",
      considerationsSociales: "Clause sociale",
      considerationsEnvironnementales: "Clause environnementale, Critère environnemental",
    });
    expect(rowOf(r, "2025-0103")).toMatchObject({
      montant: 420000,
      montantActualise: 455000,
      dureeMois: 9,
      nature: "Fournitures",
    });
  });
});

describe("importDecp — XML", () => {
  it("reads <marche> elements, single and repeated children, entities and CDATA", async () => {
    const r = await importFixture("marches.xml");
    expect(r.format).toBe("xml");
    expect(r.counts.concessionsSkipped).toBe(1);
    expect(rowOf(r, "2024-0201")).toEqual({
      reference: "2024-0201",
      acheteur: BUYER,
      objet: "Réhabilitation thermique du collège Jean Moulin & du gymnase",
      nature: "Travaux",
      procedure: "Appel d'offres ouvert",
      montant: 2450000,
      montantActualise: 2600000,
      dateNotification: day("2024-11-05"),
      dureeMois: 30,
      considerationsSociales: "Clause sociale",
      considerationsEnvironnementales: "Clause environnementale, Critère environnemental",
      codeCPV: "45321000-3",
      source: "DECP",
    });
    expect(rowOf(r, "2024-0202")).toMatchObject({
      objet: "Prestations d'insertion & de qualification",
      considerationsSociales: "Marché réservé",
    });
    expect(r.issues).toEqual([]);
  });

  it("gives one French sentence for a broken XML file", async () => {
    const r = await importDecp(chunksOf("<marches><marche><id>1</marche></marches>"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Le fichier XML est mal formé/);
  });
});

describe("importDecp — tabular CSV", () => {
  it("merges the rows repeated per titulaire, reads `Sans objet`, skips concessions (`;`, BOM)", async () => {
    const r = await importFixture("marches-pointvirgule.csv");
    expect(r.format).toBe("csv");
    expect(r.counts).toMatchObject({
      recordsRead: 4,
      contracts: 2,
      duplicates: 1,
      concessionsSkipped: 1,
    });
    expect(rowOf(r, "2024-0301")).toMatchObject({
      acheteur: BUYER,
      considerationsSociales: "Clause sociale, Critère social",
      nature: "Services",
      dureeMois: 48,
    });
    expect(rowOf(r, "2024-0302").considerationsSociales).toBe("Pas de considération sociale");
    expect(r.issues).toEqual([]);
  });

  it("reads `,` files with quotes, doubled quotes, line breaks in cells, French dates and amounts", async () => {
    const r = await importFixture("marches-virgule.csv");
    expect(rowOf(r, "2025-0401")).toMatchObject({
      objet: 'Études de sol, lot 2 "géotechnique"',
      montant: 75000,
      dateNotification: day("2025-03-15"),
      considerationsSociales: "Critère social, Clause sociale",
    });
    expect(rowOf(r, "2025-0402")).toMatchObject({
      objet: "Traduction\nmulti-ligne",
      considerationsEnvironnementales: "Pas de considération environnementale",
    });
  });

  it("reads a CSV saved in Windows-1252 (Excel on Windows)", async () => {
    const r = await importFixture("marches-windows1252.csv");
    expect(rowOf(r, "2025-0501")).toMatchObject({
      objet: "Réfection des routes départementales",
      procedure: "Procédure adaptée",
      considerationsSociales: "Critère social",
    });
    // Read, but not silently: the user is told which encoding was assumed.
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: "info", field: "encodage", value: "Windows-1252" }),
    ]);
  });

  it("refuses a table without an id column", async () => {
    const r = await importDecp(chunksOf("nom;prix\nstylo;2\n"));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/pas de colonne «\u00a0id\u00a0»/),
    });
  });
});

describe("importDecp — tabular XLSX", () => {
  it("reads the sheet holding the contracts, typed cells included", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Export DECP du Département"]);
    const sheet = wb.addWorksheet("Marchés");
    sheet.addRow([
      "id",
      "acheteur.id",
      "objet",
      "codeCPV",
      "procedure",
      "montant",
      "dateNotification",
      "dureeMois",
      "considerationsSociales",
      "considerationsEnvironnementales",
    ]);
    sheet.addRow([
      "2024-0501",
      12345678900011,
      "Bitume",
      44113620,
      "Procédure adaptée",
      99000.5,
      day("2024-04-04"),
      12,
      "Clause sociale",
      "Sans objet",
    ]);
    sheet.addRow([
      "2024-0502",
      "12345678900011",
      { richText: [{ text: "Sel " }, { text: "de déneigement" }] },
      "44113910-6",
      "Procédure adaptée",
      { formula: "40000*2", result: 80000 },
      "2024-12-01",
      3,
      "Sans objet",
      "Clause environnementale",
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await importDecp(chunksOf(bytes, 1000));
    if (!r.ok) throw new Error(r.message);
    expect(r.format).toBe("xlsx");
    expect(rowOf(r, "2024-0501")).toMatchObject({
      acheteur: BUYER,
      codeCPV: "44113620",
      montant: 99000.5,
      dateNotification: day("2024-04-04"),
      considerationsEnvironnementales: "Pas de considération environnementale",
    });
    expect(rowOf(r, "2024-0502")).toMatchObject({ objet: "Sel de déneigement", montant: 80000 });
  });
});

describe("importDecp — anomalies", () => {
  it("reports each anomaly with record, field, value and action, leaves the field empty, drops nothing silently", async () => {
    const r = await importFixture("anomalies.json");
    const issue = (id: string, field: string) =>
      r.issues.find((i) => i.record.includes(`(id ${id})`) && i.field === field);

    expect(rowOf(r, "A-01").montant).toBeNull();
    expect(issue("A-01", "montant")).toMatchObject({
      value: "NC",
      action: "Montant non communiqué\u00a0: cellule laissée vide.",
    });

    expect(rowOf(r, "A-02").montant).toBeNull();
    expect(issue("A-02", "montant")?.action).toMatch(/aberrant/);

    expect(rowOf(r, "A-03")).toMatchObject({ dateNotification: null, dureeMois: null });
    expect(issue("A-03", "dateNotification")?.action).toMatch(/hors de la période 2000-2100/);
    expect(issue("A-03", "dureeMois")).toMatchObject({ value: "douze" });

    expect(rowOf(r, "A-04")).toMatchObject({
      codeCPV: null,
      nature: null,
      procedure: null,
      dateNotification: null,
      considerationsSociales: "Clause sociale",
      considerationsEnvironnementales: null,
    });
    expect(issue("A-04", "procedure")?.action).toMatch(/hors de la nomenclature/);
    expect(issue("A-04", "considerationsSociales")).toMatchObject({ value: "Oui" });
    expect(issue("A-04", "considerationsEnvironnementales")).toMatchObject({ value: "Peut-être" });

    expect(rowOf(r, "A-05")).toMatchObject({ considerationsSociales: null, montant: 50000 });
    expect(issue("A-05", "considerationsSociales")?.action).toMatch(/absentes/);
    expect(r.issues.filter((i) => i.field === "id" && i.action.startsWith("Doublon"))).toHaveLength(
      1,
    );

    expect(r.issues.find((i) => i.action.includes("Identifiant du marché absent"))).toMatchObject({
      severity: "erreur",
      record: "enregistrement n°\u00a07",
    });
    expect(r.issues.find((i) => i.field === "marche")).toMatchObject({
      record: "enregistrement n°\u00a08",
      value: "number",
    });
    expect(rowOf(r, "A-06").acheteur).toBe("1234");
    expect(issue("A-06", "acheteur.id")?.action).toMatch(/mal formé/);

    expect(r.counts).toEqual({
      recordsRead: 9,
      contracts: 6,
      concessionsSkipped: 0,
      otherBuyers: 0,
      duplicates: 1,
      rejected: 2,
    });
    for (const i of r.issues) expect(i.action).toMatch(/^[A-ZÉ].*\.$/);
  });

  it("says a truncated file is incomplete instead of crashing", async () => {
    const r = await importDecp(fixtureChunks("tronque.json"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/JSON/);
  });

  it("says an empty file is empty", async () => {
    expect(await importDecp(chunksOf(""))).toEqual({
      ok: false,
      message: "Le fichier DECP est vide.",
    });
  });

  it("keeps a bounded number of issues and counts the rest", async () => {
    const many = {
      marches: Array.from({ length: 30 }, (_, i) => ({ id: `X${i}`, montant: "NC" })),
    };
    const r = await importDecp(chunksOf(JSON.stringify(many)), { maxIssues: 10 });
    if (!r.ok) throw new Error(r.message);
    expect(r.issues).toHaveLength(10);
    expect(r.issuesOmitted).toBeGreaterThan(30);
    expect(r.contracts).toHaveLength(30);
  });
});
