/**
 * Refusals of the writer. The caller chooses free sheet names before writing, so these only
 * fire on a bug; they still carry a French sentence in case one reaches a user.
 */
export type SheetWriteProblem = "foreign-sheet" | "invalid-name" | "duplicate-name" | "no-sheet";

export class SheetWriteError extends Error {
  override readonly name = "SheetWriteError";

  constructor(
    readonly problem: SheetWriteProblem,
    readonly sheetName: string,
  ) {
    super(sheetWriteMessage(problem, sheetName));
  }
}

function sheetWriteMessage(problem: SheetWriteProblem, sheet: string): string {
  const s = `«\u00a0${sheet}\u00a0»`;
  switch (problem) {
    case "foreign-sheet":
      return `La feuille ${s} n’a pas été créée par l’outil SPASER\u00a0: elle n’est pas remplacée.`;
    case "invalid-name":
      return `Le nom de feuille ${s} n’est pas accepté par Excel.`;
    case "duplicate-name":
      return `La feuille ${s} est demandée deux fois dans la même écriture.`;
    case "no-sheet":
      return `Aucune feuille à écrire dans le nouveau classeur.`;
  }
}

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no edge apostrophe. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("fr") === b.toLocaleUpperCase("fr");
}
