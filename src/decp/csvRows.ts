import { decodeText, type TextEncodingName } from "./textChunks";

const SEPARATORS = [";", ",", "\t"] as const;

/** The separator of a CSV file: the most frequent of `;` `,` tab outside quotes in its first line. */
export function detectSeparator(firstLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (SEPARATORS as readonly string[]).includes(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ";";
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    const n = counts.get(sep) ?? 0;
    if (n > bestCount) {
      best = sep;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Streams the rows of a CSV file (RFC 4180 quoting, CRLF or LF, `;` `,` or tab detected on
 * the header line). Only the row being read is held in memory.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName = "utf-8",
  onInvalidText?: (byteOffset: number) => void,
): AsyncGenerator<string[]> {
  let sep = -1;
  let head = "";
  let row: string[] = [];
  let field = "";
  let quoted = false;
  /** The previous character closed a quoted part: a quote now is an escaped quote. */
  let afterQuote = false;
  let pendingCR = false;
  const done: string[][] = [];

  const consume = (text: string): void => {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          field += text.slice(start, i);
          start = i + 1;
          quoted = false;
          afterQuote = true;
        }
        continue;
      }
      if (c === 34) {
        // `"a""b"` — the second quote of a pair re-opens the quoted part and keeps one quote.
        field += text.slice(start, i) + (afterQuote ? '"' : "");
        start = i + 1;
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === sep) {
        row.push(field + text.slice(start, i));
        field = "";
        start = i + 1;
      } else if (c === 10 || c === 13) {
        const tail = field + text.slice(start, i);
        start = i + 1;
        // CRLF: the LF after a CR ends nothing more.
        if (c === 10 && pendingCR && row.length === 0 && tail === "") {
          pendingCR = false;
          continue;
        }
        pendingCR = c === 13;
        row.push(tail);
        field = "";
        done.push(row);
        row = [];
        continue;
      }
      pendingCR = false;
    }
    field += text.slice(start);
  };

  for await (const text of decodeText(chunks, encoding, onInvalidText)) {
    if (sep < 0) {
      head += text;
      const nl = head.search(/[\r\n]/);
      if (nl < 0) continue;
      sep = detectSeparator(head.slice(0, nl)).charCodeAt(0);
      consume(head);
      head = "";
    } else consume(text);
    yield* done;
    done.length = 0;
  }
  if (sep < 0) {
    sep = detectSeparator(head).charCodeAt(0);
    consume(head);
  }
  if (field !== "" || row.length > 0) row.push(field);
  if (row.length > 0) done.push(row);
  yield* done;
}
