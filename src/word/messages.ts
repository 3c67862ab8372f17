/** French messages of the Word adapter (one place, reused by the pane). */
export const WORD_MESSAGES = {
  unsupported:
    "Cette version de Word ne prend pas en charge les contrôles de contenu (WordApi 1.1). Utilisez Word 2016 ou plus récent, Word pour Microsoft 365 ou Word sur le web.",
  notFound: (title: string): string =>
    `La clause « ${title} » est introuvable dans le document : elle a peut-être été supprimée ou son contrôle de contenu a été perdu (copier-coller).`,
  unknownTemplate: (id: string): string =>
    `La clause « ${id} » ne fait plus partie de la bibliothèque : elle ne peut pas être mise à jour.`,
  saveFailed: (detail: string): string =>
    `Les paramètres de la clause n'ont pas pu être enregistrés dans le document (${detail}). Réessayez, puis enregistrez le document.`,
  parametersReset: (labels: readonly string[]): string =>
    `Paramètres remis à leur valeur par défaut, car absents ou devenus invalides : ${labels.join(", ")}.`,
  commentsWillBeLost: (title: string, count: number): string =>
    `La clause « ${title} » contient ${count === 1 ? "un commentaire de relecture" : `${count} commentaires de relecture`}, que la mise à jour supprimera (Word remplace le texte de la clause). Répondez-y ou recopiez-les d’abord, puis cliquez de nouveau sur « Mettre à jour » pour confirmer.`,
} as const;
