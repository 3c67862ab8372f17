/**
 * Every French text of the Excel pane, in one place (PRODUCT: users read French only).
 * Parametrised texts are functions so that grammar (plural, elision) stays here too.
 */
import type { PilotColumnKey } from "../../core/api";
import type { Severity, StatusKey } from "../../core/status";
import { SEVERITY_PRESENTATION, STATUS_PRESENTATION } from "../../core/statusPresentation";
import { PANE_ERROR_TITLE } from "../common/paneText";

const nf = (n: number): string => new Intl.NumberFormat("fr-FR").format(n);

export const M = {
  title: "Pilotage SPASER",
  subtitle: "SPASER 2026-2030 du Département du Nord",
  detecting: "Connexion à Excel…",
  modeOffice: "Classeur Excel ouvert",
  modeBrowser: "Mode navigateur\u00a0: ouvrez un classeur .xlsx pour l’actualiser ici, sans Excel.",

  // File opening (browser mode)
  openLabel: "Classeur de pilotage",
  openButton: "Ouvrir un classeur…",
  dropHint: "ou déposez un fichier .xlsx ici",
  dropZoneLabel:
    "Zone de dépôt du classeur\u00a0: déposez un fichier .xlsx ou appuyez sur Entrée pour en choisir un",
  notXlsx: (name: string) =>
    `«\u00a0${name}\u00a0» n’est pas un classeur .xlsx\u00a0: choisissez un fichier Excel (.xlsx).`,
  fileOpened: (name: string) => `Classeur ouvert\u00a0: ${name}`,
  changeFile: "Ouvrir un autre classeur…",

  // Inspection
  inspecting: "Lecture du classeur…",
  pilotFound: (sheet: string) => `Feuille des indicateurs\u00a0: «\u00a0${sheet}\u00a0»`,
  registerFound: (sheet: string) => `Registre des marchés\u00a0: «\u00a0${sheet}\u00a0»`,
  noRegister: "Aucun registre des marchés trouvé\u00a0: les taux ne seront pas calculés.",
  noPilotTitle: "Aucune feuille d’indicateurs reconnue",
  noPilotBody:
    "Le classeur ne contient pas de feuille d’indicateurs reconnaissable. Indiquez vous-même la feuille et les colonnes, ou créez un classeur de pilotage vierge.",
  createTemplate: "Créer un classeur de pilotage vierge",
  creatingTemplate: "Création du classeur vierge…",
  templateWritten: "Les feuilles du classeur de pilotage vierge ont été ajoutées au classeur.",
  templateDownloaded: "Le classeur de pilotage vierge a été téléchargé.",
  openMapping: "Choisir la feuille et les colonnes",
  templateNameTaken: (sheet: string) =>
    `Une feuille «\u00a0${sheet}\u00a0» existe déjà dans ce classeur\u00a0: renommez-la ou créez le classeur vierge dans un nouveau classeur.`,

  // Semester
  semesterLabel: "Semestre à actualiser",
  semesterAuto: "Automatique",
  semesterHint: "Automatique\u00a0: le dernier semestre renseigné, à défaut le semestre en cours.",
  semesterOption: (label: string, id: string, inWorkbook: boolean) =>
    inWorkbook ? `${label} (${id})` : `${label} (${id}, sans colonne)`,

  // Refresh
  refresh: "Actualiser",
  refreshing: "Actualisation en cours…",
  stepsLabel: "Étapes de l’actualisation",
  steps: { lecture: "Lecture", analyse: "Analyse", ecriture: "Écriture" },
  stepState: { done: "terminée", current: "en cours", pending: "à venir", failed: "interrompue" },
  refreshDone: (semester: string) => `Actualisation du semestre ${semester} terminée.`,
  refreshEmptyTitle: (semester: string) => `Aucune valeur lue pour ${semester}`,
  refreshEmpty:
    "Avec ces colonnes, aucune valeur d’indicateur n’a été lue\u00a0: vérifiez la colonne des libellés et celle du semestre, ou choisissez un autre semestre.",
  refreshCancelled: "Actualisation annulée\u00a0: le classeur n’a pas été modifié.",
  openCancelled: "Ouverture du classeur annulée.",
  cancel: "Annuler",
  readProgress: (percent: number) => `${percent}\u00a0% lu`,
  downloadHolds: (semesters: readonly string[]) =>
    `Le classeur à télécharger contient les semestres ${semesters.slice(0, -1).join(", ")} et ${semesters[semesters.length - 1]}.`,
  unsavedTitle: "Classeur actualisé non téléchargé",
  unsavedBody: (name: string) =>
    `Ouvrir «\u00a0${name}\u00a0» remplacera le classeur actualisé, qui n’a pas été téléchargé.`,
  unsavedDownload: "Télécharger, puis ouvrir",
  unsavedOpen: "Ouvrir sans télécharger",
  unsavedKeep: "Garder le classeur actuel",
  sheetsWritten: (names: readonly string[]) => `Feuilles écrites\u00a0: ${names.join(", ")}.`,
  download: "Télécharger le classeur actualisé",
  downloadName: (name: string) => `Fichier\u00a0: ${name}`,

  // Summary
  summaryTitle: "En un coup d’œil",
  completeness: "Complétude",
  completenessValue: (filled: number, expected: number, rate: string) =>
    `${filled} indicateur${filled > 1 ? "s" : ""} renseigné${filled > 1 ? "s" : ""} sur ${expected} attendu${expected > 1 ? "s" : ""} (${rate})`,
  completenessNone: "Aucun indicateur attendu ce semestre",
  statusCountsLabel: "Nombre d’indicateurs par statut",

  // Issues
  issuesTitle: (n: number) => (n === 0 ? "Aucun contrôle à traiter" : `Contrôles à traiter (${n})`),
  issuesFilterLabel: "Gravité affichée",
  issuesAll: "Toutes",
  issueGoTo: (sheet: string, cell: string) =>
    `Aller à la cellule ${cell} de la feuille «\u00a0${sheet}\u00a0»`,
  issueWhere: (sheet: string, cell: string) => `${sheet}!${cell}`,
  issueNoCell: "Sans cellule",
  issueShownBrowser: (sheet: string, cell: string) =>
    `Cellule ${cell} de la feuille «\u00a0${sheet}\u00a0»\u00a0: ouvrez le classeur dans Excel pour la corriger.`,
  issueSelected: (sheet: string, cell: string) =>
    `Cellule ${cell} sélectionnée dans la feuille «\u00a0${sheet}\u00a0».`,
  issuesMore: (n: number) => `Afficher ${n} contrôle${n > 1 ? "s" : ""} de plus`,

  // Mapping screen
  mappingTitle: "Choisir la feuille et les colonnes",
  mappingIntro:
    "La détection automatique n’a pas trouvé la feuille des indicateurs. Indiquez où sont les données\u00a0: elles ne seront pas modifiées.",
  mappingSheet: "Feuille des indicateurs",
  mappingHeaderRow: "Ligne d’en-tête",
  mappingRowOption: (row: number, preview: string) =>
    `Ligne ${row}${preview ? `\u00a0: ${preview}` : ""}`,
  mappingColumnsLegend: "Colonnes",
  mappingNone: "— aucune —",
  mappingColumnOption: (letter: string, header: string) => `${letter}\u00a0: ${header || "(vide)"}`,
  mappingRegister: "Registre des marchés",
  mappingRegisterAuto: "Détection automatique",
  mappingRegisterNone: "Aucun registre",
  mappingApply: "Utiliser ces colonnes",
  mappingCancel: "Annuler",
  mappingNeedsIndicator: "Choisissez la colonne des libellés d’indicateurs (obligatoire).",
  mappingNeedsSemester:
    "La ligne d’en-tête choisie ne contient aucune colonne de semestre reconnue (par exemple «\u00a0S1 2026\u00a0»)\u00a0: ajoutez-en une.",
  mappingDuplicate: (letter: string) => `La colonne ${letter} est choisie deux fois.`,
  mappingSemestersLegend: "Colonnes de semestre",
  mappingSemestersDetected: (ids: readonly string[]) =>
    ids.length === 0
      ? "Aucune colonne de semestre reconnue dans la ligne d’en-tête\u00a0: indiquez-les ci-dessous."
      : `Reconnue${ids.length > 1 ? "s" : ""} dans la ligne d’en-tête\u00a0: ${ids.join(", ")}.`,
  mappingSemester: "Semestre",
  mappingSemesterColumn: (semester: string) => `Colonne du semestre ${semester}`,
  mappingSemesterAdd: "Ajouter une colonne de semestre",
  mappingRemove: "Retirer",
  mappingSemesterRemove: (semester: string) => `Retirer la colonne du semestre ${semester}`,
  mappingSemesterNeedsColumn: "Choisissez la colonne de ce semestre.",
  mappingSemesterTwice: (semester: string) => `Le semestre ${semester} est choisi deux fois.`,
  mappingSemesterInvalid: (semester: string) =>
    `«\u00a0${semester}\u00a0» n’est pas un semestre (écrivez-le sous la forme 2026-S1).`,
  mappingProblemsTitle: (n: number) =>
    `${n} point${n > 1 ? "s" : ""} à corriger avant d’utiliser ces colonnes\u00a0:`,
  mappingActive: (sheet: string) =>
    `Colonnes choisies à la main dans la feuille «\u00a0${sheet}\u00a0».`,
  mappingReset: "Revenir à la détection automatique",
  columns: {
    code: "Code",
    axe: "Axe",
    objectif: "Objectif",
    indicateur: "Indicateur (libellé)",
    unite: "Unité",
    reference: "Référence",
    periodeReference: "Période de référence",
    cible: "Cible",
    echeance: "Échéance",
    responsable: "Responsable",
    commentaire: "Commentaire",
  } satisfies Record<PilotColumnKey, string>,

  // DECP import
  decp: {
    title: "Importer des DECP",
    intro:
      "Complète le registre des marchés à partir d’un fichier des données essentielles de la commande publique (JSON, XML, CSV ou XLSX). Les lignes et colonnes saisies à la main ne sont jamais modifiées.",
    open: "Importer des DECP",
    close: "Fermer l’import DECP",
    fileLabel: "Fichier DECP",
    fileButton: "Choisir un fichier DECP…",
    fileNone: "Aucun fichier choisi",
    fileChosen: (name: string) => `Fichier choisi\u00a0: ${name}`,
    notDecpFile: (name: string) =>
      `«\u00a0${name}\u00a0» n’est pas un fichier DECP\u00a0: choisissez un fichier .json, .xml, .csv ou .xlsx.`,
    siretLabel: "SIRET de l’acheteur (facultatif)",
    siretHint: "14 chiffres\u00a0: seuls les marchés de cet acheteur sont importés.",
    siretInvalid: (digits: number) =>
      `Le SIRET doit compter 14 chiffres (${digits} chiffre${digits > 1 ? "s" : ""} saisi${digits > 1 ? "s" : ""}), sans lettres ni signes.`,
    start: "Importer",
    running: "Import en cours…",
    stepsLabel: "Étapes de l’import DECP",
    steps: {
      lecture: "Lecture du fichier",
      fusion: "Fusion avec le registre",
      ecriture: "Écriture",
    },
    done: (sheet: string, created: boolean) =>
      created
        ? `Import terminé\u00a0: feuille «\u00a0${sheet}\u00a0» créée.`
        : `Import terminé\u00a0: registre «\u00a0${sheet}\u00a0» complété.`,
    countsLabel: "Résultat de l’import",
    counts: {
      recordsRead: (n: number) =>
        `${nf(n)} enregistrement${n > 1 ? "s" : ""} lu${n > 1 ? "s" : ""}`,
      imported: (n: number) => `${nf(n)} marché${n > 1 ? "s" : ""} importé${n > 1 ? "s" : ""}`,
      updated: (n: number) => `${nf(n)} mis à jour`,
      unchanged: (n: number) => `${nf(n)} inchangé${n > 1 ? "s" : ""}`,
      concessions: (n: number) =>
        `${nf(n)} concession${n > 1 ? "s" : ""} ignorée${n > 1 ? "s" : ""}`,
      otherBuyers: (n: number) =>
        `${nf(n)} marché${n > 1 ? "s" : ""} d’autre${n > 1 ? "s" : ""} acheteur${n > 1 ? "s" : ""} écarté${n > 1 ? "s" : ""}`,
      manual: (n: number) =>
        `${nf(n)} ligne${n > 1 ? "s" : ""} saisie${n > 1 ? "s" : ""} à la main laissée${n > 1 ? "s" : ""} intacte${n > 1 ? "s" : ""}`,
    },
    appended: (labels: readonly string[]) =>
      `Colonnes ajoutées au registre\u00a0: ${labels.join(", ")}.`,
    nothingRead: (name: string) =>
      `Aucun marché trouvé dans «\u00a0${name}\u00a0»\u00a0: ce n’est pas un fichier DECP reconnu.`,
    anomaliesTitle: (n: number) =>
      n === 0 ? "Aucune anomalie" : `${nf(n)} anomalie${n > 1 ? "s" : ""}`,
    anomalyLine: (record: string, field: string, value: string, action: string) =>
      `${record} · ${field}${value ? ` «\u00a0${value}\u00a0»` : ""}\u00a0: ${action}`,
    anomaliesMore: (n: number) => `et ${nf(n)} autre${n > 1 ? "s" : ""}`,
    nextStep: "Actualisez le semestre pour recalculer les taux avec le registre complété.",
    download: "Télécharger le classeur avec le registre",
    downloadName: (name: string) => `Fichier\u00a0: ${name}`,
    noWorkbook: "Ouvrez d’abord le classeur de pilotage à compléter.",
  },

  // Errors and support
  unsupportedTitle: "Version d’Excel non prise en charge",
  errorTitle: PANE_ERROR_TITLE,
  unexpected: (detail: string) => `Une erreur inattendue s’est produite\u00a0: ${detail}`,
  dismiss: "Fermer",
  note: "Remarque",
} as const;

/**
 * Status and severity labels and symbols: the same as in the status sheets (one source, in the core),
 * so that the pane and the workbook speak alike. A status is never shown by colour alone.
 */
export const STATUS_TEXT: Readonly<
  Record<StatusKey, { readonly label: string; readonly symbol: string }>
> = STATUS_PRESENTATION;
export const SEVERITY_TEXT: Readonly<
  Record<Severity, { readonly label: string; readonly symbol: string }>
> = SEVERITY_PRESENTATION;

/** French percentage with one decimal, e.g. «\u00a091,3 %\u00a0» (narrow no-break space as French typography asks). */
export function formatPercent(rate: number): string {
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(rate * 100)} %`;
}
