import type { DecpFormat } from "./decpTypes";

const JSON_SCALAR = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|"(?:[^"\\]|\\.)*")$/;

/**
 * The form of a DECP file from its first bytes: `{`/`[` → JSON, `<` → XML, a zip (`PK`) →
 * XLSX, a lone JSON scalar → JSON, anything else → CSV. `head` should
 * hold the first few hundred bytes (or the whole file when shorter). The content decides, not the extension (files are often
 * misnamed); a leading BOM and whitespace are skipped.
 */
export function detectFormat(head: Uint8Array): DecpFormat {
  if (head[0] === 0x50 && head[1] === 0x4b) return "xlsx";
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (
    i < head.length &&
    (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)
  )
    i++;
  const c = head[i];
  if (c === 0x7b || c === 0x5b) return "json";
  if (c === 0x3c) return "xml";
  // A whole document that is one JSON scalar (`42`, `"x"`, `null`) is JSON, not a one-cell table.
  const text = new TextDecoder().decode(head.subarray(i)).trim();
  if (JSON_SCALAR.test(text)) return "json";
  return "csv";
}
