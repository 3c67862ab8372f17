/**
 * Browser mode of the DECP import: the register is merged into the opened workbook's own
 * package — cells patched losslessly (src/xlsx/patchCells), or a « Marchés » sheet added when
 * the workbook has no register — so every other part of the user's file survives.
 */
import type { ImportedContract } from "../../../decp/decpTypes";
import { mergeRegister } from "../../../decp/mergeRegister";
import { REGISTER_SHEET } from "../../../decp/registerColumns";
import {
  findRegisterGrid,
  freeSheetName,
  registerPatches,
  registerSheetPlan,
} from "../../../decp/registerSheet";
import { CellPatchError, createSheet, patchSheetCells } from "../../../xlsx/patchCells";
import { readWorkbook } from "../../../xlsx/readWorkbook";
import { mergedOrThrow, type RegisterWritten } from "./decpImportRun";
import { PaneError, type DecpStep } from "./workbookHost";

export async function decpIntoFile(
  bytes: Uint8Array,
  fileName: string,
  contracts: readonly ImportedContract[],
  onStep: (step: DecpStep) => void,
): Promise<RegisterWritten & { readonly bytes: Uint8Array }> {
  onStep("fusion");
  const read = await readWorkbook(bytes, fileName);
  const register = findRegisterGrid(read.grids, read.existingSheets);
  const merged = mergedOrThrow(mergeRegister(register, contracts));
  onStep("ecriture");
  try {
    if (register) {
      const out = await patchSheetCells(
        bytes,
        register.name,
        registerPatches(merged, register),
        fileName,
      );
      return { merged, sheet: register.name, created: false, download: null, bytes: out };
    }
    const sheet = freeSheetName(
      read.existingSheets.map((s) => s.name),
      REGISTER_SHEET,
    );
    const out = await createSheet(bytes, registerSheetPlan(sheet, merged, read.date1904), fileName);
    return { merged, sheet, created: true, download: null, bytes: out };
  } catch (error) {
    // The patcher's refusals (a formula in a DECP cell…) are sentences for the user.
    if (error instanceof CellPatchError) throw new PaneError(error.message);
    throw error;
  }
}
