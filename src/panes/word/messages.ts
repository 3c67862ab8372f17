/** Every French text of the Word pane, in one place. */
export const M = {
  title: "Clauses SPASER",
  subtitle: "SPASER 2026-2030 du Département du Nord",
  comingSoonTitle: "Le volet Word arrive bientôt",
  comingSoonBody:
    "La bibliothèque de clauses sociales et environnementales, leur insertion dans le document et le contrôle du document seront disponibles dans une prochaine version.",
  detecting: "Connexion à Word…",
  modeOffice: "Document Word ouvert",
  modeBrowser: "Mode navigateur",
} as const;
