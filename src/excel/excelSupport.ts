/**
 * Whether this Excel can run the adapter. ExcelApi 1.7 is the minimum: it brings
 * `getRangeByIndexes`, internal hyperlinks, `freezePanes.freezeAt`, chart positions and axis
 * values, and sheet positions; sheet-scoped names (1.4) and data bars (1.6) come with it.
 * Features of 1.9 (auto-filter, print layout) are used only where supported.
 */
export const MINIMUM_EXCEL_API = "1.7";

export type ExcelSupport = { readonly ok: true } | { readonly ok: false; readonly message: string };

export const EXCEL_TOO_OLD_MESSAGE =
  "Cette version d'Excel est trop ancienne pour le complément SPASER : il faut Excel 2019 ou plus récent, " +
  "Microsoft 365 ou Excel sur le web.";

export const NOT_IN_EXCEL_MESSAGE =
  "Le complément n'est pas ouvert dans Excel : ouvrez-le depuis l'onglet Accueil d'Excel, " +
  "ou utilisez le mode navigateur avec un fichier .xlsx.";

/**
 * @param isSetSupported defaults to Office's own check; tests pass theirs.
 */
export function checkExcelSupport(
  isSetSupported:
    ((set: string, version: string) => boolean) | undefined = officeRequirementCheck(),
): ExcelSupport {
  if (!isSetSupported) return { ok: false, message: NOT_IN_EXCEL_MESSAGE };
  return isSetSupported("ExcelApi", MINIMUM_EXCEL_API)
    ? { ok: true }
    : { ok: false, message: EXCEL_TOO_OLD_MESSAGE };
}

function officeRequirementCheck(): ((set: string, version: string) => boolean) | undefined {
  if (typeof Office === "undefined") return undefined;
  const requirements = Office.context?.requirements;
  if (!requirements) return undefined;
  return (set, version) => requirements.isSetSupported(set, version);
}
