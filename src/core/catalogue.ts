/**
 * The indicator catalogue of the SPASER du Nord 2026-2030 (shared/docs/indicators.md) as typed
 * data. Codes are a stable API. `aliases` hold the seed's own wordings, which is how existing
 * pilot workbooks name the indicators.
 */

export const UNITS = [
  "nombre",
  "%",
  "%±",
  "oui/non",
  "heures",
  "tonnes",
  "litres",
  "km",
  "€",
  "années",
  "texte",
] as const;
export type Unit = (typeof UNITS)[number];

export type Periodicity = "S" | "A" | "A1";

export type Target =
  | { readonly kind: "min"; readonly value: number }
  | { readonly kind: "max"; readonly value: number }
  | { readonly kind: "hausse" }
  | { readonly kind: "baisse" }
  | { readonly kind: "oui" }
  | { readonly kind: "aucune" };

/** A deadline year, or a target that applies in every period (no trajectory). */
export type Deadline =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "every-semester" }
  | { readonly kind: "every-year" }
  | { readonly kind: "none" };

/** Yes/no flags of a register row (PRODUCT §3). */
export type ContractFlag =
  | "labelSpaser"
  | "sourcing"
  | "negociation"
  | "clauseProgres"
  | "acv"
  | "env"
  | "social"
  | "clauseInsertion"
  | "reserveOuInsertion"
  | "criteresNumeriqueResponsable"
  | "critereEnvironnemental"
  | "achatNumerique"
  | "sectionFonctionnement"
  | "montantSup40000"
  | "directionVoirie"
  | "analyseClauseSociale"
  /** `Clause sociale` among the social considerations, or a justified L2112-2-1 exception. */
  | "clauseSocialeOuException";

export type ComputedRule =
  | { readonly kind: "count"; readonly flag: ContractFlag; readonly among?: ContractFlag }
  | { readonly kind: "rate"; readonly flag: ContractFlag; readonly among?: ContractFlag }
  /** count(flag, running at semester end) over the whole register. */
  | { readonly kind: "running"; readonly flag: ContractFlag }
  | { readonly kind: "completeness" }
  /** CR-I1: clause sociale or exception, among the CR scope ≥ EU threshold. */
  | { readonly kind: "cr-social" }
  /** CR-I2: environmental award criterion among the CR scope. */
  | { readonly kind: "cr-env-criterion" };

export interface Axis {
  readonly code: string;
  readonly label: string;
}

export interface Objective {
  readonly code: string;
  readonly axis: string;
  readonly label: string;
}

export interface CatalogueIndicator {
  readonly code: string;
  readonly axis: string;
  readonly objective: string;
  readonly label: string;
  readonly unit: Unit;
  readonly target: Target;
  readonly deadline: Deadline;
  readonly periodicity: Periodicity;
  readonly computed?: ComputedRule;
  /** Complementary indicator (Climat et Résilience): not counted in completeness. */
  readonly complementary?: boolean;
  /** The seed's wordings of this indicator and of its target. */
  readonly aliases: readonly string[];
}

export const AXES: readonly Axis[] = [
  { code: "GOV", label: "Gouvernance" },
  { code: "BES", label: "Reconsidérer nos besoins" },
  { code: "IMP", label: "Rééquilibrer l'impact de nos achats" },
  { code: "MOB", label: "Mobiliser autour de l'achat responsable" },
  { code: "CR", label: "Climat et Résilience" },
];

export const OBJECTIVES: readonly Objective[] = [
  { code: "GOV1", axis: "GOV", label: "Assurer la gouvernance du Schéma" },
  { code: "GOV2", axis: "GOV", label: "Assurer le pilotage statistique du Schéma" },
  { code: "BES1", axis: "BES", label: "Rationaliser la démarche d'achat" },
  {
    code: "BES2",
    axis: "BES",
    label: "Adapter nos pratiques professionnelles aux nouvelles exigences",
  },
  {
    code: "IMP1",
    axis: "IMP",
    label: "Diminuer notre impact environnemental en agissant sur la préservation des ressources",
  },
  {
    code: "IMP2",
    axis: "IMP",
    label: "Diminuer notre impact environnemental en consolidant notre action responsable",
  },
  {
    code: "IMP3",
    axis: "IMP",
    label: "Augmenter notre impact en matière sociale par les leviers de la commande publique",
  },
  {
    code: "IMP4",
    axis: "IMP",
    label: "Augmenter notre impact en matière sociale par nos actions en direction des partenaires",
  },
  {
    code: "MOB1",
    axis: "MOB",
    label: "Poursuivre le rôle moteur du Département auprès des partenaires",
  },
  { code: "MOB2", axis: "MOB", label: "Valoriser les démarches internes" },
  { code: "MOB3", axis: "MOB", label: "Communiquer sur les ambitions du SPASER" },
  { code: "CR", axis: "CR", label: "Obligations de la loi Climat et Résilience (art. 35)" },
];

const min = (value: number): Target => ({ kind: "min", value });
const HAUSSE: Target = { kind: "hausse" };
const BAISSE: Target = { kind: "baisse" };
const OUI: Target = { kind: "oui" };
const AUCUNE: Target = { kind: "aucune" };
const year = (y: number): Deadline => ({ kind: "year", year: y });
const EVERY_SEMESTER: Deadline = { kind: "every-semester" };
const EVERY_YEAR: Deadline = { kind: "every-year" };
const NONE: Deadline = { kind: "none" };

type Row = Omit<CatalogueIndicator, "axis" | "objective">;

function objectiveOf(code: string): string {
  return code.split("-")[0]!;
}

function axisOf(code: string): string {
  return objectiveOf(code).replace(/\d+$/, "");
}

const ROWS: readonly Row[] = [
  {
    code: "GOV1-I1",
    label: "Réunions de l'instance technique de suivi dans le semestre",
    unit: "nombre",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    aliases: [
      "Périodicité de l'instance technique",
      "Réunions de l'instance de suivi technique",
      "Instance de suivi technique",
    ],
  },
  {
    code: "GOV1-I2",
    label: "Réunions du COPIL SPASER dans l'année",
    unit: "nombre",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Périodicité du COPIL SPASER",
      "Réunions du Comité de Pilotage SPASER",
      "Périodicité du COPIL SPASER et de l'instance technique",
    ],
  },
  {
    code: "GOV2-I1",
    label: "Bilan annuel du SPASER réalisé (pour l'année précédente)",
    unit: "oui/non",
    target: OUI,
    deadline: EVERY_YEAR,
    periodicity: "A1",
    aliases: ["Réalisation du bilan annuel du SPASER", "Bilan annuel du SPASER"],
  },
  {
    code: "GOV2-I2",
    label: "Tableau de pilotage mis à jour pour le nouveau Schéma",
    unit: "oui/non",
    target: OUI,
    deadline: year(2026),
    periodicity: "S",
    aliases: [
      "Mise à jour du tableau de pilotage pour le nouveau Schéma",
      "Intégrer au tableau de pilotage les nouveaux indicateurs inscrits dans le document",
    ],
  },
  {
    code: "GOV2-I3",
    label: "Procédures ayant reçu le label interne SPASER",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "labelSpaser" },
    aliases: ["Nombre de procédures ayant reçu le label interne SPASER"],
  },
  {
    code: "GOV2-I4",
    label: "Part des indicateurs du SPASER renseignés pour le semestre",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "completeness" },
    aliases: [
      "100 % des indicateurs du SPASER sont renseignés et mis à jour chaque semestre",
      "Indicateurs du SPASER renseignés et mis à jour chaque semestre",
    ],
  },
  {
    code: "GOV2-I5",
    label: "Part des procédures de marchés labellisées SPASER",
    unit: "%",
    target: min(1),
    deadline: year(2030),
    periodicity: "S",
    computed: { kind: "rate", flag: "labelSpaser" },
    aliases: [
      "Atteindre 100% de procédures marchés labellisées d'ici 2030",
      "Procédures marchés labellisées",
    ],
  },
  {
    code: "BES1-I1",
    label: "Sourcings réalisés pour les marchés de la section de fonctionnement",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "sourcing", among: "sectionFonctionnement" },
    aliases: ["Nombre de sourcings réalisés pour les marchés de la section de fonctionnement"],
  },
  {
    code: "BES1-I2",
    label: "Négociations réalisées",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "negociation" },
    aliases: ["Nombre de négociations réalisées"],
  },
  {
    code: "BES1-I3",
    label: "Clauses de progrès",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "clauseProgres" },
    aliases: ["Nombre de clauses de progrès"],
  },
  {
    code: "BES1-I4",
    label: "Analyses du cycle de vie réalisées",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "acv" },
    aliases: ["Nombre d'analyses du cycle de vie réalisées"],
  },
  {
    code: "BES1-I5",
    label: "Marchés intégrant une considération environnementale",
    unit: "nombre",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "env" },
    aliases: ["Nombre de marchés intégrant une considération environnementale"],
  },
  {
    code: "BES1-I6",
    label: "Part des marchés intégrant une considération environnementale",
    unit: "%",
    target: min(1),
    deadline: year(2027),
    periodicity: "S",
    computed: { kind: "rate", flag: "env" },
    aliases: [
      "100% des marchés du Département intègrent une considération environnementale",
      "Pourcentage de marchés intégrant une considération environnementale",
    ],
  },
  {
    code: "BES1-I7",
    label: "Test d'analyse complète en cycle de vie sur un collège réalisé",
    unit: "oui/non",
    target: OUI,
    deadline: year(2030),
    periodicity: "A",
    aliases: ["Faire un test d'analyse complète en cycle de vie sur un collège"],
  },
  {
    code: "BES2-I1",
    label: "Volume de déchets produit par l'administration",
    unit: "tonnes",
    target: BAISSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Réduction du volume de déchets produit par l'administration"],
  },
  {
    code: "BES2-I2",
    label: "Gain financier des ventes aux enchères et de l'achat de seconde main",
    unit: "€",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Gain financier et environnemental sur les ventes aux enchères et l'achat de seconde main",
    ],
  },
  {
    code: "BES2-I3",
    label: "Performance des parcours d'insertion (taux de sorties positives)",
    unit: "%",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Performance des parcours d'insertion"],
  },
  {
    code: "BES2-I4",
    label: "Chaîne logistique départementale mise en œuvre",
    unit: "oui/non",
    target: OUI,
    deadline: year(2030),
    periodicity: "A",
    aliases: [
      "D'ici à 2030, mettre en œuvre la chaîne logistique",
      "Mettre en œuvre la chaîne logistique",
    ],
  },
  {
    code: "BES2-I5",
    label: "Part des marchés ayant recours à la fiche-type de considérations sociales",
    unit: "%",
    target: min(1),
    deadline: year(2030),
    periodicity: "S",
    aliases: ["Systématiser le recours à la fiche-type de considérations sociales"],
  },
  {
    code: "IMP1-I1",
    label: "Certificats d'économie d'énergie (CEE) valorisés financièrement",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Nombre de Certificats d'Economie d'Energie (CEE) valorisés financièrement"],
  },
  {
    code: "IMP1-I2",
    label: "Certifications HQE",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Nombre de certifications HQE"],
  },
  {
    code: "IMP1-I3",
    label: "Part de surface des bâtiments du Département rattachés au réseau de chaleur",
    unit: "%",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Pourcentage de surface des bâtiments du Département rattachés au réseau de chaleur"],
  },
  {
    code: "IMP1-I4",
    label: "Granulats économisés pour les travaux de voirie",
    unit: "tonnes",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Tonnes de granulats économisés par an",
      "Augmenter le nombre de tonnes de granulat économisés pour les travaux de voirie",
    ],
  },
  {
    code: "IMP1-I5",
    label: "Eau économisée sur le marché d'entretien des locaux",
    unit: "litres",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Nombre de litres d'eau par an économisés sur le marché de prestation d'entretien des locaux",
    ],
  },
  {
    code: "IMP1-I6",
    label: "Réduction des consommations d'énergie finale par rapport à la référence 2010-2019",
    unit: "%±",
    target: min(0.4),
    deadline: year(2030),
    periodicity: "A",
    aliases: [
      "D'ici à 2030, réduire les consommations d'énergie finale de 40% par rapport à la cible 2010-2019",
      "Réduction des consommations d'énergie finale",
    ],
  },
  {
    code: "IMP2-I1",
    label: "Pistes cyclables",
    unit: "km",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Nombre de kms de pistes cyclables", "Kilomètres de pistes cyclables"],
  },
  {
    code: "IMP2-I2",
    label: "Durée moyenne d'usage des matériels informatiques",
    unit: "années",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: ["Fréquence de remplacement des matériels informatiques"],
  },
  {
    code: "IMP2-I3",
    label: "Établissements (hors collèges) labellisés « Ici je mange local »",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Nombre d'établissements labellisés « Ici je mange local »",
      "Augmenter le nombre d'établissements (hors collèges) labellisés « Ici je mange local »",
    ],
  },
  {
    code: "IMP2-I4",
    label: "Part des collèges labellisés « Ici je mange local »",
    unit: "%",
    target: min(1),
    deadline: year(2030),
    periodicity: "A",
    aliases: ["100% des collèges du Département labellisés « Ici je mange local » d'ici à 2030"],
  },
  {
    code: "IMP2-I5",
    label: "Part des achats Numérique responsable intégrant une considération environnementale",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "rate", flag: "env", among: "achatNumerique" },
    aliases: [
      "100% des achats de la démarche Numérique responsable incluant une considération environnementale",
    ],
  },
  {
    code: "IMP3-I1",
    label: "Part des marchés notifiés avec une clause d'insertion",
    unit: "%",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "rate", flag: "clauseInsertion" },
    aliases: ["Pourcentage annuel de marchés notifiés avec une clause d'insertion"],
  },
  {
    code: "IMP3-I2",
    label: "Marchés comportant une considération sociale",
    unit: "nombre",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "social" },
    aliases: ["Nombre de marchés comportant une considération sociale"],
  },
  {
    code: "IMP3-I3",
    label: "Heures d'insertion réalisées dans l'année (bilan des facilitateurs)",
    unit: "heures",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    aliases: ["Nombre d'heures d'insertion réalisées par an", "Heures d'insertion réalisées"],
  },
  {
    code: "IMP3-I4",
    label: "Marchés réservés et marchés d'insertion en cours",
    unit: "nombre",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "running", flag: "reserveOuInsertion" },
    aliases: ["Nombre de marchés réservés et de marchés d'insertion en cours"],
  },
  {
    code: "IMP3-I5",
    label: "Part des marchés notifiés avec une considération sociale",
    unit: "%",
    target: min(0.35),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "rate", flag: "social" },
    aliases: [
      "35% des marchés notifiés par an avec une considération sociale",
      "Pourcentage de marchés notifiés avec une considération sociale",
    ],
  },
  {
    code: "IMP3-I6",
    label:
      "Part des marchés de plus de 40 000 € HT ayant fait l'objet d'une analyse d'opportunité « clause sociale »",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "rate", flag: "analyseClauseSociale", among: "montantSup40000" },
    aliases: [
      "Systématiser l'analyse d'opportunité au titre de la clause sociale pour l'ensemble des marchés publics du Département du Nord supérieurs à 40 000 € HT",
      "Analyse d'opportunité au titre de la clause sociale",
    ],
  },
  {
    code: "IMP3-I7",
    label: "Politique d'accessibilité des outils numériques (bilan qualitatif)",
    unit: "texte",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Poursuivre la politique d'accessibilité des outils numériques",
      "Politique d'accessibilité des outils numériques",
    ],
  },
  {
    code: "IMP4-I1",
    label: "Attestations complétées dans les demandes de Projets Territoriaux Structurants",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "A",
    aliases: [
      "Nombre d'attestations complétées dans les demandes de PTS",
      "Attestations complétées dans les demandes de PTS",
    ],
  },
  {
    code: "MOB1-I1",
    label: "Heures d'insertion réalisées via les centrales d'achat",
    unit: "heures",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    aliases: [
      "Nombre d'heures d'insertion réalisées par centrale d'achat",
      "Augmentation du nombre d'heures d'insertion réalisées pour chaque centrale",
    ],
  },
  {
    code: "MOB1-I2",
    label: "Part des achats en centrales intégrant une considération environnementale",
    unit: "%",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    aliases: [
      "% d'achat des centrales d'achat intégrant une considération environnementale",
      "Augmentation du % d'achat responsable en centrales d'achat",
    ],
  },
  {
    code: "MOB2-I1",
    label: "Marchés appliquant les critères Numérique responsable",
    unit: "nombre",
    target: AUCUNE,
    deadline: NONE,
    periodicity: "S",
    computed: { kind: "count", flag: "criteresNumeriqueResponsable" },
    aliases: [
      "Nombre de marchés appliquant les critères Numérique responsable définis dans le cadre de la démarche",
    ],
  },
  {
    code: "MOB2-I2",
    label: "Bilan annuel de la Trajectoire de la Direction de la Voirie réalisé (année précédente)",
    unit: "oui/non",
    target: OUI,
    deadline: EVERY_YEAR,
    periodicity: "A1",
    aliases: ["Bilan annuel de la Trajectoire de la Direction de la Voirie"],
  },
  {
    code: "MOB2-I3",
    label: "Part des achats de la Direction de la Voirie intégrant un critère environnemental",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "rate", flag: "critereEnvironnemental", among: "directionVoirie" },
    aliases: ["100% des achats de la Direction de la Voirie intégrant un critère environnemental"],
  },
  {
    // The seed's MOB2 target « Avoir une évaluation continue des pratiques d'achat numérique pour
    // améliorer les clauses environnementales et sociales »: a yearly evaluation, done or not.
    code: "MOB2-I4",
    label: "Évaluation des pratiques d'achat numérique réalisée dans l'année",
    unit: "oui/non",
    target: OUI,
    deadline: EVERY_YEAR,
    periodicity: "A",
    aliases: [
      "Avoir une évaluation continue des pratiques d'achat numérique pour améliorer les clauses environnementales et sociales",
      "Évaluation continue des pratiques d'achat numérique",
    ],
  },
  {
    code: "MOB3-I1",
    label: "Agents formés à l'achat responsable",
    unit: "nombre",
    target: HAUSSE,
    deadline: NONE,
    periodicity: "S",
    aliases: ["Nombre d'agents formés à l'achat responsable"],
  },
  {
    code: "MOB3-I2",
    label: "Part des agents concernés formés à l'achat responsable",
    unit: "%",
    target: min(1),
    deadline: year(2030),
    periodicity: "A",
    aliases: [
      "Former l'ensemble des agents concernés par la matière à l'achat responsable d'ici à 2030",
    ],
  },
  {
    code: "CR-I1",
    label:
      "Part des marchés ≥ seuils européens avec une considération sociale dans les conditions d'exécution",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "cr-social" },
    complementary: true,
    aliases: ["Marchés au-dessus des seuils européens avec une considération sociale (L2112-2-1)"],
  },
  {
    code: "CR-I2",
    label: "Part des marchés avec au moins un critère d'attribution environnemental",
    unit: "%",
    target: min(1),
    deadline: EVERY_SEMESTER,
    periodicity: "S",
    computed: { kind: "cr-env-criterion" },
    complementary: true,
    aliases: ["Marchés avec un critère d'attribution environnemental (L2152-7)"],
  },
];

export const CATALOGUE: readonly CatalogueIndicator[] = ROWS.map((r) => ({
  ...r,
  axis: axisOf(r.code),
  objective: objectiveOf(r.code),
}));

const BY_CODE = new Map(CATALOGUE.map((i) => [i.code, i]));

export function catalogueByCode(code: string): CatalogueIndicator | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

export function axisLabel(code: string): string {
  return AXES.find((a) => a.code === code)?.label ?? code;
}

export function objectiveLabel(code: string): string {
  return OBJECTIVES.find((o) => o.code === code)?.label ?? code;
}
