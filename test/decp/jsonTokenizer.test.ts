import fc from "fast-check";
import { JsonTokenizer, MAX_STRING_CHARS, type JsonSink } from "../../src/decp/jsonTokenizer";
import { DecpFormatError } from "../../src/decp/decpTypes";

/** Rebuilds the document from the tokens, to compare with JSON.parse. */
class ValueBuilder implements JsonSink {
  result: unknown;
  private readonly stack: { value: Record<string, unknown> | unknown[]; key?: string }[] = [];
  private put(v: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) this.result = v;
    else if (Array.isArray(top.value)) top.value.push(v);
    else
      Object.defineProperty(top.value, top.key!, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  startObject(): void {
    const o: Record<string, unknown> = {};
    this.put(o);
    this.stack.push({ value: o });
  }
  startArray(): void {
    const a: unknown[] = [];
    this.put(a);
    this.stack.push({ value: a });
  }
  endObject(): void {
    this.stack.pop();
  }
  endArray(): void {
    this.stack.pop();
  }
  key(name: string): void {
    this.stack[this.stack.length - 1]!.key = name;
  }
  value(v: string | number | boolean | null): void {
    this.put(v);
  }
}

function tokenize(text: string, cuts: number[]): unknown {
  const builder = new ValueBuilder();
  const t = new JsonTokenizer(builder);
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    t.write(text.slice(at, c));
    at = c;
  }
  t.write(text.slice(at));
  t.end();
  return builder.result;
}

describe("JsonTokenizer", () => {
  it("rebuilds any JSON document exactly, however it is cut into chunks", () => {
    fc.assert(
      fc.property(
        fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, cuts) => {
          const positions = cuts.map((c) => c % (text.length + 1));
          expect(tokenize(text, positions)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['"caf\\u00e9 \\"x\\""', 'café "x"'],
    ["-12.5e2", -1250],
    ["[true, false, null]", [true, false, null]],
    ['{"a\\\\": "b\\\\"}', { "a\\": "b\\" }],
  ])("reads %s", (text, expected) => {
    for (let cut = 0; cut <= text.length; cut++) expect(tokenize(text, [cut])).toEqual(expected);
  });

  it.each(["{", '{"a" 1}', "[1,]", "[1 2]", '{"a":1,}', "tru", "01", "{} x", '"abc'])(
    "rejects %s with a French format error",
    (text) => {
      expect(() => tokenize(text, [])).toThrow(DecpFormatError);
    },
  );
});

describe("JsonTokenizer — long strings (linear, bounded memory)", () => {
  const MB = "x".repeat(1 << 20);

  /** Feeds a string of `chunks` MB; the most characters the tokenizer held between chunks. */
  function feed(sink: JsonSink, prefix: string, chunks: number, suffix: string): number {
    const t = new JsonTokenizer(sink);
    t.write(prefix);
    let maxHeld = 0;
    for (let i = 0; i < chunks; i++) {
      // Odd chunks end with a backslash that escapes the quote starting the next chunk.
      t.write(`${i > 0 && i % 2 === 0 ? '"' : "x"}${MB.slice(2)}${i % 2 ? "\\" : "x"}`);
      maxHeld = Math.max(maxHeld, t.heldChars());
    }
    t.write(suffix);
    t.end();
    return maxHeld;
  }

  it("keeps nothing of a string the sink does not want, however long", () => {
    const values: unknown[] = [];
    const sink: JsonSink = {
      startObject: () => undefined,
      endObject: () => undefined,
      startArray: () => undefined,
      endArray: () => undefined,
      key: () => undefined,
      value: (v) => values.push(v),
      wantsValue: () => false,
    };
    expect(feed(sink, '{"skipped": "', 9, '", "n": 1}')).toBeLessThanOrEqual(1);
    expect(values).toEqual(["", 1]);
  });

  it("keeps at most MAX_STRING_CHARS of a wanted string and gives its beginning", () => {
    const builder = new ValueBuilder();
    expect(feed(builder, '["', 5, '"]')).toBeLessThanOrEqual(MAX_STRING_CHARS + 1);
    const [text] = builder.result as string[];
    expect(text).toHaveLength(MAX_STRING_CHARS);
    expect(text!.slice(0, 3)).toBe("xxx");
  });

  it("reads a string cut into many chunks exactly, escapes across chunk ends included", () => {
    const builder = new ValueBuilder();
    const value = 'a\\"b\u00e9\\\n'.repeat(5000);
    const text = JSON.stringify([value]);
    const t = new JsonTokenizer(builder);
    for (let i = 0; i < text.length; i += 7) t.write(text.slice(i, i + 7));
    t.end();
    expect(builder.result).toEqual([value]);
  });
});
