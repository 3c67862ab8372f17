import type {
  DecpFormat,
  DecpIssue,
  DecpReadContext,
  DecpSourceRecord,
  ImportedContract,
} from "./decpTypes";
import { DecpFormatError, newReadContext } from "./decpTypes";
import { detectFormat } from "./detectFormat";
import { readSiret, readText } from "./fieldReaders";
import { readJsonRecords } from "./jsonRecordReader";
import { mapMarche } from "./mapMarche";
import { readCsvRows } from "./csvRows";
import { tabularRecords } from "./tabularRecords";
import { collectBytes, detectEncoding, type TextEncodingName } from "./textChunks";
import { readXlsxRows } from "./xlsxRows";
import { readXmlRecords } from "./xmlRecordReader";
import { sameCell } from "./cellEquality";

export interface DecpImportOptions {
  /** Forced form; detected from the content when absent. */
  readonly format?: DecpFormat;
  /** Keep only this buyer's contracts (SIRET; spaces ignored). */
  readonly acheteur?: string;
  /** Issues kept in the result beyond which they are only counted (national files). */
  readonly maxIssues?: number;
  /** Called every PROGRESS_STEP records (long national files). */
  readonly onProgress?: (recordsRead: number) => void;
}

export const PROGRESS_STEP = 100_000;

export interface DecpImportCounts {
  /** Every record of the file: contracts, concessions, rows of a tabular export. */
  readonly recordsRead: number;
  /** Distinct contracts kept (one per buyer SIRET + id). */
  readonly contracts: number;
  readonly concessionsSkipped: number;
  /** Contracts of other buyers, left out by the SIRET filter. */
  readonly otherBuyers: number;
  /** Records repeating a contract already read (tabular rows per titulaire, duplicates). */
  readonly duplicates: number;
  /** Records that could not be imported (no id, not a contract): each has an issue. */
  readonly rejected: number;
}

export type DecpImportResult =
  | {
      readonly ok: true;
      readonly format: DecpFormat;
      /**
       * The file holds a list of contracts (possibly empty): false with no record means the file
       * is not a DECP file at all.
       */
      readonly listFound: boolean;
      readonly contracts: readonly ImportedContract[];
      readonly counts: DecpImportCounts;
      readonly issues: readonly DecpIssue[];
      /** Issues beyond `maxIssues`, counted only. */
      readonly issuesOmitted: number;
    }
  | { readonly ok: false; readonly message: string };

const DEFAULT_MAX_ISSUES = 10_000;

/** Enough bytes to recognise the form and the encoding of a file. */
const HEAD_BYTES = 65536;

/** Reads the first bytes (for format detection), then gives them back followed by the rest. */
async function peekHead(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array | undefined; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    first.push(next.value);
    size += next.value.length;
  }
  const head = size === 0 ? undefined : await collectBytes(arrayChunks(first));
  async function* all(): AsyncGenerator<Uint8Array> {
    if (head) yield head;
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, all: all() };
}

async function* arrayChunks(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

/** The text encodings, as users know them. */
const ENCODING_LABEL: Readonly<Record<TextEncodingName, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1252": "Windows-1252",
};

/**
 * The records of a DECP file in the given form, streamed (XLSX: read whole, see readXlsxRows).
 * What concerns the whole file (a list was found, invalid UTF-8) goes to `context`.
 */
export async function* readDecpRecords(
  chunks: AsyncIterable<Uint8Array>,
  format: DecpFormat,
  encoding: TextEncodingName = "utf-8",
  context: DecpReadContext = newReadContext(),
): AsyncGenerator<DecpSourceRecord> {
  const onInvalid = (byteOffset: number): void => {
    context.issues.push({
      severity: "avertissement",
      record: "fichier",
      field: "encodage",
      value: `octet ${new Intl.NumberFormat("fr-FR").format(byteOffset + 1)} environ`,
      action:
        "Le fichier contient des octets qui ne sont pas de l’UTF-8 valide\u00a0: ils sont remplacés par «\u00a0\ufffd\u00a0». Vérifiez les textes concernés ou enregistrez le fichier en UTF-8.",
    });
  };
  switch (format) {
    case "json":
      yield* readJsonRecords(chunks, encoding, context, onInvalid);
      return;
    case "xml":
      yield* readXmlRecords(chunks, encoding, context, onInvalid);
      return;
    case "csv":
      yield* tabularRecords(readCsvRows(chunks, encoding, onInvalid), context);
      return;
    case "xlsx":
      yield* tabularRecords(await readXlsxRows(await collectBytes(chunks)), context);
      return;
  }
}

/** « de l’enregistrement n° 1 », « de la ligne 5 »: the article a location takes. */
function ofLocation(location: string): string {
  return /^[aeiouyéèêh]/i.test(location) ? `de l’${location}` : `de la ${location}`;
}

/** The SIRET a raw buyer id stands for (digits), or its text when malformed. */
function buyerOf(raw: unknown): string {
  const s = readSiret(raw);
  return s.ok ? s.value : (readText(raw) ?? "");
}

/**
 * Reads a DECP file of any form into register rows: concessions skipped and counted, other
 * buyers filtered out, one row per buyer SIRET + id, every anomaly reported. Never throws for
 * bad data: an unreadable file gives `ok: false` with one French sentence.
 */
export async function importDecp(
  chunks: AsyncIterable<Uint8Array>,
  options: DecpImportOptions = {},
): Promise<DecpImportResult> {
  const issues: DecpIssue[] = [];
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  let issuesOmitted = 0;
  const addIssue = (issue: DecpIssue): void => {
    if (issues.length < maxIssues) issues.push(issue);
    else issuesOmitted++;
  };
  const wantedBuyer = options.acheteur?.replace(/[\s\u00a0\u202f]/g, "");

  let recordsRead = 0;
  let concessionsSkipped = 0;
  let otherBuyers = 0;
  let duplicates = 0;
  let rejected = 0;
  const contracts = new Map<string, ImportedContract>();

  try {
    const { head, all } = await peekHead(chunks);
    if (!head) return { ok: false, message: "Le fichier DECP est vide." };
    const format = options.format ?? detectFormat(head);
    const tabular = format === "csv" || format === "xlsx";
    const encoding = detectEncoding(head);
    const context = newReadContext();
    if (encoding === "windows-1252" && format !== "xlsx") {
      addIssue({
        severity: "info",
        record: "fichier",
        field: "encodage",
        value: ENCODING_LABEL[encoding],
        action:
          "Le fichier n’est pas en UTF-8\u00a0: il est lu en Windows-1252 (encodage des exports Excel sous Windows). Vérifiez les lettres accentuées.",
      });
    }
    let fileIssuesSeen = 0;
    for await (const record of readDecpRecords(all, format, encoding, context)) {
      while (fileIssuesSeen < context.issues.length) addIssue(context.issues[fileIssuesSeen++]!);
      recordsRead++;
      if (options.onProgress && recordsRead % PROGRESS_STEP === 0) options.onProgress(recordsRead);
      if (record.kind === "concession") {
        concessionsSkipped++;
        continue;
      }
      if (record.kind === "invalid") {
        rejected++;
        addIssue({
          severity: "erreur",
          record: record.location,
          field: "marche",
          value: record.found,
          action: "Élément qui n’est pas un marché\u00a0: ignoré.",
        });
        continue;
      }
      if (wantedBuyer !== undefined && buyerOf(record.marche.acheteurId) !== wantedBuyer) {
        otherBuyers++;
        continue;
      }
      for (const note of record.notes ?? []) addIssue({ ...note, record: record.marche.location });
      const mapped = mapMarche(record.marche, addIssue);
      if (!mapped.ok) {
        rejected++;
        continue;
      }
      const { contract } = mapped;
      const first = contracts.get(contract.key);
      if (!first) {
        contracts.set(contract.key, contract);
        continue;
      }
      duplicates++;
      const identical = (Object.keys(contract.row) as (keyof typeof contract.row)[]).every((k) =>
        sameCell(first.row[k], contract.row[k]),
      );
      // Tabular exports repeat a contract once per titulaire: identical repeats are expected there.
      if (identical && tabular) continue;
      addIssue({
        severity: identical ? "info" : "avertissement",
        record: contract.location,
        field: "id",
        value: String(contract.row.reference),
        action: identical
          ? `Doublon ${ofLocation(first.location)}\u00a0: ignoré.`
          : `Doublon ${ofLocation(first.location)} avec des valeurs différentes\u00a0: la première occurrence est gardée.`,
      });
    }
    while (fileIssuesSeen < context.issues.length) addIssue(context.issues[fileIssuesSeen++]!);
    return {
      ok: true,
      format,
      listFound: context.listFound,
      contracts: [...contracts.values()],
      counts: {
        recordsRead,
        contracts: contracts.size,
        concessionsSkipped,
        otherBuyers,
        duplicates,
        rejected,
      },
      issues,
      issuesOmitted,
    };
  } catch (e) {
    if (e instanceof DecpFormatError) return { ok: false, message: e.message };
    throw e;
  }
}
