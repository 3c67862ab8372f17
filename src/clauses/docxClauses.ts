/**
 * The SPASER clauses of a .docx, read without Word: the tags of the block content controls that
 * the Word pane inserts and that `clauses export` writes (`spaser:<id>@<version>#<instance>`,
 * src/word/clauseTag.ts). A .docx is a zip: only `word/document.xml` is inflated, and its
 * inflated size is bounded, so that a crafted file cannot exhaust memory.
 */
import JSZip from "jszip";
import { parseClauseTag } from "../word/clauseTag";
import type { ClausePresent } from "./documentCheck";

/** Largest .docx read (bytes): far above any tender document. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/** Largest inflated `word/document.xml` read (characters). */
export const MAX_DOCUMENT_XML_CHARS = 100 * 1024 * 1024;

export type DocxClausesResult =
  | { readonly ok: true; readonly clauses: readonly ClausePresent[] }
  | { readonly ok: false; readonly error: string };

/**
 * JSZip's documented `internalStream` (its StreamHelper), missing from its type definitions;
 * host-neutral, unlike `nodeStream`.
 */
interface StreamHelper {
  on(event: "data", listener: (chunk: string) => void): StreamHelper;
  on(event: "error", listener: (error: Error) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** Inflates one zip entry as text, giving up past `limit` characters. */
function boundedText(entry: JSZip.JSZipObject, limit: number): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: string[] = [];
    let size = 0;
    let done = false;
    const stream = (
      entry as unknown as { internalStream(type: "string"): StreamHelper }
    ).internalStream("string");
    stream
      .on("data", (chunk: string) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          stream.pause();
          resolvePromise(null);
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (!done) {
          done = true;
          reject(error);
        }
      })
      .on("end", () => {
        if (!done) {
          done = true;
          resolvePromise(chunks.join(""));
        }
      })
      .resume();
  });
}

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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { ok: false, error: "ce n’est pas un document Word (.docx) lisible" };
  }
  const part = zip.file("word/document.xml");
  if (!part)
    return {
      ok: false,
      error: "le document Word n’a pas de partie principale (word/document.xml)",
    };
  let xml: string | null;
  try {
    xml = await boundedText(part, maxChars);
  } catch {
    return { ok: false, error: "la partie principale du document Word est endommagée" };
  }
  if (xml === null)
    return { ok: false, error: "la partie principale du document Word est trop volumineuse" };
  return { ok: true, clauses: clausesInDocumentXml(xml) };
}
