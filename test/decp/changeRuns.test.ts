import { changeRuns } from "../../src/decp/changeRuns";
import type { CellChange } from "../../src/decp/mergeRegister";
import { mergeRegister } from "../../src/decp/mergeRegister";
import { contractKey } from "../../src/decp/mapMarche";
import { chunksOfStream } from "../../src/decp/textChunks";
import { collect } from "./fixtureFile";
import { CANONICAL_REGISTER_HEADERS } from "../../src/decp/registerColumns";

const change = (row: number, col: number, value: string, numberFormat?: string): CellChange => ({
  row,
  col,
  address: "",
  previous: null,
  value,
  ...(numberFormat ? { numberFormat } : {}),
});

describe("changeRuns", () => {
  it("joins adjacent cells of a row and splits on gaps and rows", () => {
    const runs = changeRuns([
      change(1, 2, "c"),
      change(0, 0, "a"),
      change(0, 1, "b", "0"),
      change(0, 3, "d"),
      change(1, 3, "e"),
    ]);
    expect(runs).toEqual([
      { row: 0, col: 0, address: "A1:B1", values: ["a", "b"], numberFormats: [undefined, "0"] },
      { row: 0, col: 3, address: "D1", values: ["d"], numberFormats: [undefined] },
      {
        row: 1,
        col: 2,
        address: "C2:D2",
        values: ["c", "e"],
        numberFormats: [undefined, undefined],
      },
    ]);
  });

  it("covers every change exactly once", () => {
    const m = mergeRegister(undefined, [
      {
        key: contractKey("12345678900011", "R1"),
        location: "x",
        row: {
          reference: "R1",
          acheteur: "12345678900011",
          objet: "o",
          nature: null,
          procedure: null,
          montant: 1,
          montantActualise: null,
          dateNotification: null,
          dureeMois: null,
          considerationsSociales: null,
          considerationsEnvironnementales: null,
          codeCPV: null,
          source: "DECP",
        },
      },
    ]);
    if (!m.ok) throw new Error(m.message);
    const runs = changeRuns(m.changes);
    expect(runs.reduce((n, r) => n + r.values.length, 0)).toBe(m.changes.length);
    // The new register's header row is one run: A1 to its last column (AG with 33 headers).
    expect(CANONICAL_REGISTER_HEADERS).toHaveLength(33);
    expect(runs[0]!.address).toBe("A1:AG1");
  });
});

describe("chunksOfStream", () => {
  it("reads a web stream chunk by chunk", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2]));
        controller.enqueue(new Uint8Array([3]));
        controller.close();
      },
    });
    expect((await collect(chunksOfStream(stream))).map((c) => [...c])).toEqual([[1, 2], [3]]);
  });
});
