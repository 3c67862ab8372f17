/**
 * Inserts the bilan annuel after the cursor through Word's own APIs (WordApi 1.3): paragraphs
 * with built-in styles (Title, Heading1–3, ListBullet, Normal), tables (header row repeated, the
 * status cells shaded), the charts as inline PNG pictures with alt text. No HTML or OOXML is
 * built: every text goes in as text. The whole bilan is queued and sent in one `context.sync()`.
 */
import { STATUS_PRESENTATION } from "../core/statusPresentation";
import type { Chart } from "../bilan/charts";
import { type Block, bilanBlocks } from "../bilan/content";
import type { Bilan } from "../bilan/model";

/** The Word API subset this needs (structural: the real Word.RequestContext fits it). */
export interface BilanWordCell {
  shadingColor: string;
}
export interface BilanWordTable {
  headerRowCount: number;
  styleBuiltIn: string;
  getCell(rowIndex: number, cellIndex: number): BilanWordCell;
  insertParagraph(text: string, location: "After"): BilanWordParagraph;
}
export interface BilanWordPicture {
  altTextTitle: string;
  altTextDescription: string;
  width: number;
  height: number;
}
export interface BilanWordParagraph {
  styleBuiltIn: string;
  insertParagraph(text: string, location: "After"): BilanWordParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    location: "After",
    values: string[][],
  ): BilanWordTable;
  insertInlinePictureFromBase64(base64: string, location: "Start"): BilanWordPicture;
}
export interface BilanWordContext {
  readonly document: {
    getSelection(): { insertParagraph(text: string, location: "After"): BilanWordParagraph };
  };
  sync(): Promise<unknown>;
}

type Assert<T extends true> = T;
/** Compile-time proof that the real Office.js context fits this subset. */
export type RealBilanApiFits = Assert<Word.RequestContext extends BilanWordContext ? true : false>;

/** PNG bytes of a chart (in the pane: the browser's own SVG rasteriser, see rasterBrowser.ts). */
export type ChartToPng = (chart: Chart, scale: number) => Promise<Uint8Array>;

/** Width of the pictures in points (16 cm). */
const PICTURE_WIDTH_PT = 453;

const STYLE: Readonly<Record<string, string>> = {
  title: "Title",
  h1: "Heading1",
  h2: "Heading2",
  h3: "Heading3",
  paragraph: "Normal",
  bullet: "ListBullet",
};

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface InsertBilanResult {
  readonly paragraphs: number;
  readonly tables: number;
  readonly pictures: number;
}

export async function insertBilan(
  context: BilanWordContext,
  bilan: Bilan,
  toPng: ChartToPng,
): Promise<InsertBilanResult> {
  const blocks: Block[] = bilanBlocks(bilan);
  // Rasterise first (no Word call), then queue everything and sync once.
  const pngs = new Map<Chart, string>();
  for (const b of blocks)
    if (b.kind === "chart") pngs.set(b.chart, base64(await toPng(b.chart, 2)));

  let paragraphs = 0;
  let tables = 0;
  let pictures = 0;
  // The first paragraph goes after the selection: the user's text is never replaced.
  let last: { insertParagraph(text: string, location: "After"): BilanWordParagraph } =
    context.document.getSelection();
  const paragraph = (text: string, style: string): BilanWordParagraph => {
    const p = last.insertParagraph(text, "After");
    p.styleBuiltIn = style;
    last = p;
    paragraphs++;
    return p;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case "title":
        paragraph(b.text, STYLE.title!);
        break;
      case "heading":
        paragraph(b.text, STYLE[`h${b.level}`]!);
        break;
      case "paragraph":
        paragraph(b.text, STYLE.paragraph!);
        break;
      case "bullet":
        paragraph(b.text, STYLE.bullet!);
        break;
      case "table": {
        const anchor = paragraph("", STYLE.paragraph!);
        const values = [[...b.header], ...b.rows.map((r) => r.map((c) => c.text))];
        const table = anchor.insertTable(values.length, b.header.length, "After", values);
        table.styleBuiltIn = "GridTable1Light";
        table.headerRowCount = 1;
        b.rows.forEach((row, r) =>
          row.forEach((c, k) => {
            if (c.status)
              table.getCell(r + 1, k).shadingColor = `#${STATUS_PRESENTATION[c.status].fill}`;
          }),
        );
        tables++;
        last = table;
        break;
      }
      case "chart": {
        const p = paragraph("", STYLE.paragraph!);
        const picture = p.insertInlinePictureFromBase64(pngs.get(b.chart)!, "Start");
        picture.altTextTitle = b.chart.title;
        picture.altTextDescription = b.chart.description;
        picture.width = PICTURE_WIDTH_PT;
        picture.height = Math.round((PICTURE_WIDTH_PT * b.chart.height) / b.chart.width);
        pictures++;
        break;
      }
    }
  }
  await context.sync();
  return { paragraphs, tables, pictures };
}
