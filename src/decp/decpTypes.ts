import type { CellValue } from "../core/grid";

/** The three forms a DECP file comes in (the tabular form as CSV or XLSX). */
export type DecpFormat = "json" | "xml" | "csv" | "xlsx";

export type DecpSeverity = "erreur" | "avertissement" | "info";

/** One anomaly found while importing: where, which field, what value, what was done (French). */
export interface DecpIssue {
  readonly severity: DecpSeverity;
  /** The record, e.g. « marché n° 12 (id 2024-0001) » or « ligne 5 ». */
  readonly record: string;
  /** DECP field name, e.g. `montant`. */
  readonly field: string;
  /** The offending value as found in the file (shortened). */
  readonly value: string;
  /** What was done, one French sentence. */
  readonly action: string;
}

/** A modification of the contract, as far as the register cares. */
export interface RawModification {
  readonly montant: unknown;
  readonly dureeMois: unknown;
  /** Best date to order modifications (notification, else publication); may be absent. */
  readonly date: unknown;
}

/**
 * A contract as read from any form, before validation: values are whatever the file held.
 * Considerations are lists of strings (tabular cells already split).
 */
export interface RawMarche {
  /** Human location of the record in the file, for issues. */
  readonly location: string;
  readonly id: unknown;
  readonly acheteurId: unknown;
  readonly objet: unknown;
  readonly procedure: unknown;
  readonly codeCPV: unknown;
  readonly montant: unknown;
  readonly dateNotification: unknown;
  readonly dureeMois: unknown;
  /** undefined when the field is absent from the record. */
  readonly considerationsSociales: readonly unknown[] | undefined;
  readonly considerationsEnvironnementales: readonly unknown[] | undefined;
  readonly modifications: readonly RawModification[];
}

/** Something the reader noticed in a record (the record is added by the importer). */
export type DecpReadNote = Omit<DecpIssue, "record">;

/** What a reader yields, one item per record of the file. */
export type DecpSourceRecord =
  | {
      readonly kind: "marche";
      readonly marche: RawMarche;
      /** Anomalies met while reading the record (`NaN`, duplicate keys…). */
      readonly notes?: readonly DecpReadNote[];
    }
  | { readonly kind: "concession"; readonly location: string }
  /** Something stands where a contract was expected (a number in the list of marchés…). */
  | { readonly kind: "invalid"; readonly location: string; readonly found: string };

/** Register columns that the DECP fills (PRODUCT §1 plus `Montant actualisé`). */
export type DecpColumnKey =
  | "reference"
  | "acheteur"
  | "objet"
  | "nature"
  | "procedure"
  | "montant"
  | "montantActualise"
  | "dateNotification"
  | "dureeMois"
  | "considerationsSociales"
  | "considerationsEnvironnementales"
  | "codeCPV"
  | "source";

/** One register row built from a DECP record; dates are UTC midnight (see Grid). */
export type DecpRow = Readonly<Record<DecpColumnKey, CellValue>>;

/** A mapped record with its merge key. */
export interface ImportedContract {
  /** `SIRET|id`, see `contractKey`. */
  readonly key: string;
  readonly row: DecpRow;
  readonly location: string;
}

/** Raised by a reader when the file cannot be read at all (French message). */
export class DecpFormatError extends Error {
  override readonly name = "DecpFormatError";
}

/** What a reader tells about the file as a whole, beside its records. */
export interface DecpReadContext {
  /**
   * A list of contracts was found (`[]`, `{"marches": []}`, `<marches/>`, a tabular header with
   * an `id` column): a file with no record is then « 0 marché », not an unknown file.
   */
  listFound: boolean;
  /** File-level anomalies (encoding…), in the order met. */
  readonly issues: DecpIssue[];
}

export function newReadContext(): DecpReadContext {
  return { listFound: false, issues: [] };
}
