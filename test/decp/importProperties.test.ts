import fc from "fast-check";
import { importDecp } from "../../src/decp/importDecp";
import { chunksOf } from "../../src/decp/textChunks";

const FIELDS = [
  "id",
  "acheteur",
  "objet",
  "codeCPV",
  "procedure",
  "montant",
  "dateNotification",
  "dureeMois",
  "considerationsSociales",
  "considerationsEnvironnementales",
  "modifications",
  "nature",
  "_type",
];

/** A record shaped like a DECP marché whose values can be anything JSON allows. */
const decpLikeRecord = fc.dictionary(
  fc.oneof(fc.constantFrom(...FIELDS), fc.string()),
  fc.jsonValue({ maxDepth: 3 }),
  {
    maxKeys: 14,
  },
);

describe("importDecp never throws", () => {
  it("turns any JSON value into a report", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 64 }),
        async (value, chunkSize) => {
          const result = await importDecp(chunksOf(JSON.stringify(value), chunkSize));
          expect(result.ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accounts for every record of a DECP-shaped file with arbitrary values", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(decpLikeRecord, { maxLength: 8 }),
        fc.constantFrom("wrapped", "flat"),
        async (records, shape) => {
          const doc = shape === "wrapped" ? { marches: { marche: records } } : { marches: records };
          const result = await importDecp(chunksOf(JSON.stringify(doc), 17));
          if (!result.ok) throw new Error(result.message);
          const c = result.counts;
          expect(c.recordsRead).toBe(records.length);
          expect(c.contracts + c.duplicates + c.rejected + c.concessionsSkipped).toBe(
            records.length,
          );
          for (const contract of result.contracts) {
            expect(contract.row.source).toBe("DECP");
            const m = contract.row.montant;
            if (m !== null) expect(typeof m === "number" && m >= 0 && m < 1e9).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers any text given as a CSV or XML file with a report or one French sentence", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.constantFrom("<", "id;", ""),
        async (text, prefix) => {
          const result = await importDecp(chunksOf(prefix + text, 5));
          if (!result.ok) expect(result.message).toMatch(/^(Le|La) /);
        },
      ),
      { numRuns: 300 },
    );
  });
});
