import JSZip from "jszip";

function decode(s: string): string {
  return s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function runsText(xml: string): string {
  return decode(
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? "").join(""),
  );
}

export interface DocxReadBack {
  /** Tables → rows → cell texts, in document order. */
  readonly tables: string[][][];
  /** Paragraph texts outside tables, in order, with their style id (Heading1, Title…). */
  readonly paragraphs: { style: string | null; text: string }[];
  /** Every table row with a `w:tblHeader` mark (repeated header rows). */
  readonly headerRows: number;
  readonly xml: string;
}

/** Reads a .docx's main part back (test helper): tables and paragraphs. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReadBack> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables: string[][][] = [];
  const paragraphs: { style: string | null; text: string }[] = [];
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
    tables.push(
      [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
        [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => runsText(tc[0])),
      ),
    );
    return "";
  });
  for (const p of outside.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p[0])?.[1] ?? null;
    paragraphs.push({ style, text: runsText(p[0]) });
  }
  return { tables, paragraphs, headerRows: (xml.match(/<w:tblHeader\/>/g) ?? []).length, xml };
}
