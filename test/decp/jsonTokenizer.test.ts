import fc from "fast-check";
import { JsonTokenizer, type JsonSink } from "../../src/decp/jsonTokenizer";
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
