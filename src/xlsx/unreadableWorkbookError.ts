/** Why a file cannot be used as a workbook; each reason has one French sentence. */
export type UnreadableReason =
  "empty" | "not-xlsx" | "encrypted" | "legacy-xls" | "binary-xlsb" | "not-workbook" | "damaged";

/** Thrown by the file adapter when a file cannot be read as an .xlsx workbook. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";

  constructor(
    readonly reason: UnreadableReason,
    readonly fileName: string,
  ) {
    super(unreadableMessage(reason, fileName));
  }
}

/** « … » with the non-breaking spaces French typography requires. */
function quoted(fileName: string): string {
  return `«\u00a0${fileName}\u00a0»`;
}

export function unreadableMessage(reason: UnreadableReason, fileName: string): string {
  const f = quoted(fileName);
  switch (reason) {
    case "empty":
      return `Le fichier ${f} est vide\u00a0: ce n’est pas un classeur Excel.`;
    case "not-xlsx":
      return `Le fichier ${f} n’est pas un classeur Excel au format .xlsx.`;
    case "encrypted":
      return `Le classeur ${f} est protégé par un mot de passe\u00a0: enregistrez-le sans mot de passe puis réessayez.`;
    case "legacy-xls":
      return `Le fichier ${f} est un classeur Excel 97-2003 (.xls)\u00a0: enregistrez-le au format .xlsx puis réessayez.`;
    case "binary-xlsb":
      return `Le classeur ${f} est au format binaire .xlsb\u00a0: enregistrez-le au format .xlsx puis réessayez.`;
    case "not-workbook":
      return `Le fichier ${f} est une archive qui ne contient pas de classeur Excel.`;
    case "damaged":
      return `Le classeur ${f} est endommagé et ne peut pas être lu.`;
  }
}
