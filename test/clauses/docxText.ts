import JSZip from "jszip";

/** The visible text of a .docx's main part (test helper): w:t runs, entities decoded. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (!part) throw new Error("word/document.xml missing");
  const xml = await part.async("string");
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? "")
    .join("")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
