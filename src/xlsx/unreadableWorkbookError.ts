/** Why a file cannot be used as a workbook; each reason has one French sentence. */
export type UnreadableReason =
  | "empty"
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "ods"
  | "binary-xlsb"
  | "not-workbook"
  | "damaged"
  | "duplicate-entry"
  | "bad-crc"
  | "too-deep"
  | "too-large"
  | "too-large-to-write";

/** Thrown by the file adapter when a file cannot be read as an .xlsx workbook. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";

  /**
   * `detail`: the part concerned (damaged, duplicate-entry, bad-crc, too-deep) or the limit
   * exceeded, as a French clause (too-large).
   */
  constructor(
    readonly reason: UnreadableReason,
    readonly fileName: string,
    readonly detail?: string,
  ) {
    super(unreadableMessage(reason, fileName, detail));
  }
}

/** « … » with the non-breaking spaces French typography requires. */
function quoted(text: string): string {
  return `«\u00a0${text}\u00a0»`;
}

const SAVE_AS_XLSX =
  "ouvrez-le dans Excel (ou LibreOffice Calc), choisissez Fichier › Enregistrer sous › Classeur Excel (.xlsx), puis réessayez avec ce fichier";

export function unreadableMessage(
  reason: UnreadableReason,
  fileName: string,
  detail?: string,
): string {
  const f = quoted(fileName);
  const part = detail === undefined ? "" : ` (partie ${quoted(detail)})`;
  switch (reason) {
    case "empty":
      return `Le fichier ${f} est vide\u00a0: ce n’est pas un classeur Excel.`;
    case "not-xlsx":
      return `Le fichier ${f} n’est pas un classeur Excel au format .xlsx.`;
    case "encrypted":
      return `Le classeur ${f} est protégé par un mot de passe\u00a0: ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe), enregistrez-le par Fichier › Enregistrer sous › Classeur Excel (.xlsx), puis réessayez.`;
    case "legacy-xls":
      return `Le fichier ${f} est un classeur Excel 97-2003 (.xls)\u00a0: ${SAVE_AS_XLSX}.`;
    case "ods":
      return `Le fichier ${f} est un classeur OpenDocument (.ods)\u00a0: ${SAVE_AS_XLSX}.`;
    case "binary-xlsb":
      return `Le classeur ${f} est au format binaire .xlsb\u00a0: ${SAVE_AS_XLSX}.`;
    case "not-workbook":
      return `Le fichier ${f} est une archive qui ne contient pas de classeur Excel.`;
    case "damaged":
      return `Le classeur ${f} est endommagé et ne peut pas être lu${part}.`;
    case "duplicate-entry":
      return `Le classeur ${f} est endommagé\u00a0: son archive contient deux fois la partie ${quoted(detail ?? "")}, et l’on ne peut savoir laquelle est la bonne.`;
    case "bad-crc":
      return `Le classeur ${f} est endommagé\u00a0: la partie ${quoted(detail ?? "")} ne correspond pas à sa somme de contrôle (CRC-32).`;
    case "too-deep":
      return `Le classeur ${f} ne peut pas être lu\u00a0: la partie ${quoted(detail ?? "")} imbrique ses éléments XML sur plus de 256 niveaux, ce qu’aucun classeur réel ne fait.`;
    case "too-large":
      return `Le classeur ${f} ne peut pas être lu\u00a0: ${detail ?? "il dépasse les limites de l’outil"}.`;
    case "too-large-to-write":
      return `Le classeur ${f} ne peut pas être actualisé\u00a0: une fois écrit, il dépasserait 4\u00a0Go ou 65\u00a0535 parties, ce que l’outil ne sait pas écrire. Retirez-en les images ou pièces jointes volumineuses, puis réessayez.`;
  }
}
