import fc from "fast-check";
import type { CellValue } from "../../src/core/grid";
import type { DecpRow, ImportedContract } from "../../src/decp/decpTypes";
import { contractKey } from "../../src/decp/mapMarche";
import { mergeRegister } from "../../src/decp/mergeRegister";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("Référence", "Acheteur", "Source", "DECP", "Montant HT", "Objet"),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.date({
    min: new Date(Date.UTC(2000, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: true,
  }),
  fc.constant({ error: "#N/A" }),
);

const contract: fc.Arbitrary<ImportedContract> = fc
  .record({
    reference: fc.stringMatching(/^[A-Z0-9-]{1,8}$/),
    acheteur: fc.constantFrom("12345678900011", "98765432100019", null),
    objet: fc.option(fc.string({ maxLength: 20 })),
    montant: fc.option(fc.integer({ min: 0, max: 999_999_999 })),
    dateNotification: fc.option(
      fc.integer({ min: 0, max: 36_000 }).map((d) => new Date(Date.UTC(2000, 0, 1 + d))),
    ),
    dureeMois: fc.option(fc.integer({ min: 1, max: 120 })),
  })
  .map((r) => {
    const row: DecpRow = {
      ...r,
      nature: null,
      procedure: null,
      montantActualise: null,
      considerationsSociales: null,
      considerationsEnvironnementales: null,
      codeCPV: null,
      source: "DECP",
    };
    return { key: contractKey(r.acheteur ?? "", r.reference), row, location: "x" };
  });

/** One contract per key, as importDecp gives them. */
const contracts = fc.uniqueArray(contract, { selector: (c) => c.key, maxLength: 15 });

describe("mergeRegister properties", () => {
  it("never throws on any existing sheet, and a second merge of the same contracts changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
        contracts,
        (rows, imported) => {
          const first = mergeRegister({ name: "Marchés", rows }, imported);
          if (!first.ok) return;
          const again = mergeRegister({ name: "Marchés", rows: first.rows }, imported);
          if (!again.ok) throw new Error(again.message);
          expect(again.changes).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("adds one row per contract to an empty register", () => {
    fc.assert(
      fc.property(contracts, (imported) => {
        const m = mergeRegister(undefined, imported);
        if (!m.ok) throw new Error(m.message);
        expect(m.counts.added).toBe(imported.length);
        expect(m.rows).toHaveLength(imported.length + 1);
      }),
    );
  });
});
