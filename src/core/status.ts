/** Status keys: a stable API (PRODUCT §4). */
export const STATUS_KEYS = [
  "atteint",
  "en_bonne_voie",
  "a_surveiller",
  "en_retard",
  "non_renseigne",
  "invalide",
  "suivi",
] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const SEVERITIES = ["erreur", "avertissement", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TARGET_KINDS = ["min", "max", "hausse", "baisse", "oui", "aucune"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
