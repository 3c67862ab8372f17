/**
 * The contracts register of the canonical layout (PRODUCT §1): its headers, in order, and the
 * cell type of one row. Shared by the sample generator and the benchmark.
 */
export const REGISTER_HEADERS = [
  "Référence",
  "Acheteur",
  "Objet",
  "Titulaire",
  "Direction",
  "Nature",
  "Procédure",
  "Section",
  "Montant HT",
  "Date de notification",
  "Durée (mois)",
  "Date de lancement",
  "Considérations sociales",
  "Considérations environnementales",
  "Clause d'insertion",
  "Heures d'insertion prévues",
  "Marché d'insertion",
  "Exception L2112-2-1",
  "Label SPASER",
  "Achat numérique",
  "Critères Numérique responsable",
  "Sourcing",
  "Négociation",
  "Clause de progrès",
  "ACV",
  "Analyse clause sociale",
  "Centrale d'achat",
] as const;

export type RegisterHeader = (typeof REGISTER_HEADERS)[number];

/** One register row, cells in the order of REGISTER_HEADERS; dates at UTC midnight. */
export type RegisterCell = string | number | Date | null;
export type RegisterRow = RegisterCell[];

/** 0-based column index of a header. */
export function registerColumn(header: RegisterHeader): number {
  return REGISTER_HEADERS.indexOf(header);
}

/** A fake but well-formed SIRET (Luhn-valid SIREN and SIRET), not the Département's real one. */
export const SAMPLE_BUYER_SIRET = "22590004200014";
