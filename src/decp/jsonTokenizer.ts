import { DecpFormatError } from "./decpTypes";

/** Receives the JSON tokens in document order. */
export interface JsonSink {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(name: string): void;
  value(v: string | number | boolean | null): void;
}

const enum Expect {
  Value,
  ValueOrEndArray,
  KeyOrEndObject,
  Key,
  Colon,
  CommaOrEnd,
  Done,
}

const enum Container {
  Object,
  Array,
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * An incremental JSON tokenizer: text is fed chunk by chunk and only the unfinished lexeme
 * at the end of a chunk is kept, so memory does not grow with the file (national DECP files
 * weigh gigabytes). Written here because stream-json 3 is ESM-only and the jest set-up of
 * this project loads CommonJS only; this one also runs unchanged in the browser.
 */
export class JsonTokenizer {
  private buffer = "";
  private pos = 0;
  /** Characters dropped from the front of `buffer` so far, for error positions. */
  private consumed = 0;
  private expect: Expect = Expect.Value;
  private readonly stack: Container[] = [];

  constructor(private readonly sink: JsonSink) {}

  write(text: string): void {
    this.consumed += this.pos;
    this.buffer = this.pos < this.buffer.length ? this.buffer.slice(this.pos) + text : text;
    this.pos = 0;
    this.run(false);
  }

  end(): void {
    this.run(true);
    if (this.expect !== Expect.Done) {
      throw new DecpFormatError(
        "Le fichier JSON est incomplet : il s'arrête avant la fin de la structure ouverte.",
      );
    }
  }

  private fail(): never {
    const at = this.consumed + this.pos + 1;
    const near = JSON.stringify(this.buffer.slice(this.pos, this.pos + 20));
    throw new DecpFormatError(
      `Le fichier JSON est mal formé au caractère ${at} (près de ${near}).`,
    );
  }

  private run(final: boolean): void {
    const buf = this.buffer;
    const len = buf.length;
    while (true) {
      let c = buf.charCodeAt(this.pos);
      // Skip JSON whitespace (space, tab, LF, CR).
      while (c === 32 || c === 10 || c === 13 || c === 9) c = buf.charCodeAt(++this.pos);
      if (this.pos >= len) return;
      switch (this.expect) {
        case Expect.Done:
          this.fail();
          break;
        case Expect.Colon:
          if (c !== 58) this.fail();
          this.pos++;
          this.expect = Expect.Value;
          break;
        case Expect.CommaOrEnd: {
          const top = this.stack[this.stack.length - 1];
          if (c === 44) {
            this.pos++;
            this.expect = top === Container.Object ? Expect.Key : Expect.Value;
          } else if (c === 125 && top === Container.Object) {
            this.pos++;
            this.closeContainer();
            this.sink.endObject();
          } else if (c === 93 && top === Container.Array) {
            this.pos++;
            this.closeContainer();
            this.sink.endArray();
          } else this.fail();
          break;
        }
        case Expect.KeyOrEndObject:
        case Expect.Key:
          if (c === 125 && this.expect === Expect.KeyOrEndObject) {
            this.pos++;
            this.closeContainer();
            this.sink.endObject();
            break;
          }
          if (c !== 34) this.fail();
          {
            const s = this.readString(final);
            if (s === undefined) return;
            this.expect = Expect.Colon;
            this.sink.key(s);
          }
          break;
        case Expect.ValueOrEndArray:
        case Expect.Value:
          if (c === 93 && this.expect === Expect.ValueOrEndArray) {
            this.pos++;
            this.closeContainer();
            this.sink.endArray();
            break;
          }
          if (!this.readValue(c, final)) return;
          break;
      }
    }
  }

  /** Reads the value starting at `pos`; false when the chunk ends inside it. */
  private readValue(c: number, final: boolean): boolean {
    if (c === 123) {
      this.pos++;
      this.stack.push(Container.Object);
      this.expect = Expect.KeyOrEndObject;
      this.sink.startObject();
      return true;
    }
    if (c === 91) {
      this.pos++;
      this.stack.push(Container.Array);
      this.expect = Expect.ValueOrEndArray;
      this.sink.startArray();
      return true;
    }
    if (c === 34) {
      const s = this.readString(final);
      if (s === undefined) return false;
      this.afterScalar();
      this.sink.value(s);
      return true;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      NUMBER.lastIndex = this.pos;
      const m = NUMBER.exec(this.buffer);
      if (!m) {
        if (!final && this.buffer.length - this.pos < 2) return false;
        this.fail();
      }
      const endAt = this.pos + m[0].length;
      // A number running to the end of the chunk (`12`, `1.`, `1e`) may go on in the next one.
      if (!final) {
        let k = endAt;
        while (k < this.buffer.length && isNumberChar(this.buffer.charCodeAt(k))) k++;
        if (k >= this.buffer.length) return false;
      }
      this.pos = endAt;
      this.afterScalar();
      this.sink.value(Number(m[0]));
      return true;
    }
    for (const [word, v] of LITERALS) {
      if (this.buffer.startsWith(word, this.pos)) {
        this.pos += word.length;
        this.afterScalar();
        this.sink.value(v);
        return true;
      }
      if (!final && word.startsWith(this.buffer.slice(this.pos))) return false;
    }
    this.fail();
  }

  /** Reads the string starting at `pos` (on its quote); undefined when it is not complete yet. */
  private readString(final: boolean): string | undefined {
    const buf = this.buffer;
    let i = this.pos + 1;
    let escaped = false;
    while (true) {
      const q = buf.indexOf('"', i);
      if (q < 0) {
        if (final) this.fail();
        return undefined;
      }
      // A quote preceded by an odd number of backslashes is part of the string.
      let b = q - 1;
      while (buf.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 1) {
        escaped = true;
        i = q + 1;
        continue;
      }
      const raw = buf.slice(this.pos + 1, q);
      if (!escaped && raw.indexOf("\\") >= 0) escaped = true;
      let s: string;
      if (escaped) {
        try {
          s = JSON.parse(buf.slice(this.pos, q + 1)) as string;
        } catch {
          this.fail();
        }
      } else s = raw;
      this.pos = q + 1;
      return s;
    }
  }

  private afterScalar(): void {
    this.expect = this.stack.length === 0 ? Expect.Done : Expect.CommaOrEnd;
  }

  private closeContainer(): void {
    this.stack.pop();
    this.expect = this.stack.length === 0 ? Expect.Done : Expect.CommaOrEnd;
  }
}

const LITERALS: readonly (readonly [string, boolean | null])[] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

/** Digits, `.`, `e`, `E`, `+`, `-`. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}
