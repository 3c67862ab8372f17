/**
 * The tokenizer reads a part the same whatever its chunks: a token cut by a chunk's end is
 * finished with the next chunk's first bytes (joined in a buffer that grows as needed), and the
 * rest of that chunk is read where it is.
 */
import { XmlStream, type XmlStreamHandler } from "../../src/xlsx/reader/xmlStream";

/** Records what the tokenizer reports; text pieces of one run are joined. */
class Recorder implements XmlStreamHandler {
  readonly events: string[] = [];
  private text_ = "";
  readonly wantText = true;

  open(local: string, source: Uint8Array, from: number, to: number, selfClosing: boolean): void {
    this.flush();
    const attrs = new TextDecoder().decode(source.subarray(from, to));
    this.events.push(`<${local}${attrs}${selfClosing ? "/" : ""}>`);
  }

  close(local: string): void {
    this.flush();
    this.events.push(`</${local}>`);
  }

  text(source: Uint8Array, from: number, to: number, cdata: boolean): void {
    this.text_ += (cdata ? "[cdata]" : "") + new TextDecoder().decode(source.subarray(from, to));
  }

  flush(): void {
    if (this.text_ !== "") this.events.push(this.text_);
    this.text_ = "";
  }
}

function tokens(bytes: Uint8Array, cuts: readonly number[]): string[] {
  const recorder = new Recorder();
  const stream = new XmlStream(recorder);
  let at = 0;
  for (const cut of cuts) {
    stream.write(bytes.subarray(at, cut));
    at = cut;
  }
  stream.write(bytes.subarray(at));
  stream.end();
  recorder.flush();
  return recorder.events;
}

const long = (n: number, c: string): string => c.repeat(n);

// Tokens far longer than the 4 KB first join: a comment, an attribute value, a CDATA section, a
// processing instruction, and a text run with multi-byte characters.
const XML =
  `<?xml version="1.0"?><worksheet xmlns:x="m"><!--${long(50_000, "c")}-->` +
  `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${long(9_000, "é")}</x:t></x:is></x:c></x:row></x:sheetData>` +
  `<hyperlinks><hyperlink ref="A1" display="${long(20_000, "d")}"/></hyperlinks>` +
  `<extLst><ext><![CDATA[${long(70_000, "x")}]]></ext></extLst>` +
  `<?pi ${long(30_000, "p")}?></worksheet>`;
const BYTES = new TextEncoder().encode(XML);

/** Offsets a few bytes into each long token, where almost all of it is left to carry over. */
function inside(text: string): number[] {
  return ["<!--", "<x:t>", 'display="', "<![CDATA[", "<?pi"].map((m) => {
    const at = new TextEncoder().encode(text.slice(0, text.indexOf(m))).length;
    return at + 2;
  });
}

describe("the XML tokenizer's chunks", () => {
  const whole = tokens(BYTES, []);

  test("the whole part gives every token", () => {
    expect(whole).toHaveLength(22);
    expect(whole).toContain(long(9_000, "é"));
    expect(whole).toContain(`[cdata]${long(70_000, "x")}`);
  });

  test("a token cut near its start, carried over a chunk far longer than the first join", () => {
    expect(tokens(BYTES, inside(XML))).toEqual(whole);
  });

  test("chunks of sizes from 97 bytes to 64 KB, cutting every token somewhere", () => {
    for (const size of [97, 1000, 4095, 4096, 4097, 8191, 65_536]) {
      const cuts: number[] = [];
      for (let at = size; at < BYTES.length; at += size) cuts.push(at);
      expect(tokens(BYTES, cuts)).toEqual(whole);
    }
  });

  test("a token cut across several chunks, each shorter than the join", () => {
    const [start] = inside(XML);
    const cuts = [start!, start! + 10, start! + 3000, start! + 9000, start! + 40_000];
    expect(tokens(BYTES, cuts)).toEqual(whole);
  });
});
