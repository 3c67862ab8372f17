/**
 * The contracts register (PRODUCT §1): found by content, one row per notified contract or lot,
 * columns by French label or DECP field name.
 */
import type { ContractFlag } from "./catalogue";
import { type CellValue, type Grid, cellAddress } from "./grid";
import { type RegisterColumnKey, assignColumns, matchRegisterHeader } from "./headers";
import type { IssueList } from "./issues";
import { normalizeText } from "./normalize";
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
  return (c.flags & FLAG_BIT.get(flag)!) !== 0;
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
  // Plain lower-casing, not normalizeText: references are mostly unique, and would flush its
  // bounded memo of the few values registers repeat. Registers hold up to 500 000 rows: the
  // common case (no lot marker, no buyer column) allocates nothing but the lower-cased reference.
  const c = consultation.trim();
  if (c !== "") return `${buyer}\u0000${c.toLowerCase()}`;
  const ref = reference.trim();
  if (ref === "") return null;
  let base = /[lL]/.test(ref) ? ref.replace(LOT_SUFFIX, "") : ref;
  if (base === ref && lot !== "") {
    const lotNumber = /(\d{1,3})\s*$/.exec(lot.trim())?.[1];
    if (lotNumber !== undefined)
      base = ref.replace(new RegExp(`[\\s\\-_/.]+0*${Number(lotNumber)}$`), "");
  }
  const key = (base === "" ? ref : base).toLowerCase();
  return buyer === "" ? key : `${buyer}\u0001${key}`;
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

export function readRegister(grid: Grid, layout: RegisterLayout, issues: IssueList): Register {
  const c = layout.columns;
  const sheet = layout.sheet;
  const contracts: { -readonly [K in keyof Contract]: Contract[K] }[] = [];
  const seen = new Map<string, number>();
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
  const get = (row: readonly CellValue[], key: RegisterColumnKey): CellValue => {
    const col = c[key];
    return col === undefined ? null : (row[col] ?? null);
  };
  const yes = (row: readonly CellValue[], r: number, key: RegisterColumnKey): boolean => {
    const raw = get(row, key);
    if (isBlankCell(raw)) return false;
    const b = parseBooleanToken(raw);
    if (b === undefined) {
      report(
        key,
        "info",
        `Réponse « ${cellText(raw)} » non reconnue (attendu oui ou non) : comptée comme non.`,
        r,
        c[key],
      );
      return false;
    }
    return b;
  };

  // Registers repeat a handful of consideration texts: read each distinct text once.
  const memo = new Map<string, ReturnType<typeof readConsiderations>>();
  const considerations = (raw: CellValue, known: readonly string[]) => {
    if (typeof raw !== "string") return readConsiderations(raw, known);
    const key = `${known[0]}\u0000${raw}`;
    let hit = memo.get(key);
    if (!hit) {
      hit = readConsiderations(raw, known);
      memo.set(key, hit);
    }
    return hit;
  };

  // Whole-need amounts: the sum of the amounts of the rows of one procedure (procedureKey).
  const needs = new Map<string, number>();
  const keys: (string | null)[] = [];

  for (let r = layout.headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.every((v) => isBlankCell(v))) continue;
    const refText = cellText(get(row, "reference"));
    if (refText !== "") {
      const key = `${cellText(get(row, "acheteur"))}\u0000${refText}`;
      const first = seen.get(key);
      if (first !== undefined) {
        report(
          "duplicate",
          "info",
          `Le marché « ${refText} » figure déjà ligne ${first + 1} (une ligne par titulaire ?) : il n’est compté qu’une fois.`,
          r,
          c.reference,
        );
        continue;
      }
      seen.set(key, r);
    }
    const notifiedRaw = get(row, "dateNotification");
    const notified = readDayCell(notifiedRaw) ?? null;
    if (notified === null)
      report(
        "date",
        "avertissement",
        isBlankCell(notifiedRaw)
          ? "Marché sans date de notification : il est hors de tout périmètre de calcul."
          : `Date de notification « ${cellText(notifiedRaw)} » illisible : le marché est hors de tout périmètre de calcul.`,
        r,
        c.dateNotification,
      );

    const read = readNature(get(row, "nature"));
    const { defence } = read;
    let nature = read.nature ?? natureFromCpv(get(row, "codeCPV"));
    let socialServices = read.socialServices;
    if (
      c.servicesSociaux !== undefined &&
      (nature === null || nature === "Services") &&
      yes(row, r, "servicesSociaux")
    ) {
      nature = "Services";
      socialServices = true;
    }
    const socialRead =
      c.social !== undefined ? considerations(get(row, "social"), SOCIAL_VALUES) : null;
    const envRead = c.env !== undefined ? considerations(get(row, "env"), ENV_VALUES) : null;
    for (const [read, key] of [
      [socialRead, "social"],
      [envRead, "env"],
    ] as const)
      if (read && read.unknown.length > 0)
        report(
          key,
          "info",
          `Considération « ${read.unknown.join(", ")} » d’un type inconnu : comptée comme une considération sans précision.`,
          r,
          c[key],
        );

    let flags = 0;
    const set = (flag: ContractFlag) => (flags |= flagBit(flag));
    for (const [flag, key] of YES_NO_FLAGS) if (c[key] !== undefined && yes(row, r, key)) set(flag);
    const social = socialRead?.value ?? null;
    const env = envRead?.value ?? null;
    if (social?.any) set("social");
    if (env?.any) set("env");
    if (env?.kinds.has("critere environnemental")) set("critereEnvironnemental");
    const plannedHours = readNumberCell(get(row, "heuresPrevues")) ?? 0;
    if ((c.clauseInsertion !== undefined && yes(row, r, "clauseInsertion")) || plannedHours > 0)
      set("clauseInsertion");
    const reserved = social?.kinds.has("marche reserve") ?? false;
    if (reserved || (c.marcheInsertion !== undefined && yes(row, r, "marcheInsertion")))
      set("reserveOuInsertion");
    if (
      c.direction !== undefined &&
      normalizeText(cellText(get(row, "direction"))).includes("voirie")
    )
      set("directionVoirie");
    if (
      c.section !== undefined &&
      normalizeText(cellText(get(row, "section"))).includes("fonctionnement")
    )
      set("sectionFonctionnement");
    const amount = readNumberCell(get(row, "montant")) ?? null;
    if (
      social?.kinds.has("clause sociale") ||
      (c.exception !== undefined && yes(row, r, "exception"))
    )
      set("clauseSocialeOuException");

    const durationRaw = get(row, "dureeMois");
    const duration = readNumberCell(durationRaw);
    const key = procedureKey(
      refText,
      cellText(get(row, "lot")),
      cellText(get(row, "consultation")),
      cellText(get(row, "acheteur")),
    );
    if (key !== null && amount !== null) needs.set(key, (needs.get(key) ?? 0) + amount);
    keys.push(key);
    contracts.push({
      row: r,
      notified,
      launched: readDayCell(get(row, "dateLancement")) ?? null,
      durationMonths: duration !== undefined && duration >= 0 ? duration : null,
      amount,
      needAmount: amount,
      nature,
      socialServices,
      defence,
      procedure: cellText(get(row, "procedure")) || null,
      flags,
      plannedHours,
      direction: cellText(get(row, "direction")) || null,
      reserved,
    });
  }
  const montant40000 = flagBit("montantSup40000");
  for (let i = 0; i < contracts.length; i++) {
    const contract = contracts[i]!;
    const key = keys[i] ?? null;
    const needAmount = key !== null ? (needs.get(key) ?? contract.amount) : contract.amount;
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
