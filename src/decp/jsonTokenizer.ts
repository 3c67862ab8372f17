import { DecpFormatError } from "./decpTypes";

/** Receives the JSON tokens in document order. */
export interface JsonSink {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(name: string): void;
  /**
   * A scalar. A number too large for a double (`1e400`) comes as its text, so that the reader
   * can say « hors limites » instead of showing `Infinity` or `null`.
   */
  value(v: string | number | boolean | null): void;
  /**
   * Whether the string value about to be read is wanted; when false, its characters are
   * skipped without being collected (a huge unused field costs no memory). Default: wanted.
   */
  wantsValue?(): boolean;
  /**
   * `NaN`, `Infinity` or `-Infinity` (written by Python's json module, not JSON): called just
   * before `value(null)`, which stands for it.
   */
  nonStandard?(literal: string): void;
}

/**
 * Strings longer than this are cut to it (the reader then says so): no register cell holds more
 * than 32 767 characters, and the reading budget must hold whatever the file contains.
 */
export const MAX_STRING_CHARS = 1 << 20;

/** An unfinished number longer than this is not a number a DECP file holds. */
const MAX_NUMBER_CHARS = 512;

/** A string being read across chunks: its pieces, never re-scanned. */
interface OpenString {
  readonly isKey: boolean;
  /** false: the characters are only skipped. */
  readonly collect: boolean;
  readonly parts: string[];
  collected: number;
  escaped: boolean;
  truncated: boolean;
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
 * weigh gigabytes). A string running over many chunks is scanned once: its pieces are kept in
 * a list (or not at all when the value is not wanted), never re-copied, so the time is linear
 * whatever the length of the strings. Written here because stream-json 3 is ESM-only and the
 * jest set-up of this project loads CommonJS only; this one also runs unchanged in the browser.
 */
export class JsonTokenizer {
  private buffer = "";
  private pos = 0;
  /** Characters dropped from the front of `buffer` so far, for error positions. */
  private consumed = 0;
  private expect: Expect = Expect.Value;
  private readonly stack: Container[] = [];
  /** The string being read, when a chunk ended inside it. */
  private open: OpenString | undefined;

  constructor(private readonly sink: JsonSink) {}

  write(text: string): void {
    this.consumed += this.pos;
    this.buffer = this.pos < this.buffer.length ? this.buffer.slice(this.pos) + text : text;
    this.pos = 0;
    this.run(false);
  }

  /**
   * Characters held between chunks: the unfinished lexeme, and the collected part of an open
   * string. Bounded by MAX_STRING_CHARS plus a few characters, whatever the input.
   */
  heldChars(): number {
    return this.buffer.length - this.pos + (this.open?.collected ?? 0);
  }

  end(): void {
    this.run(true);
    if (this.expect !== Expect.Done || this.open) {
      throw new DecpFormatError(
        "Le fichier JSON est incomplet\u00a0: il s’arrête avant la fin de la structure ouverte.",
      );
    }
  }

  private fail(): never {
    const at = this.consumed + this.pos + 1;
    const near = this.buffer
      .slice(this.pos, this.pos + 20)
      // eslint-disable-next-line no-control-regex -- control characters are what is replaced
      .replace(/[\u0000-\u001f]/g, " ")
      .trim();
    throw new DecpFormatError(
      `Le fichier JSON est mal formé au caractère ${at}${near ? ` (près de «\u00a0${near}\u00a0»)` : ""}.`,
    );
  }

  private run(final: boolean): void {
    if (this.open) {
      const s = this.scanString(final);
      if (s === undefined) return;
      this.deliverString(s);
    }
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
            const s = this.startString(true, final);
            if (s === undefined) return;
            this.deliverString(s);
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
      const s = this.startString(false, final);
      if (s === undefined) return false;
      this.deliverString(s);
      return true;
    }
    for (const word of NON_STANDARD) {
      if (this.buffer.startsWith(word, this.pos)) {
        this.pos += word.length;
        this.afterScalar();
        this.sink.nonStandard?.(word);
        this.sink.value(null);
        return true;
      }
      if (!final && word.startsWith(this.buffer.slice(this.pos, this.pos + word.length)))
        if (this.buffer.length - this.pos < word.length) return false;
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
        if (k >= this.buffer.length) {
          if (k - this.pos > MAX_NUMBER_CHARS) this.fail();
          return false;
        }
      }
      this.pos = endAt;
      this.afterScalar();
      const n = Number(m[0]);
      // `1e400`: not a double; its text goes on so that the reader can say it is out of range.
      this.sink.value(Number.isFinite(n) ? n : m[0]);
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

  /** Starts the string at `pos` (on its quote); its text, or undefined when it goes on. */
  private startString(isKey: boolean, final: boolean): string | undefined {
    this.open = {
      isKey,
      collect: isKey || (this.sink.wantsValue?.() ?? true),
      parts: [],
      collected: 0,
      escaped: false,
      truncated: false,
    };
    this.pos++;
    return this.scanString(final);
  }

  /**
   * Scans the open string from `pos` for its closing quote. When the chunk ends first, what was
   * scanned is kept (collected or skipped) and only a trailing backslash is carried over, so that
   * the next chunk starts where this one stopped.
   */
  private scanString(final: boolean): string | undefined {
    const buf = this.buffer;
    const from = this.pos;
    let i = from;
    while (true) {
      const q = buf.indexOf('"', i);
      if (q < 0) {
        if (final) this.fail();
        // An odd run of backslashes at the end escapes the first character of the next chunk.
        let b = buf.length;
        while (b > from && buf.charCodeAt(b - 1) === 92) b--;
        const end = (buf.length - b) % 2 === 1 ? buf.length - 1 : buf.length;
        this.take(buf, from, end);
        this.pos = end;
        return undefined;
      }
      // A quote preceded by an odd number of backslashes is part of the string.
      let b = q - 1;
      while (b >= from && buf.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 1) {
        i = q + 1;
        continue;
      }
      this.take(buf, from, q);
      this.pos = q + 1;
      return this.closeString();
    }
  }

  private take(buf: string, from: number, to: number): void {
    const open = this.open!;
    if (!open.collect || open.truncated || to <= from) return;
    const room = MAX_STRING_CHARS - open.collected;
    const piece = buf.slice(from, Math.min(to, from + room));
    if (to - from > room) open.truncated = true;
    if (!open.escaped && piece.includes("\\")) open.escaped = true;
    open.parts.push(piece);
    open.collected += piece.length;
  }

  private closeString(): string {
    const open = this.open!;
    this.open = undefined;
    if (!open.collect) return "";
    let raw = open.parts.length === 1 ? open.parts[0]! : open.parts.join("");
    if (!open.escaped) return raw;
    if (open.truncated) raw = raw.replace(/\\(?:u[0-9a-fA-F]{0,3})?$/, "");
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      if (open.truncated) {
        // The cut fell inside an escape sequence: drop it.
        const cut = raw.lastIndexOf("\\");
        try {
          return JSON.parse(`"${raw.slice(0, cut)}"`) as string;
        } catch {
          // fall through to the error
        }
      }
      this.fail();
    }
  }

  private deliverString(s: string): void {
    // `open` was cleared by closeString; the role is known from what was expected.
    if (this.expect === Expect.Key || this.expect === Expect.KeyOrEndObject) {
      this.expect = Expect.Colon;
      this.sink.key(s);
    } else {
      this.afterScalar();
      this.sink.value(s);
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

/** What Python's json module writes for non-finite floats. */
const NON_STANDARD = ["NaN", "Infinity", "-Infinity"] as const;

/** Digits, `.`, `e`, `E`, `+`, `-`. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
}
