import {
  ENVIRONMENTAL_CONSIDERATIONS,
  NO_ENVIRONMENTAL,
  NO_SOCIAL,
  PROCEDURES,
  SOCIAL_CONSIDERATIONS,
  TABULAR_NONE,
  canonicalEnumValue,
} from "./decpEnums";
import type { DecpIssue, DecpRow, ImportedContract, RawMarche, RawModification } from "./decpTypes";
import {
  natureFromCpv,
  readAmount,
  readCpv,
  readDate,
  readDuration,
  readSiret,
  readText,
  showValue,
  type FieldResult,
} from "./fieldReaders";
import { compactLabel } from "./normalizeLabel";

/** `SIRET|id`: one register row per buyer and contract id. */
export function contractKey(siret: string, id: string): string {
  return `${siret}|${id}`;
}

export type MapOutcome =
  | { readonly ok: true; readonly contract: ImportedContract }
  | { readonly ok: false; readonly location: string };

type IssueSink = (issue: DecpIssue) => void;

const LEFT_EMPTY = "cellule laissée vide";

/** Considerations: enum values kept in the schema's spelling, `Sans objet` read as « Pas de… ». */
function considerations(
  values: readonly unknown[] | undefined,
  allowed: readonly string[],
  none: string,
  field: string,
  record: string,
  issue: IssueSink,
): string | null {
  if (values === undefined || values.length === 0) {
    issue({
      severity: "avertissement",
      record,
      field,
      value: showValue(values),
      action: `Considérations absentes\u00a0: ${LEFT_EMPTY}.`,
    });
    return null;
  }
  const kept: string[] = [];
  for (const v of values) {
    const text = typeof v === "string" ? v.trim() : undefined;
    const canonical =
      text === undefined
        ? undefined
        : compactLabel(text) === compactLabel(TABULAR_NONE)
          ? none
          : canonicalEnumValue(text, allowed);
    if (canonical === undefined) {
      issue({
        severity: "avertissement",
        record,
        field,
        value: showValue(v),
        action: "Valeur hors de la nomenclature DECP\u00a0: ignorée.",
      });
    } else if (!kept.includes(canonical)) kept.push(canonical);
  }
  return kept.length > 0 ? kept.join(", ") : null;
}

/** Modifications in date order when every one is dated, else in file order (the schema's). */
function orderedModifications(mods: readonly RawModification[]): readonly RawModification[] {
  const dated = mods.map((m) => ({ m, d: readDate(m.date) }));
  if (dated.length < 2 || !dated.every((x) => x.d.ok)) return mods;
  return dated
    .map((x, i) => ({ ...x, i, t: x.d.ok ? x.d.value.getTime() : 0 }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.m);
}

/**
 * One DECP record → one register row, with an issue for every value that cannot be used
 * (that cell is left empty). A record without an id cannot be keyed: it is rejected with an
 * `erreur` issue, never dropped silently.
 */
export function mapMarche(raw: RawMarche, issue: IssueSink): MapOutcome {
  const id = readText(raw.id);
  if (id === undefined) {
    issue({
      severity: "erreur",
      record: raw.location,
      field: "id",
      value: showValue(raw.id),
      action: "Identifiant du marché absent\u00a0: enregistrement non importé.",
    });
    return { ok: false, location: raw.location };
  }
  const record = `${raw.location} (id ${id})`;
  const use = <T>(
    field: string,
    value: unknown,
    result: FieldResult<T>,
    severity: DecpIssue["severity"] = "avertissement",
  ): T | null => {
    if (result.ok) return result.value;
    issue({
      severity,
      record,
      field,
      value: showValue(value),
      action: `${capitalize(result.reason)}\u00a0: ${LEFT_EMPTY}.`,
    });
    return null;
  };

  const siretResult = readSiret(raw.acheteurId);
  let acheteur: string | null;
  if (siretResult.ok) acheteur = siretResult.value;
  else {
    // The SIRET is half of the key: a malformed one is kept as written so that re-imports still match.
    acheteur = readText(raw.acheteurId) ?? null;
    issue({
      severity: "avertissement",
      record,
      field: "acheteur.id",
      value: showValue(raw.acheteurId),
      action:
        acheteur === null
          ? `${capitalize(siretResult.reason)}\u00a0: ${LEFT_EMPTY}.`
          : `${capitalize(siretResult.reason)}\u00a0: valeur gardée telle quelle.`,
    });
  }

  const procedureText = readText(raw.procedure);
  let procedure: string | null = null;
  if (procedureText === undefined) {
    issue({
      severity: "info",
      record,
      field: "procedure",
      value: showValue(raw.procedure),
      action: `Procédure absente\u00a0: ${LEFT_EMPTY}.`,
    });
  } else {
    procedure = canonicalEnumValue(procedureText, PROCEDURES) ?? null;
    if (procedure === null) {
      issue({
        severity: "avertissement",
        record,
        field: "procedure",
        value: showValue(raw.procedure),
        action: `Procédure hors de la nomenclature DECP\u00a0: ${LEFT_EMPTY}.`,
      });
    }
  }

  const cpv = use("codeCPV", raw.codeCPV, readCpv(raw.codeCPV));
  const montant = use("montant", raw.montant, readAmount(raw.montant));
  const dateNotification = use(
    "dateNotification",
    raw.dateNotification,
    readDate(raw.dateNotification),
  );
  let dureeMois =
    raw.dureeMois === undefined || raw.dureeMois === null
      ? null
      : use("dureeMois", raw.dureeMois, readDuration(raw.dureeMois), "avertissement");

  let montantActualise: number | null = null;
  for (const m of orderedModifications(raw.modifications)) {
    if (m.montant !== undefined && m.montant !== null) {
      const v = use("modifications.montant", m.montant, readAmount(m.montant));
      if (v !== null) montantActualise = v;
    }
    if (m.dureeMois !== undefined && m.dureeMois !== null) {
      const v = use("modifications.dureeMois", m.dureeMois, readDuration(m.dureeMois));
      if (v !== null) dureeMois = v;
    }
  }

  const objet = readText(raw.objet) ?? null;
  if (objet === null && (typeof raw.objet === "object" || typeof raw.objet === "boolean")) {
    if (raw.objet !== null) {
      // A list (repeated <objet> in XML), an object or a boolean: nothing to put in one cell unseen.
      const kind = Array.isArray(raw.objet)
        ? "liste"
        : typeof raw.objet === "object"
          ? "objet"
          : "booléen";
      issue({
        severity: "avertissement",
        record,
        field: "objet",
        value: showValue(raw.objet),
        action: `Objet qui n’est pas un texte (${kind})\u00a0: ${LEFT_EMPTY}.`,
      });
    }
  }
  const row: DecpRow = {
    reference: id,
    acheteur,
    objet,
    nature: cpv === null ? null : natureFromCpv(cpv),
    procedure,
    montant,
    montantActualise,
    dateNotification,
    dureeMois,
    considerationsSociales: considerations(
      raw.considerationsSociales,
      SOCIAL_CONSIDERATIONS,
      NO_SOCIAL,
      "considerationsSociales",
      record,
      issue,
    ),
    considerationsEnvironnementales: considerations(
      raw.considerationsEnvironnementales,
      ENVIRONMENTAL_CONSIDERATIONS,
      NO_ENVIRONMENTAL,
      "considerationsEnvironnementales",
      record,
      issue,
    ),
    codeCPV: cpv,
    source: "DECP",
  };
  const fitted = fitCellTexts(row, record, issue);
  return {
    ok: true,
    contract: { key: contractKey(acheteur ?? "", id), row: fitted, location: record },
  };
}

/** What one Excel cell holds at most. */
export const MAX_CELL_TEXT = 32_767;

const nf = new Intl.NumberFormat("fr-FR");

/** Texts longer than a cell holds are cut to it, each with an issue saying so. */
function fitCellTexts(row: DecpRow, record: string, issue: IssueSink): DecpRow {
  let out: Record<string, DecpRow[keyof DecpRow]> | undefined;
  for (const [key, value] of Object.entries(row)) {
    if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) continue;
    out ??= { ...row };
    out[key] = value.slice(0, MAX_CELL_TEXT);
    issue({
      severity: "avertissement",
      record,
      field: key === "reference" ? "id" : key,
      value: showValue(value),
      action: `Texte de ${nf.format(value.length)}\u00a0caractères ou plus, coupé à ${nf.format(MAX_CELL_TEXT)} (limite d’une cellule Excel).`,
    });
  }
  return (out as DecpRow | undefined) ?? row;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
