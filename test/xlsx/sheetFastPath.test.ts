/**
 * The fast paths of the worksheet and shared-strings readers (XmlStreamHandler.skim) must read
 * exactly what the tokenizer reads: the same XML, as producers write it and cut into chunks
 * anywhere, gives the same grid, formula list and cell count (the same strings) with the fast
 * path and without it.
 */
import fc from "fast-check";
import {
  SharedStringsHandler,
  WorksheetHandler,
  type ReaderContext,
} from "../../src/xlsx/reader/sheetHandlers";
import { XmlStream, type XmlStreamHandler } from "../../src/xlsx/reader/xmlStream";

const STRINGS = ["Référence", "oui", "non", "Clause sociale", "2026-001"];

function context(): ReaderContext {
  // Style 1 shows dates, style 2 does not.
  return { sharedStrings: STRINGS, dateStyles: [false, true, false], date1904: false, cells: 0 };
}

/** Streams `xml` cut at `cuts` (byte offsets) into `handler`, with its fast path or without it. */
function feed(handler: XmlStreamHandler, xml: string, cuts: readonly number[], fast: boolean) {
  if (!fast) Object.defineProperty(handler, "skim", { value: undefined });
  const stream = new XmlStream(handler);
  const bytes = new TextEncoder().encode(xml);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(cut, bytes.length);
    if (to > at) stream.write(bytes.subarray(at, to));
    at = Math.max(at, to);
  }
  stream.write(bytes.subarray(at));
  stream.end();
}

/** Reads worksheet `xml` cut at `cuts`, with the fast path or without it. */
function read(xml: string, cuts: readonly number[], fast: boolean) {
  const ctx = context();
  const handler = new WorksheetHandler(ctx);
  feed(handler, xml, cuts, fast);
  return { rows: handler.rows, uncalculated: handler.uncalculated, cells: ctx.cells };
}

/** Values compared with Object.is, so that -0 and 0 differ, and dates by their time. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return Object.is(a, b);
}

const value = fc.oneof(
  fc.constantFrom("0", "1", "4", "12", "-0", "-3", "1.5", "0.25", "46023", "46023.75", ".5", "1."),
  fc.constantFrom("1E3", "1.2e-5", "123456789012345", "1234567890123456", "9007199254740993"),
  fc.constantFrom(" 7", "7 ", "", "abc", "1.2.3", "--1", "&#49;", "1&amp;", "TRUE", "true"),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

const cellType = fc.constantFrom(
  undefined,
  "n",
  "s",
  "b",
  "e",
  "str",
  "d",
  "inlineStr",
  "x",
  "&#115;",
);

const cell = fc.record({
  col: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  type: cellType,
  style: fc.constantFrom(undefined, "0", "1", "2", "", "1x"),
  value: fc.option(value, { nil: undefined }),
  formula: fc.boolean(),
  shape: fc.constantFrom("plain", "spaced", "quoted", "extra", "prefixed", "selfClosing", "empty"),
  inline: fc.constantFrom("Appel d’offres", "R&amp;D", "a<![CDATA[<b>]]>", ""),
});

type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

function letters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function cellXml(c: Cell, row: number): string {
  const p = c.shape === "prefixed" ? "x:" : "";
  const attrs: string[] = [];
  if (c.col !== undefined)
    attrs.push(
      c.shape === "spaced" ? `r = "${letters(c.col)}${row}"` : `r="${letters(c.col)}${row}"`,
    );
  if (c.style !== undefined) attrs.push(`s="${c.style}"`);
  if (c.type !== undefined) attrs.push(c.shape === "quoted" ? `t='${c.type}'` : `t="${c.type}"`);
  if (c.shape === "extra") attrs.unshift('cm="1"', 'x14ac:foo="2"');
  const open = `<${p}c${attrs.length ? " " + attrs.join(" ") : ""}`;
  if (c.shape === "selfClosing") return `${open}/>`;
  if (c.shape === "empty") return `${open}></${p}c>`;
  let inner = c.formula ? `<${p}f>A1+1</${p}f>` : "";
  if (c.type === "inlineStr") inner += `<${p}is><${p}t>${c.inline}</${p}t></${p}is>`;
  else if (c.value !== undefined) inner += `<${p}v>${c.value}</${p}v>`;
  const gap = c.shape === "spaced" ? "\n  " : "";
  return `${open}>${gap}${inner}${gap}</${p}c>`;
}

const sheet = fc
  .array(
    fc.record({
      r: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      cells: fc.array(cell, { maxLength: 8 }),
      shape: fc.constantFrom(
        "plain",
        "excel",
        "spaced",
        "quoted",
        "prefixed",
        "prefixedR",
        "zeros",
        "entity",
        "empty",
        "gap",
      ),
    }),
    { maxLength: 8 },
  )
  .map((rows) => {
    let n = 0;
    const body = rows
      .map((row) => {
        n = row.r ?? n + 1;
        const v = row.r;
        const attrs =
          v === undefined
            ? row.shape === "excel"
              ? ' spans="1:5" x14ac:dyDescent="0.25"'
              : ""
            : {
                plain: ` r="${v}"`,
                excel: ` r="${v}" spans="1:5" x14ac:dyDescent="0.25"`,
                spaced: ` r = "${v}"`,
                quoted: ` ht='15' r='${v}'`,
                prefixed: ` r="${v}"`,
                prefixedR: ` x:r="${v}"`,
                zeros: ` r="00${v}"`,
                entity: ` r="&#${48 + (v % 10)};${Math.floor(v / 10) || ""}"`,
                empty: ` r="${v}"`,
                gap: ` r="${v}"\t`,
              }[row.shape];
        const tag = row.shape === "prefixed" ? "x:row" : "row";
        const gap = row.shape === "gap" ? "\r\n  " : "";
        if (row.shape === "empty") return `<${tag}${attrs}/>`;
        return `<${tag}${attrs}>${gap}${row.cells.map((c) => cellXml(c, n)).join("")}</${tag}>${gap}`;
      })
      .join(rows.length % 2 ? "\n" : "");
    return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="m"><sheetData>${body}</sheetData></worksheet>`;
  });

describe("the worksheet fast path", () => {
  test("reads what the tokenizer reads, whatever the cell shapes and chunk cuts", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat({ max: 4000 }), { maxLength: 6 }), (xml, cuts) => {
        const fast = read(xml, cuts, true);
        const slow = read(xml, [], false);
        expect(same(fast.rows, slow.rows)).toBe(true);
        expect(fast.uncalculated).toEqual(slow.uncalculated);
        expect(fast.cells).toBe(slow.cells);
      }),
      { numRuns: 400 },
    );
  });

  test("a plain sheet is read by the fast path: numbers, dates, strings, booleans", () => {
    const xml =
      '<worksheet><sheetData><row r="2"><c r="B2" s="1"><v>46023</v></c><c r="C2" t="s"><v>1</v></c>' +
      '<c r="D2" t="b"><v>1</v></c><c r="E2"><v>-12.5</v></c><c r="F2" s="2"/></row>' +
      '<row r="4" spans="1:2" x14ac:dyDescent="0.25"><c r="A4" t="s"><v>0</v></c></row></sheetData></worksheet>';
    const ctx = context();
    const handler = new WorksheetHandler(ctx);
    const open = jest.spyOn(handler, "open");
    const stream = new XmlStream(handler);
    stream.write(xml);
    stream.end();
    expect(handler.rows).toEqual([
      [],
      [null, new Date(Date.UTC(2026, 0, 1)), "oui", true, -12.5],
      [],
      ["Référence"],
    ]);
    // Only the worksheet, sheetData and first row tags went through the tokenizer.
    expect(open.mock.calls.map((c) => c[0])).toEqual(["worksheet", "sheetData", "row"]);
  });

  test("a number past a double's range is #NUM!, as Excel shows it, not Infinity", () => {
    const { rows } = read(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1E+400</v></c><c r="B1"><v>-1e999</v></c>' +
        '<c r="C1"><v>1E+300</v></c></row></sheetData></worksheet>',
      [],
      true,
    );
    expect(rows).toEqual([[{ error: "#NUM!" }, { error: "#NUM!" }, 1e300]]);
  });
});

/** Reads shared strings `xml` cut at `cuts`, with the fast path or without it. */
function readStrings(xml: string, cuts: readonly number[], fast: boolean): string[] {
  const handler = new SharedStringsHandler();
  feed(handler, xml, cuts, fast);
  return handler.strings;
}

const item = fc
  .record({
    text: fc.constantFrom(
      "Appel d’offres",
      "",
      " espaces ",
      "R&amp;D &lt;tous&gt; &#233;t&#xE9;",
      "ligne_x000D_fin",
      "€ — œ 𝔘",
      "a > b",
    ),
    shape: fc.constantFrom(
      "plain",
      "preserve",
      "quotedGt",
      "spaced",
      "rich",
      "phonetic",
      "prefixed",
      "cdata",
      "emptyT",
      "emptySi",
      "tail",
    ),
  })
  .map(({ text, shape }) => {
    switch (shape) {
      case "plain":
        return `<si><t>${text}</t></si>`;
      case "preserve":
        return `<si><t xml:space="preserve">${text}</t></si>`;
      case "quotedGt":
        return `<si><t foo='a>b'>${text}</t></si>`;
      case "spaced":
        return `<si>\n  <t>${text}</t>\n</si>`;
      case "rich":
        return `<si><r><rPr><b/></rPr><t>${text}</t></r><r><t>!</t></r></si>`;
      case "phonetic":
        return `<si><t>${text}</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>`;
      case "prefixed":
        return `<x:si><x:t>${text}</x:t></x:si>`;
      case "cdata":
        return `<si><t><![CDATA[${text}<b>]]></t></si>`;
      case "emptyT":
        return `<si><t/></si>`;
      case "emptySi":
        return `<si/>`;
      default:
        return `<si><t>${text}</t>x</si>`;
    }
  });

describe("the shared strings fast path", () => {
  test("reads what the tokenizer reads, whatever the item shapes and chunk cuts", () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 10 }),
        fc.array(fc.nat({ max: 1500 }), { maxLength: 6 }),
        (items, cuts) => {
          const xml = `<?xml version="1.0"?><sst xmlns="m" count="9">${items.join(items.length % 2 ? "\n" : "")}</sst>`;
          expect(readStrings(xml, cuts, true)).toEqual(readStrings(xml, [], false));
        },
      ),
      { numRuns: 400 },
    );
  });

  test("plain items skip the tokenizer, entities and Excel escapes decoded", () => {
    const handler = new SharedStringsHandler();
    const open = jest.spyOn(handler, "open");
    const stream = new XmlStream(handler);
    stream.write(
      '<sst><si><t>oui</t></si><si><t xml:space="preserve"> R&amp;D_x000D_</t></si></sst>',
    );
    stream.end();
    expect(handler.strings).toEqual(["oui", " R&D\r"]);
    expect(open.mock.calls.map((c) => c[0])).toEqual(["sst"]);
  });
});

describe("the worksheet's rows", () => {
  const body =
    '<row r="3"><c r="B3"><v>3</v></c></row>' +
    '<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c></row>' +
    '<row r="3"><c r="D3"><v>4</v></c></row>' +
    "<row><c><v>5</v></c></row>";
  const expected = [[2, null, 1], [], [null, 3, null, 4], [5]];

  test.each([true, false])(
    "rows and cells out of order, a row met twice, a row without number (fast path: %s)",
    (fast) => {
      const xml = `<worksheet><sheetData>${body}</sheetData></worksheet>`;
      expect(read(xml, [], fast).rows).toEqual(expected);
    },
  );

  test("the last row's cells are there when the part ends without closing its tags", () => {
    const ctx = context();
    const handler = new WorksheetHandler(ctx);
    const stream = new XmlStream(handler);
    stream.write(`<worksheet><sheetData>${body}`);
    expect(handler.rows).toEqual(expected);
  });
});
