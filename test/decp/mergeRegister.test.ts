import type { CellValue, Grid } from "../../src/core/grid";
import type { DecpRow, ImportedContract } from "../../src/decp/decpTypes";
import { contractKey } from "../../src/decp/mapMarche";
import { mergeRegister } from "../../src/decp/mergeRegister";
import { CANONICAL_REGISTER_HEADERS } from "../../src/decp/registerColumns";

const BUYER = "12345678900011";
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function contract(reference: string, overrides: Partial<DecpRow> = {}): ImportedContract {
  const row: DecpRow = {
    reference,
    acheteur: BUYER,
    objet: `Objet ${reference}`,
    nature: "Services",
    procedure: "Procédure adaptée",
    montant: 50000,
    montantActualise: null,
    dateNotification: day("2026-02-01"),
    dureeMois: 12,
    considerationsSociales: "Clause sociale",
    considerationsEnvironnementales: "Clause environnementale",
    codeCPV: "90910000-9",
    source: "DECP",
    ...overrides,
  };
  return {
    key: contractKey(String(row.acheteur ?? ""), reference),
    row,
    location: `enregistrement ${reference}`,
  };
}

function ok(outcome: ReturnType<typeof mergeRegister>) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

/** Applies the changes to a copy of the grid, as a writer would. */
function apply(
  grid: Grid,
  changes: readonly { row: number; col: number; value: CellValue }[],
): Grid {
  const rows = grid.rows.map((r) => [...r]);
  for (const c of changes) {
    const line = (rows[c.row] ??= []);
    while (line.length < c.col) line.push(null);
    line[c.col] = c.value;
  }
  return { name: grid.name, rows: rows.map((r) => r.map((c) => c ?? null)) };
}

describe("mergeRegister", () => {
  it("creates the canonical layout when there is no register", () => {
    const m = ok(mergeRegister(undefined, [contract("R1"), contract("R2")]));
    expect(m.rows[0]).toEqual(CANONICAL_REGISTER_HEADERS);
    expect(m.rows).toHaveLength(3);
    const col = (label: string) => CANONICAL_REGISTER_HEADERS.indexOf(label);
    expect(m.rows[1]![col("Référence")]).toBe("R1");
    expect(m.rows[2]![col("Montant HT")]).toBe(50000);
    expect(m.rows[2]![col("Source")]).toBe("DECP");
    expect(m.counts).toEqual({ added: 2, updated: 0, unchanged: 0, manualConflicts: 0 });
    const amountChange = m.changes.find((c) => c.row === 1 && c.col === col("Montant HT"));
    expect(amountChange).toMatchObject({
      address: `H2`,
      previous: null,
      value: 50000,
      numberFormat: expect.any(String),
    });
  });

  it("changes nothing when the same contracts are imported again", () => {
    const first = ok(mergeRegister(undefined, [contract("R1"), contract("R2")]));
    const again = ok(
      mergeRegister({ name: "Marchés", rows: first.rows }, [contract("R1"), contract("R2")]),
    );
    expect(again.changes).toEqual([]);
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 2, manualConflicts: 0 });
  });

  it("recognises values as another host typed them (serial dates, text amounts, numeric SIRET)", () => {
    const grid: Grid = {
      name: "Registre",
      rows: [
        ["Réf.", "SIRET acheteur", "Montant HT", "dateNotification", "Source"],
        ["R1", 12345678900011, "50 000,00", 46054, "DECP"],
      ],
    };
    const m = ok(
      mergeRegister(grid, [
        contract("R1", {
          objet: null,
          nature: null,
          procedure: null,
          dureeMois: null,
          considerationsSociales: null,
          considerationsEnvironnementales: null,
          codeCPV: null,
        }),
      ]),
    );
    expect(m.counts.unchanged).toBe(1);
    expect(m.changes.filter((c) => c.row > 0)).toEqual([]);
  });

  it("updates only the DECP columns of a DECP row, never the columns filled by hand", () => {
    const grid: Grid = {
      name: "Marchés",
      rows: [
        ["Registre des marchés 2026"],
        [],
        [
          "Référence",
          "Acheteur",
          "Objet",
          "Montant HT",
          "Label SPASER",
          "Heures d'insertion prévues",
          "Sourcing",
          "Source",
        ],
        ["R1", BUYER, "Ancien objet", 40000, "oui", 350, "x", "DECP"],
      ],
    };
    const m = ok(mergeRegister(grid, [contract("R1", { montant: 55000 })]));
    expect(m.headerRow).toBe(2);
    expect(m.counts).toEqual({ added: 0, updated: 1, unchanged: 0, manualConflicts: 0 });
    expect(m.rows[3]!.slice(0, 8)).toEqual([
      "R1",
      BUYER,
      "Objet R1",
      55000,
      "oui",
      350,
      "x",
      "DECP",
    ]);
    const touched = new Set(m.changes.filter((c) => c.row === 3).map((c) => c.col));
    for (const handCol of [4, 5, 6]) expect(touched.has(handCol)).toBe(false);
  });

  it("appends the missing DECP columns at the right of the header", () => {
    const grid: Grid = {
      name: "Marchés",
      rows: [
        ["Référence", "Objet", "Montant HT", "Label SPASER"],
        ["M-1", "Saisi à la main", 12000, "non"],
      ],
    };
    const m = ok(mergeRegister(grid, [contract("R9")]));
    expect(m.appendedColumns).toEqual([
      "Acheteur",
      "Nature",
      "Procédure",
      "Montant actualisé",
      "Date de notification",
      "Durée (mois)",
      "Considérations sociales",
      "Considérations environnementales",
      "Code CPV",
      "Source",
    ]);
    expect(m.rows[0]!.slice(0, 5)).toEqual([
      "Référence",
      "Objet",
      "Montant HT",
      "Label SPASER",
      "Acheteur",
    ]);
    expect(m.rows[1]).toEqual(["M-1", "Saisi à la main", 12000, "non"]);
    expect(m.rows[2]![0]).toBe("R9");
    expect(m.rows[2]![3]).toBeNull();
    expect(m.changes.some((c) => c.row === 2 && c.col === 3)).toBe(false);
    expect(m.rows[2]![13]).toBe("DECP");
  });

  it("recognises the headers coordinators write and appends nothing they already have", () => {
    const grid: Grid = {
      name: "Registre",
      rows: [
        [
          "N° de marché",
          "Acheteur id",
          "Intitulé du marché",
          "Type de marché",
          "Type de procédure",
          "Montant estimé",
          "Montant actualisé",
          "Notifié le",
          "Durée en mois",
          "Considération sociale",
          "Considération environnementale",
          "CPV",
          "Source",
          "SIRET titulaire",
        ],
      ],
    };
    const m = ok(mergeRegister(grid, [contract("R1")]));
    expect(m.appendedColumns).toEqual([]);
    expect(m.rows[1]!.slice(0, 6)).toEqual([
      "R1",
      BUYER,
      "Objet R1",
      "Services",
      "Procédure adaptée",
      50000,
    ]);
    expect(m.rows[1]![12]).toBe("DECP");
    expect(m.rows[1]![13]).toBeUndefined();
  });

  it("never takes a holder's SIRET column for the buyer: the buyer column is appended", () => {
    const grid: Grid = {
      name: "Marchés",
      rows: [["Référence", "SIRET titulaire", "SIRET", "Objet", "Source"]],
    };
    const m = ok(mergeRegister(grid, [contract("R1")]));
    expect(m.appendedColumns).toContain("Acheteur");
    const buyerCol = m.rows[0]!.indexOf("Acheteur");
    expect(buyerCol).toBeGreaterThan(4);
    expect(m.rows[1]![buyerCol]).toBe(BUYER);
    expect([m.rows[1]![1], m.rows[1]![2]]).toEqual([null, null]);
  });

  it("never touches a row typed by hand with the same reference, and says so", () => {
    const grid: Grid = {
      name: "Marchés",
      rows: [
        ["Référence", "Acheteur", "Montant HT", "Source"],
        ["R1", BUYER, 1, "Saisie"],
      ],
    };
    const m = ok(mergeRegister(grid, [contract("R1")]));
    expect(m.changes).toEqual([]);
    expect(m.counts.manualConflicts).toBe(1);
    expect(m.notices[0]!.message).toMatch(/saisie à la main .* R1 \(ligne 2\)/);
  });

  it("keys rows by buyer and reference: the same reference of another buyer is a new row", () => {
    const first = ok(mergeRegister(undefined, [contract("R1")]));
    const other = contract("R1", { acheteur: "98765432100019" });
    const m = ok(mergeRegister({ name: "Marchés", rows: first.rows }, [other]));
    expect(m.counts.added).toBe(1);
    expect(m.rows).toHaveLength(3);
  });

  it("does not erase a register value with a value the new file could not give", () => {
    const first = ok(mergeRegister(undefined, [contract("R1")]));
    const m = ok(
      mergeRegister({ name: "Marchés", rows: first.rows }, [contract("R1", { montant: null })]),
    );
    expect(m.changes).toEqual([]);
  });

  it("writes new rows after the last used row, not after trailing blank rows, and the changes rebuild the result", () => {
    const grid: Grid = {
      name: "Marchés",
      rows: [
        ["Référence", "Acheteur", "Source"],
        ["M-1", BUYER, "Saisie"],
        [null, null],
        ["", ""],
      ],
    };
    const m = ok(mergeRegister(grid, [contract("R2")]));
    expect(m.rows[2]![0]).toBe("R2");
    const rebuilt = apply(grid, m.changes);
    expect(rebuilt.rows[2]!.slice(0, 3)).toEqual(["R2", BUYER, "DECP"]);
    expect(rebuilt.rows[0]).toEqual(m.rows[0]);
  });

  it("refuses a sheet without a recognisable header, in French", () => {
    const m = mergeRegister({ name: "Marchés", rows: [["Bonjour"], ["du texte"]] }, [
      contract("R1"),
    ]);
    expect(m).toEqual({
      ok: false,
      message: expect.stringMatching(/n’a pas de ligne d’en-tête reconnue/),
    });
  });
});
