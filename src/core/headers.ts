/**
 * Header matching (PRODUCT §1): headers and synonyms are compared after normalisation; a header
 * equal to a synonym matches it; otherwise a header containing a synonym as whole words matches,
 * the longest synonym winning.
 */
import { memoised, normalizeText } from "./normalize";
import type { PilotColumnKey } from "./api";

export type RegisterColumnKey =
  | "reference"
  | "acheteur"
  | "objet"
  | "direction"
  | "nature"
  | "codeCPV"
  | "procedure"
  | "section"
  | "montant"
  | "montantActualise"
  | "dateNotification"
  | "dureeMois"
  | "dateLancement"
  | "social"
  | "env"
  | "clauseInsertion"
  | "heuresPrevues"
  | "heuresRealisees"
  | "marcheInsertion"
  | "exception"
  | "labelSpaser"
  | "achatNumerique"
  | "criteresNumeriqueResponsable"
  | "centrale"
  | "sourcing"
  | "negociation"
  | "clauseProgres"
  | "acv"
  | "analyseClauseSociale"
  | "source"
  | "lot"
  | "consultation"
  | "servicesSociaux";

type SynonymTable<K extends string> = Readonly<Record<K, readonly string[]>>;

/** Synonyms of the indicator sheet's columns (written as users write them; normalised on use). */
export const PILOT_SYNONYMS: SynonymTable<PilotColumnKey> = {
  code: ["Code", "Code indicateur", "Code de l'indicateur", "Identifiant", "N° indicateur"],
  axe: ["Axe", "Axe stratégique", "Axe du SPASER", "Thème"],
  objectif: ["Objectif", "Objectif stratégique", "Orientation"],
  indicateur: [
    "Indicateur",
    "Indicateurs",
    "Libellé",
    "Libellé de l'indicateur",
    "Intitulé",
    "Intitulé de l'indicateur",
    "Indicateur de suivi",
    "Nom de l'indicateur",
  ],
  unite: ["Unité", "Unité de mesure", "Unités"],
  reference: ["Référence", "Valeur de référence", "Valeur initiale", "Situation de référence"],
  periodeReference: [
    "Période de référence",
    "Année de référence",
    "Date de référence",
    "Semestre de référence",
  ],
  cible: ["Cible", "Valeur cible", "Objectif cible", "Cibles"],
  echeance: ["Échéance", "Échéance de la cible", "Horizon", "Année cible"],
  responsable: [
    "Responsable",
    "Direction pilote",
    "Pilote",
    "Service pilote",
    "Direction responsable",
    "Référent",
  ],
  commentaire: ["Commentaire", "Commentaires", "Observations", "Remarques", "Remarque"],
};

/** Register columns: French labels and DECP field names (PRODUCT §1). */
export const REGISTER_SYNONYMS: SynonymTable<RegisterColumnKey> = {
  reference: [
    "Référence",
    "Référence du marché",
    "id",
    "Identifiant",
    "Numéro de marché",
    "N° de marché",
    "N° marché",
    "Réf",
    "Numéro du marché",
  ],
  // No bare « SIRET »: « SIRET titulaire » would contain it and be taken for the buyer.
  acheteur: ["Acheteur", "SIRET acheteur", "acheteur.id", "Acheteur id", "SIRET de l'acheteur"],
  objet: ["Objet", "Objet du marché", "Intitulé du marché"],
  direction: ["Direction", "Direction opérationnelle", "Direction acheteuse", "Service"],
  nature: ["Nature", "Nature du marché", "Type de marché"],
  codeCPV: ["codeCPV", "Code CPV", "CPV"],
  procedure: ["Procédure", "Type de procédure", "procedure"],
  section: ["Section", "Section budgétaire"],
  montant: [
    "Montant HT",
    "montant",
    "Montant",
    "Montant estimé",
    "Valeur estimée",
    "Montant initial",
    "Montant initial HT",
  ],
  montantActualise: ["Montant actualisé", "Montant actualisé HT", "Montant après modification"],
  dateNotification: ["Date de notification", "dateNotification", "Date notification", "Notifié le"],
  dureeMois: ["Durée (mois)", "dureeMois", "Durée", "Durée en mois"],
  dateLancement: ["Date de lancement", "Lancement", "Date de lancement de la consultation"],
  social: [
    "Considérations sociales",
    "considerationsSociales",
    "Considération sociale",
    "considerationsSociales.considerationSociale",
  ],
  env: [
    "Considérations environnementales",
    "considerationsEnvironnementales",
    "Considération environnementale",
    "considerationsEnvironnementales.considerationEnvironnementale",
  ],
  clauseInsertion: ["Clause d'insertion", "Clause insertion"],
  heuresPrevues: ["Heures d'insertion prévues", "Heures prévues"],
  heuresRealisees: ["Heures d'insertion réalisées", "Heures réalisées"],
  marcheInsertion: ["Marché d'insertion"],
  exception: ["Exception L2112-2-1", "Exception clause sociale", "Exception"],
  labelSpaser: ["Label SPASER", "Label interne SPASER", "Labellisé SPASER", "Label"],
  achatNumerique: ["Achat numérique", "Achat Numérique responsable"],
  criteresNumeriqueResponsable: [
    "Critères Numérique responsable",
    "Critère Numérique responsable",
    "Critères NR",
  ],
  centrale: ["Centrale d'achat", "Centrale"],
  sourcing: ["Sourcing"],
  negociation: ["Négociation"],
  clauseProgres: ["Clause de progrès"],
  acv: ["ACV", "Analyse du cycle de vie", "Analyse de cycle de vie"],
  analyseClauseSociale: [
    "Analyse clause sociale",
    "Analyse d'opportunité clause sociale",
    "Analyse d'opportunité",
  ],
  source: ["Source", "Origine"],
  lot: ["Lot", "N° de lot", "Numéro de lot", "N° lot"],
  consultation: [
    "Consultation",
    "Référence de la consultation",
    "N° de consultation",
    "Numéro de consultation",
    "Référence de la procédure",
    "N° de procédure",
  ],
  servicesSociaux: [
    "Services sociaux et autres services spécifiques",
    "Services sociaux et spécifiques",
    "Services sociaux",
  ],
};

interface PreparedSynonym<K> {
  readonly key: K;
  readonly text: string;
  /** ` text `: whole words are found in ` header ` (« label » is not in « labellise »). */
  readonly padded: string;
}

/** A synonym table ready for matching: headers repeat (a sheet's 20 first rows are scanned). */
interface PreparedTable<K> {
  /** Longest first, so that the first containment found is the longest synonym. */
  readonly synonyms: readonly PreparedSynonym<K>[];
  /** The first synonym (longest first) by normalised text, for exact matches. */
  readonly exact: ReadonlyMap<string, PreparedSynonym<K>>;
}

/** Header texts remembered per table, at most. */
const MEMO_LIMIT = 10_000;

function prepare<K extends string>(table: SynonymTable<K>): PreparedTable<K> {
  const out: PreparedSynonym<K>[] = [];
  for (const key of Object.keys(table) as K[])
    for (const s of table[key]) {
      const text = normalizeText(s);
      if (text !== "") out.push({ key, text, padded: ` ${text} ` });
    }
  out.sort((a, b) => b.text.length - a.text.length);
  const exact = new Map<string, PreparedSynonym<K>>();
  for (const s of out) if (!exact.has(s.text)) exact.set(s.text, s);
  return { synonyms: out, exact };
}

/** A table's matcher, each header text matched once. */
function matcher<K extends string>(
  table: SynonymTable<K>,
): (header: string) => HeaderMatch<K> | undefined {
  const prepared = prepare(table);
  return memoised((header) => matchUncached(header, prepared), MEMO_LIMIT);
}

export interface HeaderMatch<K> {
  readonly key: K;
  readonly exact: boolean;
  readonly length: number;
}

/** An exact match of the normalised header, else the longest synonym it holds as whole words. */
function matchUncached<K>(header: string, table: PreparedTable<K>): HeaderMatch<K> | undefined {
  const h = normalizeText(header);
  if (h === "") return undefined;
  const e = table.exact.get(h);
  if (e) return { key: e.key, exact: true, length: e.text.length };
  const padded = ` ${h} `;
  for (const s of table.synonyms)
    if (padded.includes(s.padded)) return { key: s.key, exact: false, length: s.text.length };
  return undefined;
}

export const matchPilotHeader = matcher(PILOT_SYNONYMS);

export const matchRegisterHeader = matcher(REGISTER_SYNONYMS);

/**
 * Assigns each key to one column: an exact match beats a containment, a longer synonym beats a
 * shorter one, then the leftmost column wins.
 */
export function assignColumns<K extends string>(
  matches: readonly (HeaderMatch<K> | undefined)[],
): Partial<Record<K, number>> {
  const best = new Map<K, { col: number; m: HeaderMatch<K> }>();
  matches.forEach((m, col) => {
    if (!m) return;
    const current = best.get(m.key);
    if (
      !current ||
      (m.exact && !current.m.exact) ||
      (m.exact === current.m.exact && m.length > current.m.length)
    )
      best.set(m.key, { col, m });
  });
  const out: Partial<Record<K, number>> = {};
  for (const [key, { col }] of best) out[key] = col;
  return out;
}
