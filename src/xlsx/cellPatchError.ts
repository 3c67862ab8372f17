/**
 * Refusals of the cell patcher, each with one French sentence the user can act on.
 */
export type CellPatchProblem = "missing-sheet" | "formula" | "damaged-sheet";

export class CellPatchError extends Error {
  override readonly name = "CellPatchError";

  constructor(
    readonly problem: CellPatchProblem,
    readonly sheetName: string,
    /** A1 address of the refused cell, for "formula". */
    readonly cell?: string,
  ) {
    super(cellPatchMessage(problem, sheetName, cell));
  }
}

function cellPatchMessage(problem: CellPatchProblem, sheet: string, cell?: string): string {
  const s = `«\u00a0${sheet}\u00a0»`;
  switch (problem) {
    case "missing-sheet":
      return `Le classeur n’a pas de feuille ${s}.`;
    case "formula":
      return `La cellule ${cell ?? ""} de la feuille ${s} contient une formule\u00a0: elle n’est pas remplacée et rien n’a été écrit.`;
    case "damaged-sheet":
      return `La feuille ${s} est endommagée et ne peut pas être modifiée.`;
  }
}
