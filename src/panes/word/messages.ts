/**
 * Every French text of the Word pane, in one place (PRODUCT: users read French only).
 * Parametrised texts are functions so that grammar (plural, elision) stays here too.
 * No-break spaces (U+00A0) go before « : ; ? ! » and inside « », as French typography requires.
 */
import type { FindingStatus } from "../../clauses/documentCheck";
import type { Category, DocumentType, Lever } from "../../clauses/types";
import type { Nature } from "../../core/thresholds";
import type { ClauseState } from "../../word/listDocumentClauses";

const q = (text: string): string => `«\u00a0${text}\u00a0»`;
const plural = (n: number, word: string): string => `${n} ${word}${n > 1 ? "s" : ""}`;
/** « A », « B » et « C » */
const quotedList = (items: readonly string[]): string => {
  const quoted = items.map(q);
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} et ${quoted[quoted.length - 1]}`;
};

export const M = {
  title: "Clauses SPASER",
  subtitle: "SPASER 2026-2030 du Département du Nord",
  detecting: "Connexion à Word…",
  modeOffice: "Document Word ouvert\u00a0: les clauses sont insérées à l’emplacement du curseur.",
  modeBrowser:
    "Mode navigateur\u00a0: parcourez, remplissez, copiez ou téléchargez les clauses, sans Word.",
  unsupportedTitle: "Version de Word non prise en charge",
  // One wording for both panes (the Excel pane's too).
  errorTitle: "Action impossible",
  dismiss: "Fermer",
  unexpected: (detail: string) => `Erreur inattendue\u00a0: ${detail}`,

  // Sections
  tabsLabel: "Sections du volet",
  // Short labels: five sections fit one line at 320 px (icon above, label below).
  tabLibrary: "Clauses",
  tabDocument: "Document",
  tabSelectionShort: "Sélection",
  tabSelection: (n: number) => `Sélection (${plural(n, "clause")})`,
  tabCheck: "Contrôle",
  tabBilan: "Bilan",

  // Search and filters
  searchLabel: "Rechercher une clause",
  searchPlaceholder: "insertion, réemploi, égalité…",
  categoryLabel: "Catégorie",
  leverLabel: "Levier",
  documentLabel: "Pièce du marché",
  allCategories: "Toutes les catégories",
  allLevers: "Tous les leviers",
  allDocuments: "Toutes les pièces",
  favouritesOnly: "Favoris uniquement",
  filters: "Filtres",
  filtersActive: (n: number) => `Filtres (${n})`,
  filtersLabel: (n: number) =>
    n === 0 ? "Filtres, aucun actif" : `Filtres, ${plural(n, "filtre")} actif${n > 1 ? "s" : ""}`,
  clearFilters: "Effacer les filtres",
  resultsCount: (n: number) =>
    n === 0
      ? "Aucune clause ne correspond à la recherche."
      : `${plural(n, "clause")} affichée${n > 1 ? "s" : ""}`,
  templatesListLabel: "Clauses de la bibliothèque",
  openClause: (title: string) => `Ouvrir la clause ${q(title)}`,
  favouriteLabel: (title: string) => `Clause favorite\u00a0: ${title}`,
  favouriteSymbol: "★",
  notFavouriteSymbol: "☆",

  // Clause detail
  backToList: "← Retour à la liste",
  version: (v: number) => `version ${v}`,
  legalBasisTitle: "Fondement juridique",
  usageTitle: "Usage",
  vigilanceTitle: "Points de vigilance",
  decp: (value: string) => `Donnée essentielle (DECP)\u00a0: ${value}`,
  documents: (docs: readonly string[]) => `Pièces\u00a0: ${docs.join(", ")}`,
  parametersTitle: "Paramètres",
  noParameters: "Cette clause n’a pas de paramètre.",
  fieldLabel: (label: string, unit?: string) => (unit ? `${label} (${unit})` : label),
  percentHint: "En pourcentage, par exemple 5 ou 5\u00a0%",
  numberHint: (min: string, max: string) => `Entre ${min} et ${max}`,
  resetDefaults: "Revenir aux valeurs par défaut",
  calculatorTitle: "Calcul des heures d’insertion",
  calculatorFormula:
    "Heures = montant × part de main-d’œuvre × taux d’insertion ÷ coût horaire, arrondi à l’heure la plus proche.",
  derivedResult: (label: string, value: string) => `${label}\u00a0: ${value}`,
  derivedUnavailable: (label: string, invalid: readonly string[]) =>
    invalid.length === 0
      ? `${label}\u00a0: complétez les valeurs du calcul.`
      : `${label}\u00a0: corrigez ${quotedList(invalid)} pour obtenir le calcul.`,
  resetDone: "Les valeurs par défaut sont rétablies.",
  resetAlready: "Les paramètres ont déjà leurs valeurs par défaut.",
  undo: "Annuler",
  undoReset: "Annuler le retour aux valeurs par défaut",
  resetUndone: "Vos valeurs sont rétablies.",
  previewTitle: "Aperçu",
  previewInvalid: "Corrigez les paramètres signalés pour voir l’aperçu.",

  // Clause actions
  insert: "Insérer",
  inserting: "Insertion…",
  inserted: (title: string) => `Clause ${q(title)} insérée dans le document.`,
  copy: "Copier",
  copied: (title: string) => `Le texte de ${q(title)} a été copié dans le presse-papiers.`,
  copyFailed:
    "Le texte n’a pas pu être copié\u00a0: le navigateur refuse l’accès au presse-papiers. Sélectionnez l’aperçu et copiez-le avec Ctrl+C.",
  addToSelection: "Ajouter à la sélection",
  replaceInSelection: "Remplacer dans la sélection",
  addedToSelection: (title: string) => `${q(title)} a été ajoutée à la sélection.`,
  replacedInSelection: (title: string) => `${q(title)} a été mise à jour dans la sélection.`,
  fixParameters: (labels: readonly string[]) =>
    labels.length === 1
      ? `Corrigez le paramètre ${quotedList(labels)}, signalé sous son champ, puis recommencez.`
      : `Corrigez les ${labels.length} paramètres signalés sous leur champ (${quotedList(labels)}), puis recommencez.`,
  feedbackLabel: "Messages",

  // Selection (browser mode)
  selectionTitle: "Clauses choisies",
  selectionEmpty:
    "Aucune clause choisie. Ouvrez une clause dans la bibliothèque, puis choisissez «\u00a0Ajouter à la sélection\u00a0».",
  selectionListLabel: "Clauses de la sélection",
  editInSelection: (title: string) => `Modifier ${q(title)}`,
  removeFromSelection: (title: string) => `Retirer ${q(title)} de la sélection`,
  remove: "Retirer",
  download: "Télécharger les clauses choisies (.docx)",
  downloading: "Préparation du document…",
  downloaded: (name: string) => `Le document ${q(name)} a été téléchargé.`,
  docxFileName: "clauses-spaser.docx",

  // Clauses of the document (Office mode)
  documentTitle: "Clauses du document",
  documentEmpty: "Aucune clause SPASER dans ce document pour l’instant.",
  documentLoading: "Lecture des clauses du document…",
  documentListLabel: "Clauses présentes dans le document",
  reloadList: "Actualiser la liste",
  selectInDocument: (title: string) => `Sélectionner ${q(title)} dans le document`,
  update: "Mettre à jour",
  updateLabel: (title: string) => `Mettre à jour ${q(title)} avec la dernière version`,
  delete: "Supprimer",
  deleteLabel: (title: string) => `Supprimer ${q(title)} du document`,
  clauseVersion: (state: string, version: number) => `${state} · version ${version}`,
  selected: (title: string) => `Clause ${q(title)} sélectionnée dans le document.`,
  updated: (title: string) => `Clause ${q(title)} mise à jour.`,
  removed: (title: string) => `Clause ${q(title)} supprimée du document.`,

  // Check
  checkTitle: "Contrôle du document",
  checkIntroOffice: "Le contrôle porte sur les clauses présentes dans le document ouvert.",
  checkIntroBrowser: (n: number) =>
    `En mode navigateur, le contrôle porte sur les clauses de la sélection (${plural(n, "clause")}).`,
  launchDateLabel: "Date de lancement de la consultation",
  valueLabel: "Valeur estimée du besoin (€ HT)",
  valueHint: "Tous lots et reconductions compris, par exemple 250\u00a0000",
  natureLabel: "Nature du marché",
  documentTypeLabel: "Type de document",
  exceptionNoteLabel: "Note justifiant l’exception à l’article L2112-2-1 versée au dossier",
  runCheck: "Contrôler",
  checking: "Contrôle en cours…",
  dateInvalid: "Indiquez une date de lancement valide, par exemple 15/09/2026.",
  valueRequired:
    "La valeur estimée est obligatoire\u00a0: indiquez-la en euros HT, par exemple 250\u00a0000.",
  valueInvalid: "Indiquez la valeur estimée en euros HT, par exemple 250\u00a0000.",
  findingsTitle: "Résultats du contrôle",
  findingArticle: (article: string) => `Article\u00a0: ${article}`,
  decpTitle: "Données essentielles produites (DECP)",
  decpSocial: "Considérations sociales",
  decpEnvironmental: "Considérations environnementales",
  labelReady: "Prêt pour le label SPASER",
  labelNotReady: "Pas encore prêt pour le label SPASER",
  labelSymbolReady: "✓",
  labelSymbolNotReady: "✗",
} as const;

/** Messages of the parameter form's fields (see model/fieldInput.ts). */
export const FIELD_TEXT = {
  required: (label: string) => `Renseignez ${q(label)}\u00a0: ce champ est obligatoire.`,
  notANumber: (label: string, example: string) =>
    `${q(label)} doit être un nombre, par exemple ${example}.`,
  notAnInteger: (label: string) => `${q(label)} doit être un nombre entier.`,
  notAPercent: (label: string) =>
    `${q(label)} doit être un pourcentage, par exemple 5 ou 5\u00a0%.`,
  atLeast: (label: string, bound: string) => `${q(label)} doit être au moins ${bound}.`,
  atMost: (label: string, bound: string) => `${q(label)} doit être au plus ${bound}.`,
  tooShort: (label: string, min: number) =>
    `${q(label)} doit compter au moins ${plural(min, "caractère")}.`,
  tooLong: (label: string, max: number, length: number) =>
    `${q(label)} doit compter au plus ${plural(max, "caractère")} (${length} actuellement).`,
  controlCharacters: (label: string) =>
    `${q(label)} doit tenir sur une ligne, sans caractère de contrôle.`,
  notAnOption: (label: string, options: readonly string[]) =>
    `Choisissez ${q(label)} parmi ${quotedList(options)}.`,
} as const;

export const CATEGORY_TEXT: Readonly<Record<Category, string>> = {
  sociale: "Sociale",
  environnementale: "Environnementale",
};

export const LEVER_TEXT: Readonly<Record<Lever, string>> = {
  "condition d'exécution": "Condition d’exécution",
  "critère d'attribution": "Critère d’attribution",
  "spécification technique": "Spécification technique",
  réservation: "Réservation",
};

/** Short enough for a drop-down at 320 px (the acronyms are what buyers say). */
export const DOCUMENT_TEXT: Readonly<Record<DocumentType, string>> = {
  RC: "RC – règlement de la consultation",
  CCAP: "CCAP – clauses administratives",
  CCTP: "CCTP – clauses techniques",
};

export const NATURE_TEXT: Readonly<Record<Nature, string>> = {
  Travaux: "Travaux",
  Fournitures: "Fournitures",
  Services: "Services",
};

/** Status of a finding: never colour alone — a symbol and a word. */
export const FINDING_TEXT: Readonly<Record<FindingStatus, { symbol: string; label: string }>> = {
  ok: { symbol: "✓", label: "ok" },
  manquant: { symbol: "✗", label: "manquant" },
  a_verifier: { symbol: "?", label: "à vérifier" },
};

export const CLAUSE_STATE_TEXT: Readonly<Record<ClauseState, { symbol: string; label: string }>> = {
  a_jour: { symbol: "✓", label: "à jour" },
  obsolete: { symbol: "↻", label: "version obsolète" },
  inconnue: { symbol: "?", label: "hors bibliothèque" },
};
