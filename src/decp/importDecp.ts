import type { DecpFormat, DecpIssue, DecpSourceRecord, ImportedContract } from "./decpTypes";
import { DecpFormatError } from "./decpTypes";
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

/** The records of a DECP file in the given form, streamed (XLSX: read whole, see readXlsxRows). */
export async function* readDecpRecords(
  chunks: AsyncIterable<Uint8Array>,
  format: DecpFormat,
  encoding: TextEncodingName = "utf-8",
): AsyncGenerator<DecpSourceRecord> {
  switch (format) {
    case "json":
      yield* readJsonRecords(chunks, encoding);
      return;
    case "xml":
      yield* readXmlRecords(chunks, encoding);
      return;
    case "csv":
      yield* tabularRecords(readCsvRows(chunks, encoding));
      return;
    case "xlsx":
      yield* tabularRecords(await readXlsxRows(await collectBytes(chunks)));
      return;
  }
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
    for await (const record of readDecpRecords(all, format, detectEncoding(head))) {
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
          action: "Élément qui n'est pas un marché : ignoré.",
        });
        continue;
      }
      if (wantedBuyer !== undefined && buyerOf(record.marche.acheteurId) !== wantedBuyer) {
        otherBuyers++;
        continue;
      }
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
          ? `Doublon de ${first.location} : ignoré.`
          : `Doublon de ${first.location} avec des valeurs différentes : la première occurrence est gardée.`,
      });
    }
    return {
      ok: true,
      format,
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
