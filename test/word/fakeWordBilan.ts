/**
 * A small fake of the Word API subset of src/word/insertBilan.ts: the document is a list of
 * nodes (paragraphs with their style, tables with their values, header row count and cell
 * shading, pictures with alt text). Like Office.js, queued writes become visible in
 * `committed` only at `sync()`, which is counted. Kept apart from fakeWord.ts (the clause
 * adapter's fake) so that each fake stays small.
 */
import type {
  BilanWordCell,
  BilanWordContext,
  BilanWordParagraph,
  BilanWordPicture,
  BilanWordTable,
} from "../../src/word/insertBilan";

export type BilanNode =
  | { kind: "paragraph"; text: string; style: string; picture: PictureState | null }
  | {
      kind: "table";
      values: string[][];
      headerRowCount: number;
      style: string;
      shading: Record<string, string>;
    };
export interface PictureState {
  base64: string;
  altTextTitle: string;
  altTextDescription: string;
  width: number;
  height: number;
}

export class FakeWordBilan {
  /** The user's paragraph holding the cursor, then what is inserted after it. */
  staged: BilanNode[] = [
    { kind: "paragraph", text: "Texte de l’utilisateur", style: "Normal", picture: null },
  ];
  committed: BilanNode[] = structuredClone(this.staged);
  syncCount = 0;
  readonly context: BilanWordContext;

  constructor() {
    this.context = {
      document: {
        getSelection: () => ({
          insertParagraph: (text: string, location: "After") =>
            this.insertAfter(this.staged[0]!, text, location),
        }),
      },
      sync: async () => {
        this.committed = structuredClone(this.staged);
        this.syncCount++;
      },
    };
  }

  insertAfter(node: BilanNode, text: string, location: "After"): BilanWordParagraph {
    if (location !== "After") throw new Error("fake: only After is expected");
    const p: BilanNode = { kind: "paragraph", text, style: "Normal", picture: null };
    this.staged.splice(this.staged.indexOf(node) + 1, 0, p);
    return new FakeParagraph(this, p);
  }
}

class FakeParagraph implements BilanWordParagraph {
  constructor(
    private readonly fake: FakeWordBilan,
    private readonly node: Extract<BilanNode, { kind: "paragraph" }>,
  ) {}
  get styleBuiltIn(): string {
    throw new Error("PropertyNotLoaded: paragraph.styleBuiltIn");
  }
  set styleBuiltIn(style: string) {
    this.node.style = style;
  }
  insertParagraph(text: string, location: "After"): BilanWordParagraph {
    return this.fake.insertAfter(this.node, text, location);
  }
  insertTable(rows: number, cols: number, location: "After", values: string[][]): BilanWordTable {
    if (location !== "After") throw new Error("fake: only After is expected");
    if (values.length !== rows || values.some((r) => r.length !== cols))
      throw new Error("InvalidArgument: values do not fit rowCount × columnCount");
    const t: BilanNode = {
      kind: "table",
      values: values.map((r) => [...r]),
      headerRowCount: 0,
      style: "TableGrid",
      shading: {},
    };
    this.fake.staged.splice(this.fake.staged.indexOf(this.node) + 1, 0, t);
    return new FakeTable(this.fake, t);
  }
  insertInlinePictureFromBase64(base64: string, location: "Start"): BilanWordPicture {
    if (location !== "Start") throw new Error("fake: only Start is expected");
    const picture: PictureState = {
      base64,
      altTextTitle: "",
      altTextDescription: "",
      width: 0,
      height: 0,
    };
    this.node.picture = picture;
    return picture;
  }
}

class FakeTable implements BilanWordTable {
  constructor(
    private readonly fake: FakeWordBilan,
    private readonly node: Extract<BilanNode, { kind: "table" }>,
  ) {}
  get headerRowCount(): number {
    throw new Error("PropertyNotLoaded: table.headerRowCount");
  }
  set headerRowCount(n: number) {
    this.node.headerRowCount = n;
  }
  get styleBuiltIn(): string {
    throw new Error("PropertyNotLoaded: table.styleBuiltIn");
  }
  set styleBuiltIn(style: string) {
    this.node.style = style;
  }
  getCell(row: number, col: number): BilanWordCell {
    if (row >= this.node.values.length || col >= this.node.values[0]!.length)
      throw new Error("ItemNotFound: cell");
    const shading = this.node.shading;
    return {
      get shadingColor(): string {
        throw new Error("PropertyNotLoaded: cell.shadingColor");
      },
      set shadingColor(color: string) {
        shading[`${row},${col}`] = color;
      },
    };
  }
  insertParagraph(text: string, location: "After"): BilanWordParagraph {
    return this.fake.insertAfter(this.node, text, location);
  }
}
