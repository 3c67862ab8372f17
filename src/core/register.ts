/**
 * The contracts register (PRODUCT §1): found by content, one row per notified contract or lot,
 * columns by French label or DECP field name.
 */
import type { ContractFlag } from "./catalogue";
import { type CellValue, type Grid, cellAddress } from "./grid";
import { type RegisterColumnKey, assignColumns, matchRegisterHeader } from "./headers";
import type { IssueList } from "./issues";
import { memoised, normalizeText } from "./normalize";
import { type Nature, SOCIAL_ANALYSIS_THRESHOLD } from "./thresholds";
import { type Day } from "./day";
import {
  cellText,
  isBlankCell,
  parseBooleanToken,
  readDayCell,
  readNumberCell,
} from "./cellReading";
import { HEADER_SCAN_ROWS, isOutputSheetName } from "./pilotSheet";

const NAME_HINTS = ["marches", "registre", "decp", "contrats", "marche"];

export interface RegisterLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Partial<Record<RegisterColumnKey, number>>;
}

/** What a consideration cell says. */
export interface Considerations {
  /** At least one consideration (of a known or unknown kind). */
  readonly any: boolean;
  /** Normalised DECP values found (e.g. "clause sociale", "marche reserve"). */
  readonly kinds: ReadonlySet<string>;
}

export interface Contract {
  readonly row: number;
  readonly notified: Day | null;
  readonly launched: Day | null;
  readonly durationMonths: number | null;
  readonly amount: number | null;
  /**
   * Estimated value of the whole need (domain-facts §8): the sum of the amounts of every row of
   * the same procedure (its lots), see `procedureKey`; the row's own amount when it stands alone.
   * Thresholds (EU thresholds for CR-I1, the 40 000 € of IMP3-I6) apply to it.
   */
  readonly needAmount: number | null;
  readonly nature: Nature | null;
  /** Social and other specific services (R2123-1 3°): EU threshold 750 000 € HT. */
  readonly socialServices: boolean;
  readonly defence: boolean;
  readonly procedure: string | null;
  /** Bit set of ContractFlag (see hasFlag): registers hold up to hundreds of thousands of rows. */
  readonly flags: number;
  readonly plannedHours: number;
  /** `Direction` as written (trimmed), for the bilan's breakdown; null when empty or absent. */
  readonly direction: string | null;
  /** `Marché réservé` among the social considerations (PRODUCT §3 `réservé`). */
  readonly reserved: boolean;
}

const FLAG_ORDER: readonly ContractFlag[] = [
  "labelSpaser",
  "sourcing",
  "negociation",
  "clauseProgres",
  "acv",
  "env",
  "social",
  "clauseInsertion",
  "reserveOuInsertion",
  "criteresNumeriqueResponsable",
  "critereEnvironnemental",
  "achatNumerique",
  "sectionFonctionnement",
  "montantSup40000",
  "directionVoirie",
  "analyseClauseSociale",
  "clauseSocialeOuException",
];
const FLAG_BIT = new Map(FLAG_ORDER.map((f, i) => [f, 1 << i]));

export function flagBit(flag: ContractFlag): number {
  return FLAG_BIT.get(flag)!;
}

export function hasFlag(c: Contract, flag: ContractFlag): boolean {
  return (c.flags & flagBit(flag)) !== 0;
}

export interface Register {
  readonly layout: RegisterLayout;
  readonly contracts: readonly Contract[];
  /** Register columns present, to know which rules can be computed. */
  readonly has: (key: RegisterColumnKey) => boolean;
}

/** A register header row needs a notification date and one of amount, object, considerations. */
export function findRegisterHeader(
  grid: Grid,
): { row: number; columns: Partial<Record<RegisterColumnKey, number>> } | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const columns = assignColumns(
      row.map((c) => (typeof c === "string" ? matchRegisterHeader(c) : undefined)),
    );
    const support = ["montant", "objet", "social", "env", "reference"].filter(
      (k) => columns[k as RegisterColumnKey] !== undefined,
    ).length;
    if (columns.dateNotification !== undefined && support >= 1) return { row: r, columns };
  }
  return undefined;
}

export function findRegisterSheet(
  grids: readonly Grid[],
  skip: ReadonlySet<string>,
): RegisterLayout | undefined {
  let best: { layout: RegisterLayout; score: number } | undefined;
  for (const grid of grids) {
    if (skip.has(grid.name) || isOutputSheetName(grid.name)) continue;
    const found = findRegisterHeader(grid);
    if (!found) continue;
    const name = normalizeText(grid.name);
    const hint = NAME_HINTS.some((h) => name.includes(h)) ? 1000 : 0;
    const score = hint + Object.keys(found.columns).length;
    if (!best || score > best.score)
      best = { layout: { sheet: grid.name, headerRow: found.row, columns: found.columns }, score };
  }
  return best?.layout;
}

const SOCIAL_VALUES = ["clause sociale", "critere social", "marche reserve"];
const ENV_VALUES = ["clause environnementale", "critere environnemental"];
const NONE_VALUES = new Set(["sans objet", "non", "aucune", "aucun", "neant"]);

/**
 * Consideration cells hold DECP values, several separated by `,` `;` `/` or line breaks;
 * `Pas de considération…`, `Sans objet`, `non`, empty = none; a positive value wins; `oui` or any
 * other text = a consideration of unknown kind.
 */
export function readConsiderations(
  raw: CellValue,
  known: readonly string[],
): { value: Considerations; unknown: string[] } {
  const kinds = new Set<string>();
  const unknown: string[] = [];
  let any = false;
  if (typeof raw === "boolean") return { value: { any: raw, kinds }, unknown: raw ? ["VRAI"] : [] };
  const text = cellText(raw);
  for (const part of text.split(/[,;/\n\r]+/)) {
    const p = normalizeText(part);
    if (p === "" || NONE_VALUES.has(p) || p.startsWith("pas de consideration")) continue;
    any = true;
    const k = known.find((v) => p === v);
    if (k) kinds.add(k);
    else unknown.push(part.trim());
  }
  return { value: { any, kinds }, unknown };
}

function readNature(raw: CellValue): {
  nature: Nature | null;
  defence: boolean;
  socialServices: boolean;
} {
  const n = normalizeText(cellText(raw));
  const defence = n.includes("defense") || n.includes("securite");
  const socialServices = n.includes("services sociaux") || n.includes("services specifiques");
  if (n.includes("travaux")) return { nature: "Travaux", defence, socialServices: false };
  if (n.includes("fourniture")) return { nature: "Fournitures", defence, socialServices: false };
  if (n.includes("service")) return { nature: "Services", defence, socialServices };
  return { nature: null, defence, socialServices: false };
}

/** An explicit lot suffix at the end of a reference: « -L2 », « _lot3 », « LOT 1 », « /Lot-4 ». */
const LOT_SUFFIX = /(?:[\s\-_/.]+(?:lot|l)|[\s\-_/.]*lot)\s*[-_]?\s*\d{1,3}$/i;

/**
 * The procedure a row belongs to (domain-facts §8: thresholds apply to the whole need, all lots
 * included). In order: the « Consultation » column when filled; otherwise the reference without
 * its lot suffix — an explicit one (« 2026-012-L2 », « AO-5 lot 1 ») or, when a « Lot » column
 * gives the lot number n, a trailing « -n » / « -0n »; a row without reference is its own
 * procedure (null). Bare trailing digits are never taken for a lot without a « Lot » column:
 * they are too often part of the contract number itself.
 */
export function procedureKey(
  reference: string,
  lot: string,
  consultation: string,
  buyer: string,
): string | null {
  const key = procedureKeyOfBuyer(reference, lot, consultation);
  return key === null || buyer === "" ? key : `${buyer}\u0001${key}`;
}

/**
 * procedureKey within one buyer's rows. Plain lower-casing, not normalizeText: references are
 * mostly unique, and would flush its bounded memo of the few values registers repeat. Registers
 * hold up to 500 000 rows: the common case (no lot marker, no consultation) allocates nothing
 * but the lower-cased reference.
 */
function procedureKeyOfBuyer(reference: string, lot: string, consultation: string): string | null {
  const c = consultation.trim();
  if (c !== "") return `\u0000${c.toLowerCase()}`;
  const ref = reference.trim();
  if (ref === "") return null;
  let base = /[lL]/.test(ref) ? ref.replace(LOT_SUFFIX, "") : ref;
  if (base === ref && lot !== "") {
    const lotNumber = /(\d{1,3})\s*$/.exec(lot.trim())?.[1];
    if (lotNumber !== undefined)
      base = ref.replace(new RegExp(`[\\s\\-_/.]+0*${Number(lotNumber)}$`), "");
  }
  return (base === "" ? ref : base).toLowerCase();
}

/**
 * What the register says of each key within one buyer's rows, by entry number: the row of the
 * contract whose reference it is (duplicates are found with it), and the amounts of the rows
 * whose procedure it is (the whole need). A reference is usually its own procedure: one entry
 * serves both. Arrays rather than an object per entry: a register of 500 000 rows has as many
 * entries, and a sum turning fractional would re-shape every object made before it.
 */
class KeyEntries {
  /** The row whose reference the key is, -1 when none. */
  readonly refRow: number[] = [];
  readonly need: number[] = [];
  readonly hasAmount: boolean[] = [];

  add(refRow: number): number {
    this.refRow.push(refRow);
    this.need.push(0);
    this.hasAmount.push(false);
    return this.refRow.length - 1;
  }
}

/** Per buyer, the entry numbers by key: no concatenated key per register row. */
class EntriesByBuyer {
  private readonly maps = new Map<string, Map<string, number>>();
  private lastBuyer: string | undefined;
  private last: Map<string, number> | undefined;

  of(buyer: string): Map<string, number> {
    if (buyer === this.lastBuyer) return this.last!;
    let m = this.maps.get(buyer);
    if (m === undefined) {
      m = new Map();
      this.maps.set(buyer, m);
    }
    this.lastBuyer = buyer;
    this.last = m;
    return m;
  }
}

/** Nature from a CPV code: division 45 → Travaux, 50–98 → Services, otherwise Fournitures. */
export function natureFromCpv(raw: CellValue): Nature | null {
  const m = /^(\d{2})/.exec(cellText(raw).replace(/\s/g, ""));
  if (!m) return null;
  const division = Number(m[1]);
  if (division === 45) return "Travaux";
  if (division >= 50 && division <= 98) return "Services";
  return "Fournitures";
}

const YES_NO_FLAGS: readonly (readonly [ContractFlag, RegisterColumnKey])[] = [
  ["labelSpaser", "labelSpaser"],
  ["sourcing", "sourcing"],
  ["negociation", "negociation"],
  ["clauseProgres", "clauseProgres"],
  ["acv", "acv"],
  ["achatNumerique", "achatNumerique"],
  ["criteresNumeriqueResponsable", "criteresNumeriqueResponsable"],
  ["analyseClauseSociale", "analyseClauseSociale"],
];

/** Register issues per column are capped so that a broken column does not flood the Contrôle sheet. */
const MAX_ISSUES_PER_COLUMN = 50;

/** Whether every cell of a register row is empty or a missing token. */
function isBlankRow(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined) continue;
    if (typeof v !== "string" || !isBlankCell(v)) return false;
  }
  return true;
}

/**
 * `read` memoised per distinct text (`memoised`), the previous cell's first: a register column
 * repeats a handful of texts (« oui », a nature, a consideration) over hundreds of thousands of
 * rows, most often the very string of the row above (one shared string).
 */
function textMemo<T>(read: (raw: CellValue) => T): (raw: CellValue) => T {
  const byText = memoised(read);
  let last: string | undefined;
  let lastValue: T | undefined;
  return (raw) => {
    if (typeof raw !== "string") return read(raw);
    if (raw !== last) {
      lastValue = byText(raw);
      last = raw;
    }
    return lastValue!;
  };
}

/** A yes/no cell: YES, NO (also empty or a missing token), or NOT_ANSWER (counted as no). */
const YES = 1;
const NO = 0;
const NOT_ANSWER = -1;

function answerOf(raw: CellValue): number {
  const b = isBlankCell(raw) ? false : parseBooleanToken(raw);
  return b === undefined ? NOT_ANSWER : b ? YES : NO;
}

/** A yes/no column of the layout: where it is, the flag it sets, its answers read once. */
interface AnswerColumn {
  readonly key: RegisterColumnKey;
  readonly col: number;
  readonly bit: number;
  readonly answer: (raw: CellValue) => number;
}

function answerColumn(key: RegisterColumnKey, col: number, bit = 0): AnswerColumn {
  return { key, col, bit, answer: textMemo(answerOf) };
}

/**
 * Reads the register rows under the header. Registers hold up to 500 000 rows: the loop reads
 * columns by index resolved once, each distinct text once, and allocates per row only the
 * contract.
 */
export function readRegister(grid: Grid, layout: RegisterLayout, issues: IssueList): Register {
  const c = layout.columns;
  const sheet = layout.sheet;
  const contracts: { -readonly [K in keyof Contract]: Contract[K] }[] = [];
  const books = new EntriesByBuyer();
  const entries = new KeyEntries();
  const issueCount = new Map<string, number>();
  const report = (
    key: string,
    severity: "avertissement" | "info",
    message: string,
    row: number,
    col: number | undefined,
  ): void => {
    const n = (issueCount.get(key) ?? 0) + 1;
    issueCount.set(key, n);
    if (n <= MAX_ISSUES_PER_COLUMN)
      issues.add(severity, message, {
        sheet,
        cell: col === undefined ? null : cellAddress(row, col),
      });
  };
  /** Column indexes, -1 when absent. */
  const at = (key: RegisterColumnKey): number => c[key] ?? -1;
  const cReference = at("reference");
  const cBuyer = at("acheteur");
  const cNotified = at("dateNotification");
  const cNature = at("nature");
  const cCpv = at("codeCPV");
  const cSocial = at("social");
  const cEnv = at("env");
  const cHours = at("heuresPrevues");
  const cDirection = at("direction");
  const cSection = at("section");
  const cAmount = at("montant");
  const cDuration = at("dureeMois");
  const cLot = at("lot");
  const cConsultation = at("consultation");
  const cLaunched = at("dateLancement");
  const cProcedure = at("procedure");
  const cell = (row: readonly CellValue[], col: number): CellValue =>
    col < 0 ? null : (row[col] ?? null);
  const reportUnknownKinds = (
    read: ReturnType<typeof readConsiderations> | null,
    key: "social" | "env",
    r: number,
  ): void => {
    if (read && read.unknown.length > 0)
      report(
        key,
        "info",
        `Considération « ${read.unknown.join(", ")} » d’un type inconnu : comptée comme une considération sans précision.`,
        r,
        c[key],
      );
  };
  const yes = (row: readonly CellValue[], r: number, column: AnswerColumn): boolean => {
    const raw = row[column.col] ?? null;
    if (raw === null) return false;
    const a = column.answer(raw);
    if (a === NOT_ANSWER) {
      report(
        column.key,
        "info",
        `Réponse « ${cellText(raw)} » non reconnue (attendu oui ou non) : comptée comme non.`,
        r,
        column.col,
      );
      return false;
    }
    return a === YES;
  };
  const yesNo: AnswerColumn[] = [];
  for (const [flag, key] of YES_NO_FLAGS)
    if (c[key] !== undefined) yesNo.push(answerColumn(key, c[key], flagBit(flag)));
  const optional = (key: RegisterColumnKey): AnswerColumn | null =>
    c[key] === undefined ? null : answerColumn(key, c[key]);
  const socialServicesColumn = optional("servicesSociaux");
  const insertionColumn = optional("clauseInsertion");
  const insertionMarketColumn = optional("marcheInsertion");
  const exceptionColumn = optional("exception");
  const natureOf = textMemo(readNature);
  const socialOf = textMemo((raw) => readConsiderations(raw, SOCIAL_VALUES));
  const envOf = textMemo((raw) => readConsiderations(raw, ENV_VALUES));
  /** Whether a cell's text holds `word` (normalised), each distinct text read once. */
  const mentions = (word: string): ((raw: CellValue) => boolean) =>
    textMemo((raw) => normalizeText(cellText(raw)).includes(word));
  const voirie = mentions("voirie");
  const fonctionnement = mentions("fonctionnement");
  const bit = {
    social: flagBit("social"),
    env: flagBit("env"),
    critereEnvironnemental: flagBit("critereEnvironnemental"),
    clauseInsertion: flagBit("clauseInsertion"),
    reserveOuInsertion: flagBit("reserveOuInsertion"),
    directionVoirie: flagBit("directionVoirie"),
    sectionFonctionnement: flagBit("sectionFonctionnement"),
    clauseSocialeOuException: flagBit("clauseSocialeOuException"),
  };

  // Whole-need amounts: the sum of the amounts of the rows of one procedure (procedureKey).
  /** Per contract, its procedure's entry (-1 for a row of its own without reference). */
  const procedureOf: number[] = [];

  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (isBlankRow(row)) continue;
    const refText = cellText(cell(row, cReference));
    const book = books.of(cBuyer < 0 ? "" : cellText(cell(row, cBuyer)));
    let own = -1;
    if (refText !== "") {
      own = book.get(refText) ?? -1;
      if (own >= 0 && entries.refRow[own]! >= 0) {
        report(
          "duplicate",
          "info",
          `Le marché « ${refText} » figure déjà ligne ${entries.refRow[own]! + 1} (une ligne par titulaire ?) : il n’est compté qu’une fois.`,
          r,
          c.reference,
        );
        continue;
      }
      if (own < 0) {
        own = entries.add(r);
        book.set(refText, own);
      } else entries.refRow[own] = r;
    }
    const notifiedRaw = cell(row, cNotified);
    const notified = readDayCell(notifiedRaw) ?? null;
    if (notified === null)
      report(
        "date",
        "avertissement",
        isBlankCell(notifiedRaw)
          ? "Marché sans date de notification : il est hors de tout périmètre de calcul."
          : `Date de notification « ${cellText(notifiedRaw)} » illisible : le marché est hors de tout périmètre de calcul.`,
        r,
        c.dateNotification,
      );

    const read = natureOf(cell(row, cNature));
    const { defence } = read;
    let nature = read.nature ?? natureFromCpv(cell(row, cCpv));
    let socialServices = read.socialServices;
    if (
      socialServicesColumn !== null &&
      (nature === null || nature === "Services") &&
      yes(row, r, socialServicesColumn)
    ) {
      nature = "Services";
      socialServices = true;
    }
    const socialRead = cSocial >= 0 ? socialOf(cell(row, cSocial)) : null;
    const envRead = cEnv >= 0 ? envOf(cell(row, cEnv)) : null;
    reportUnknownKinds(socialRead, "social", r);
    reportUnknownKinds(envRead, "env", r);

    let flags = 0;
    for (let i = 0; i < yesNo.length; i++) if (yes(row, r, yesNo[i]!)) flags |= yesNo[i]!.bit;
    const social = socialRead?.value ?? null;
    const env = envRead?.value ?? null;
    if (social?.any) flags |= bit.social;
    if (env?.any) flags |= bit.env;
    if (env?.kinds.has("critere environnemental")) flags |= bit.critereEnvironnemental;
    const plannedHours = readNumberCell(cell(row, cHours)) ?? 0;
    if ((insertionColumn !== null && yes(row, r, insertionColumn)) || plannedHours > 0)
      flags |= bit.clauseInsertion;
    const reserved = social?.kinds.has("marche reserve") ?? false;
    if (reserved || (insertionMarketColumn !== null && yes(row, r, insertionMarketColumn)))
      flags |= bit.reserveOuInsertion;
    const directionRaw = cell(row, cDirection);
    const direction = cellText(directionRaw);
    if (cDirection >= 0 && voirie(directionRaw)) flags |= bit.directionVoirie;
    if (cSection >= 0 && fonctionnement(cell(row, cSection))) flags |= bit.sectionFonctionnement;
    const amount = readNumberCell(cell(row, cAmount)) ?? null;
    if (
      social?.kinds.has("clause sociale") ||
      (exceptionColumn !== null && yes(row, r, exceptionColumn))
    )
      flags |= bit.clauseSocialeOuException;

    const duration = readNumberCell(cell(row, cDuration));
    const key = procedureKeyOfBuyer(
      refText,
      cLot < 0 ? "" : cellText(cell(row, cLot)),
      cConsultation < 0 ? "" : cellText(cell(row, cConsultation)),
    );
    let procedure = -1;
    if (key !== null) {
      procedure = key === refText ? own : (book.get(key) ?? -1);
      if (procedure < 0) {
        procedure = entries.add(-1);
        book.set(key, procedure);
      }
      if (amount !== null) {
        entries.need[procedure]! += amount;
        entries.hasAmount[procedure] = true;
      }
    }
    procedureOf.push(procedure);
    contracts.push({
      row: r,
      notified,
      launched: readDayCell(cell(row, cLaunched)) ?? null,
      durationMonths: duration !== undefined && duration >= 0 ? duration : null,
      amount,
      needAmount: amount,
      nature,
      socialServices,
      defence,
      procedure: cellText(cell(row, cProcedure)) || null,
      flags,
      plannedHours,
      direction: direction || null,
      reserved,
    });
  }
  const montant40000 = flagBit("montantSup40000");
  for (let i = 0; i < contracts.length; i++) {
    const contract = contracts[i]!;
    const procedure = procedureOf[i]!;
    const needAmount =
      procedure >= 0 && entries.hasAmount[procedure] ? entries.need[procedure]! : contract.amount;
    contract.needAmount = needAmount;
    if (needAmount !== null && needAmount > SOCIAL_ANALYSIS_THRESHOLD)
      contract.flags |= montant40000;
  }
  for (const [key, n] of issueCount)
    if (n > MAX_ISSUES_PER_COLUMN)
      issues.add(
        "info",
        `${n - MAX_ISSUES_PER_COLUMN} autres anomalies du même type (${key}) dans le registre ne sont pas détaillées.`,
        { sheet },
      );
  return { layout, contracts, has: (key) => c[key] !== undefined };
}
