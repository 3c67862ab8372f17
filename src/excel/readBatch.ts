/**
 * One batch of row slices, loaded in one sync — split and retried when Excel refuses it for
 * its size.
 */
import { ExcelReadError, isTooLarge, officeErrorCode } from "./errors";
import type { XlContext, XlRange, XlWorksheet } from "./officeSubset";
import type { ReadBatch, ReadPiece } from "./readPlan";

/**
 * Loads one batch in one sync. When Excel refuses it for its size anyway (the estimate was
 * short), the batch is split in two and each half retried: slower, but never a failed refresh.
 */
export async function readBatch(
  context: XlContext,
  batch: ReadBatch,
  sink: (piece: ReadPiece, range: XlRange) => void,
): Promise<void> {
  const sheets = new Map<string, XlWorksheet>();
  const loaded = batch.pieces.map((piece) => {
    let ws = sheets.get(piece.sheet);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(piece.sheet);
      sheets.set(piece.sheet, ws);
    }
    const range = ws.getRangeByIndexes(
      piece.startRow,
      piece.run.start,
      piece.rowCount,
      piece.run.count,
    );
    range.load(piece.run.withFormat ? "values,valueTypes,numberFormat" : "values,valueTypes");
    return { piece, range };
  });
  let failure: unknown;
  try {
    await context.sync();
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) {
    for (const { piece, range } of loaded) sink(piece, range);
    return;
  }
  const halves = isTooLarge(failure) ? splitBatch(batch) : undefined;
  if (!halves) throw new ExcelReadError(officeErrorCode(failure), { cause: failure });
  for (const half of halves) await readBatch(context, half, sink);
}

function splitBatch(batch: ReadBatch): [ReadBatch, ReadBatch] | undefined {
  const { pieces, estimatedBytes } = batch;
  if (pieces.length > 1) {
    const mid = Math.ceil(pieces.length / 2);
    return [
      { pieces: pieces.slice(0, mid), estimatedBytes: estimatedBytes / 2 },
      { pieces: pieces.slice(mid), estimatedBytes: estimatedBytes / 2 },
    ];
  }
  const only = pieces[0];
  if (!only || only.rowCount < 2) return undefined;
  const top = Math.ceil(only.rowCount / 2);
  return [
    { pieces: [{ ...only, rowCount: top }], estimatedBytes: estimatedBytes / 2 },
    {
      pieces: [{ ...only, startRow: only.startRow + top, rowCount: only.rowCount - top }],
      estimatedBytes: estimatedBytes / 2,
    },
  ];
}
