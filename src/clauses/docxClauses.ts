/**
 * The SPASER clauses of a .docx, read without Word: the tags of the block content controls that
 * the Word pane inserts and that `clauses export` writes (`spaser:<id>@<version>#<instance>`,
 * src/word/clauseTag.ts). A .docx is a zip: only `word/document.xml` is inflated (by the
 * workbook reader's zip code), and its inflated size is bounded, so that a crafted file cannot
 * exhaust memory.
 */
import { parseClauseTag } from "../word/clauseTag";
import { PartReader } from "../xlsx/reader/partReader";
import { readZipDirectory, type ZipDirectory } from "../xlsx/reader/zipDirectory";
import { UnreadableWorkbookError } from "../xlsx/unreadableWorkbookError";
import type { ClausePresent } from "./documentCheck";

/** Largest .docx read (bytes): far above any tender document. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Largest inflated `word/document.xml` read (characters). */
export const MAX_DOCUMENT_XML_CHARS = 100 * 1024 * 1024;

export type DocxClausesResult =
  | { readonly ok: true; readonly clauses: readonly ClausePresent[] }
  | { readonly ok: false; readonly error: string };

/** Every `w:tag` value of the main part that is a SPASER clause tag, in document order. */
export function clausesInDocumentXml(xml: string): ClausePresent[] {
  const out: ClausePresent[] = [];
  for (const m of xml.matchAll(/<w:tag\s+w:val="([^"]*)"/g)) {
    const tag = parseClauseTag(m[1] ?? "");
    if (tag) out.push({ id: tag.id, version: tag.version });
  }
  return out;
}

export interface DocxLimits {
  readonly maxDocxBytes?: number;
  readonly maxDocumentXmlChars?: number;
}

export async function readDocxClauses(
  bytes: Uint8Array,
  limits: DocxLimits = {},
): Promise<DocxClausesResult> {
  const maxBytes = limits.maxDocxBytes ?? MAX_DOCX_BYTES;
  const maxChars = limits.maxDocumentXmlChars ?? MAX_DOCUMENT_XML_CHARS;
  if (bytes.length > maxBytes)
    return {
      ok: false,
      error: `le fichier dépasse ${Math.round(maxBytes / 1024 / 1024)}\u00a0Mo, taille maximale d’un document Word contrôlé`,
    };
  // The workbook reader's zip: the central directory, then only word/document.xml inflated,
  // its size counted as it inflates.
  let dir: ZipDirectory;
  try {
    dir = readZipDirectory(bytes, "document.docx");
  } catch {
    return { ok: false, error: "ce n’est pas un document Word (.docx) lisible" };
  }
  const part = dir.find("word/document.xml");
  if (!part)
    return {
      ok: false,
      error: "le document Word n’a pas de partie principale (word/document.xml)",
    };
  let xml: string;
  try {
    // The character limit decides; the byte bound above it only caps the inflation (a
    // character takes at most 4 bytes of UTF-8).
    xml = await new PartReader(bytes, dir, "document.docx", {}, 4 * maxChars).text(part, maxChars);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError && e.reason === "too-large")
      return { ok: false, error: "la partie principale du document Word est trop volumineuse" };
    return { ok: false, error: "la partie principale du document Word est endommagée" };
  }
  return { ok: true, clauses: clausesInDocumentXml(xml) };
}
