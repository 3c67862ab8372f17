/**
 * The bilan as a .docx (docx 9.7.1): A4 portrait, built-in heading styles (navigation pane and
 * table of contents work), header rows repeated on every page, charts as SVG with a PNG fallback
 * and alt text, statuses shown by symbol + label + colour. Host-neutral: the PNG rasteriser is
 * given by the caller (Node: resvg-wasm; browser: the platform's canvas).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { STATUS_PRESENTATION } from "../core/statusPresentation";
import type { Chart } from "./charts";
import { BILAN_TITLE, type Block, type Cell, bilanBlocks } from "./content";
import type { Bilan } from "./model";

/** SVG text → PNG bytes, `scale` × the chart's size. */
export type RasteriseSvg = (chart: Chart, scale: number) => Promise<Uint8Array>;

/** A4 in twentieths of a point, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Charts are shown 16 cm wide (in pixels at 96 dpi, what docx's transformation takes). */
const CHART_WIDTH_PX = 605;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function cellParagraph(c: Cell, header: boolean): Paragraph {
  const p = c.status ? STATUS_PRESENTATION[c.status] : null;
  return new Paragraph({
    alignment: c.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [
      new TextRun({
        text: c.text,
        bold: header || c.bold === true || p !== null,
        size: 18,
        ...(p ? { color: p.color } : {}),
      }),
    ],
  });
}

function table(block: Extract<Block, { kind: "table" }>): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map(
      (h, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" },
          children: [cellParagraph({ text: h }, true)],
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) => {
          const p = c.status ? STATUS_PRESENTATION[c.status] : null;
          return new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            ...(p ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: p.fill } } : {}),
            children: [cellParagraph(c, false)],
          });
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

async function chartParagraph(
  chart: Chart,
  index: number,
  rasterise: RasteriseSvg,
): Promise<Paragraph[]> {
  const png = await rasterise(chart, 2);
  const height = Math.round((chart.height * CHART_WIDTH_PX) / chart.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(chart.svg),
          fallback: { type: "png", data: png },
          transformation: { width: CHART_WIDTH_PX, height },
          altText: {
            name: `Graphique ${index}`,
            title: chart.title,
            description: chart.description,
          },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `Graphique ${index} — ${chart.title}`, italics: true, size: 18 }),
      ],
    }),
  ];
}

export async function bilanDocx(bilan: Bilan, rasterise: RasteriseSvg): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let charts = 0;
  for (const block of bilanBlocks(bilan)) {
    switch (block.kind) {
      case "title":
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }));
        break;
      case "heading":
        children.push(
          new Paragraph({ text: block.text, heading: HEADINGS[block.level], keepNext: true }),
        );
        break;
      case "paragraph":
        children.push(
          new Paragraph({
            children: [new TextRun({ text: block.text, ...(block.note ? { italics: true } : {}) })],
            spacing: { after: 120 },
          }),
        );
        break;
      case "bullet":
        children.push(new Paragraph({ text: block.text, bullet: { level: 0 } }));
        break;
      case "table":
        children.push(table(block), new Paragraph({ text: "" }));
        break;
      case "chart":
        children.push(...(await chartParagraph(block.chart, ++charts, rasterise)));
        break;
    }
  }
  const doc = new Document({
    creator: "Complément SPASER Nord",
    title: BILAN_TITLE(bilan.year),
    description: `Bilan annuel établi à partir du classeur « ${bilan.workbook} »`,
    styles: {
      default: {
        document: { run: { language: { value: "fr-FR" }, size: 21, font: "Calibri" } },
        title: { run: { size: 40, bold: true, color: "1F4E79" } },
        heading1: {
          run: { size: 30, bold: true, color: "1F4E79" },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading2: {
          run: { size: 25, bold: true, color: "2F5496" },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { size: 22, bold: true, color: "2F5496" },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
