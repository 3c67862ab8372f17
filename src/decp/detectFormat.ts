import type { DecpFormat } from "./decpTypes";
import { detectEncoding } from "./textChunks";

const JSON_SCALAR = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|"(?:[^"\\]|\\.)*")$/;

/**
 * The form of a DECP file from its first bytes: `{`/`[` → JSON, `<` → XML, a zip (`PK`) →
 * XLSX, a lone JSON scalar → JSON, anything else → CSV. `head` should hold the first few
 * hundred bytes (or the whole file when shorter). The content decides, not the extension (files
 * are often misnamed); the head is decoded in its own encoding (a UTF-16 file is JSON or XML
 * like any other), and a leading BOM and whitespace are skipped.
 */
export function detectFormat(head: Uint8Array): DecpFormat {
  if (head[0] === 0x50 && head[1] === 0x4b) return "xlsx";
  const text = new TextDecoder(detectEncoding(head))
    .decode(head)
    .replace(/^\ufeff/, "")
    .trim();
  const c = text.charAt(0);
  if (c === "{" || c === "[") return "json";
  if (c === "<") return "xml";
  // A whole document that is one JSON scalar (`42`, `"x"`, `null`) is JSON, not a one-cell table.
  if (JSON_SCALAR.test(text)) return "json";
  return "csv";
}
