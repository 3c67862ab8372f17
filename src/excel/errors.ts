/**
 * Typed errors of the Excel adapter, each with one French sentence the pane can show as is.
 * Office.js failures are wrapped (the original kept as `cause`) so that the pane never shows
 * an English error code.
 */

/** Asked to write over a sheet this product did not write (the core resolves names before). */
export class ForeignSheetError extends Error {
  override readonly name = "ForeignSheetError";
  constructor(readonly sheet: string) {
    super(
      `La feuille « ${sheet} » n'a pas été créée par le complément SPASER : elle n'est pas remplacée.`,
    );
  }
}

/** Writing the status sheets failed inside Excel (protected workbook, name taken…). */
export class ExcelWriteError extends Error {
  override readonly name = "ExcelWriteError";
  constructor(
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(writeMessage(code), options);
  }
}

/** Reading the workbook failed inside Excel. */
export class ExcelReadError extends Error {
  override readonly name = "ExcelReadError";
  constructor(
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(
      "Impossible de lire le classeur dans Excel : réessayez, et si le problème persiste, " +
        "enregistrez le classeur puis rouvrez-le.",
      options,
    );
  }
}

/** The cell of an issue cannot be shown (its sheet was renamed or deleted, bad address). */
export class CellNotFoundError extends Error {
  override readonly name = "CellNotFoundError";
  constructor(
    readonly sheet: string,
    readonly address: string,
    options?: { cause?: unknown },
  ) {
    super(
      `La cellule ${address} de la feuille « ${sheet} » est introuvable dans le classeur.`,
      options,
    );
  }
}

function writeMessage(code: string | undefined): string {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "Excel est en cours de modification d'une cellule : validez la saisie puis relancez l'actualisation.";
    case "AccessDenied":
      return "Le classeur est protégé ou en lecture seule : les feuilles de statut n'ont pas pu être écrites.";
    case "ItemAlreadyExists":
      return "Une feuille portant le même nom a été ajoutée entre-temps : relancez l'actualisation.";
    default:
      return "Les feuilles de statut n'ont pas pu être écrites dans le classeur : réessayez, et si le problème persiste, enregistrez le classeur puis rouvrez-le.";
  }
}

/** The `code` of an Office.js error (OfficeExtension.Error), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

/** Whether Excel refused a request or response for its size (then a smaller chunk may pass). */
export function isTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && PAYLOAD_CODES.has(code);
}
