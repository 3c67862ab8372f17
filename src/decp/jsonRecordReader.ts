import { JsonTokenizer, type JsonSink } from "./jsonTokenizer";
import { compactLabel } from "./normalizeLabel";
import { isPlainObject, recordFromObject, type PlainObject } from "./objectRecord";
import {
  newReadContext,
  type DecpReadContext,
  type DecpReadNote,
  type DecpSourceRecord,
} from "./decpTypes";
import { showValue } from "./fieldReaders";
import { decodeText, type TextEncodingName } from "./textChunks";

/** Record fields the mapping reads (compacted names, see objectRecord); others are skipped. */
const RECORD_FIELDS = new Set(
  [
    "id",
    "acheteur",
    "acheteurId",
    "acheteur.id",
    "_type",
    "nature",
    "objet",
    "procedure",
    "codeCPV",
    "montant",
    "dateNotification",
    "dureeMois",
    "considerationsSociales",
    "considerationsEnvironnementales",
    "modifications",
  ].map(compactLabel),
);

/** What a JSON value found at some place of the file stands for. */
type Role = "container" | "recordList" | "concessionList" | "ignore";

interface PathFrame {
  readonly role: Role;
  readonly isObject: boolean;
  key: string | undefined;
}

interface BuildFrame {
  readonly value: PlainObject | unknown[];
  key: string | undefined;
}

/**
 * Finds the contracts in a DECP JSON document, whatever its top-level shape
 * (`{"marches": {"marche": [...]}}`, `{"marches": [...]}`, a bare array), and assembles
 * each one alone: only the record being read is held in memory.
 */
class DecpJsonAssembler implements JsonSink {
  private readonly path: PathFrame[] = [];
  /** Non-empty while a record is being assembled. */
  private build: BuildFrame[] = [];
  /** Depth of an ignored or concession subtree being skipped (0 = not skipping). */
  private skipDepth = 0;
  /** The value after the current key is a field of no use: skip it. */
  private skipNextValue = false;
  private count = 0;
  /** The record-level field whose value is being skipped (for notes about it). */
  private skippedField: string | undefined;
  /** Notes about the record being assembled. */
  private notes: DecpReadNote[] = [];

  constructor(
    private readonly emit: (record: DecpSourceRecord) => void,
    private readonly context: DecpReadContext,
  ) {}

  private note(note: DecpReadNote): void {
    if (this.notes.length < MAX_NOTES_PER_RECORD) this.notes.push(note);
  }

  private location(): string {
    return `enregistrement n°\u00a0${this.count}`;
  }

  /** The role of a value starting here, given where it stands. */
  private roleOfNewValue(
    isObject: boolean,
    isArray: boolean,
  ): Role | "record" | "concession" | "invalid" {
    const parent = this.path[this.path.length - 1];
    if (!parent) return isArray ? "recordList" : isObject ? "container" : "ignore";
    if (parent.role === "recordList") return isObject ? "record" : "invalid";
    if (parent.role === "concessionList") return "concession";
    if (parent.role !== "container" || parent.key === undefined) return "ignore";
    const key = compactLabel(parent.key);
    if (key.includes("concession")) return isArray ? "concessionList" : "concession";
    if (key === "marches" || key === "marche") {
      if (isArray) return "recordList";
      if (isObject) return key === "marches" ? "container" : "record";
    }
    return "ignore";
  }

  private startContainer(isObject: boolean): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (this.skipNextValue) {
      this.skipNextValue = false;
      this.skipDepth = 1;
      return;
    }
    if (this.build.length > 0) {
      const value: PlainObject | unknown[] = isObject ? (Object.create(null) as PlainObject) : [];
      this.attach(value);
      this.build.push({ value, key: undefined });
      return;
    }
    const role = this.roleOfNewValue(isObject, !isObject);
    switch (role) {
      case "record":
        this.count++;
        this.notes = [];
        this.build = [{ value: Object.create(null) as PlainObject, key: undefined }];
        return;
      case "concession":
        this.count++;
        this.emit({ kind: "concession", location: this.location() });
        this.skipDepth = 1;
        return;
      case "invalid":
        this.count++;
        this.emit({
          kind: "invalid",
          location: this.location(),
          found: isObject ? "objet" : "liste",
        });
        this.skipDepth = 1;
        return;
      case "ignore":
        this.skipDepth = 1;
        return;
      default:
        if (role === "recordList") this.context.listFound = true;
        this.path.push({ role, isObject, key: undefined });
    }
  }

  private endContainer(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      if (this.skipDepth === 0) this.skippedField = undefined;
      return;
    }
    if (this.build.length > 0) {
      const done = this.build.pop()!;
      if (this.build.length === 0 && isPlainObject(done.value)) {
        const record = recordFromObject(done.value, this.location());
        this.emit(
          record.kind === "marche" && this.notes.length > 0
            ? { ...record, notes: this.notes }
            : record,
        );
        this.notes = [];
      }
      return;
    }
    this.path.pop();
  }

  /** Puts a value into the record being assembled, under the pending key or at the end of a list. */
  private attach(value: unknown): void {
    const top = this.build[this.build.length - 1]!;
    if (Array.isArray(top.value)) top.value.push(value);
    else if (top.key !== undefined) {
      if (Object.prototype.hasOwnProperty.call(top.value, top.key)) {
        // JSON.parse would keep the last; the first is kept here, as for duplicate records.
        this.note({
          severity: "avertissement",
          field: top.key,
          value: showValue(value),
          action: `Clé en double dans l’enregistrement\u00a0: la première valeur («\u00a0${showValue(top.value[top.key])}\u00a0») est gardée, celle-ci est ignorée.`,
        });
      } else top.value[top.key] = value;
      top.key = undefined;
    }
  }

  startObject(): void {
    this.startContainer(true);
  }
  startArray(): void {
    this.startContainer(false);
  }
  endObject(): void {
    this.endContainer();
  }
  endArray(): void {
    this.endContainer();
  }
  key(name: string): void {
    if (this.skipDepth > 0) return;
    if (this.build.length === 1 && !RECORD_FIELDS.has(compactLabel(name))) {
      // A field the register does not use (titulaires, techniques…): not assembled at all.
      this.skipNextValue = true;
      this.skippedField = name;
      return;
    }
    if (this.build.length > 0) this.build[this.build.length - 1]!.key = name;
    else {
      const top = this.path[this.path.length - 1];
      if (top) top.key = name;
    }
  }
  wantsValue(): boolean {
    return this.skipDepth === 0 && !this.skipNextValue && this.build.length > 0;
  }
  nonStandard(literal: string): void {
    const inRecord = this.build.length > 0 || this.skippedField !== undefined;
    if (!inRecord) return;
    const top = this.build[this.build.length - 1];
    const field =
      this.skippedField ??
      (top && !Array.isArray(top.value) ? top.key : undefined) ??
      this.path[this.path.length - 1]?.key ??
      "(valeur)";
    this.note({
      severity: "info",
      field,
      value: literal,
      action: "Valeur non standard écrite par Python (pas du JSON)\u00a0: lue comme absente.",
    });
  }
  value(v: string | number | boolean | null): void {
    if (this.skipDepth > 0) return;
    if (this.skipNextValue) {
      this.skipNextValue = false;
      this.skippedField = undefined;
      return;
    }
    if (this.build.length > 0) {
      this.attach(v);
      return;
    }
    const role = this.roleOfNewValue(false, false);
    if (role === "concession") {
      this.count++;
      this.emit({ kind: "concession", location: this.location() });
    } else if (role === "invalid") {
      this.count++;
      this.emit({
        kind: "invalid",
        location: this.location(),
        found: v === null ? "null" : typeof v,
      });
    }
  }
}

/** Notes kept per record beyond which they are dropped (a record of 10 000 `NaN`). */
const MAX_NOTES_PER_RECORD = 50;

/** Streams the records of a DECP JSON file (UTF-8 or UTF-16, with or without BOM). */
export async function* readJsonRecords(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName = "utf-8",
  context: DecpReadContext = newReadContext(),
  onInvalidText?: (byteOffset: number) => void,
): AsyncGenerator<DecpSourceRecord> {
  const pending: DecpSourceRecord[] = [];
  const tokenizer = new JsonTokenizer(new DecpJsonAssembler((r) => pending.push(r), context));
  for await (const text of decodeText(chunks, encoding, onInvalidText)) {
    tokenizer.write(text);
    yield* pending;
    pending.length = 0;
  }
  tokenizer.end();
  yield* pending;
}
