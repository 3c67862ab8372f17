/**
 * The columns a refresh needs, decided on the header samples with the core's own detection, so
 * that an unrelated sheet (an accounting export of 200 000 rows…) is never read.
 *
 * The core picks the indicator sheet and the register among the sheets whose first 20 rows
 * hold the right headers; those rows are exactly the sample, so every sheet the core could pick
 * is a candidate here, and kept. Which candidate wins (name hints, row counts) is left to the
 * core on the full grids.
 */
import type { ManualMapping } from "../core/api";
import { findPilotHeader } from "../core/pilotSheet";
import { findRegisterHeader } from "../core/register";
import { selectAllColumns, type SheetSelection } from "./readColumns";
import type { HeaderSample, WorkbookHeaders } from "./readHeaders";

export function refreshSelection(
  headers: WorkbookHeaders,
  mapping?: ManualMapping,
): SheetSelection[] {
  const inputs = headers.samples.filter((s) => !s.ours && s.used !== null);
  const pilots = inputs.filter((s) => s.sheet === mapping?.sheet || findPilotHeader(s.grid));
  // No indicator sheet: the refresh stops at the mapping screen, which may name any sheet.
  if (pilots.length === 0) return selectAllColumns(headers);
  const selection: SheetSelection[] = [];
  for (const sample of inputs) {
    if (pilots.includes(sample) || sample.sheet === mapping?.registerSheet) {
      selection.push({ sheet: sample.sheet });
      continue;
    }
    const register = findRegisterHeader(sample.grid);
    if (register)
      selection.push({ sheet: sample.sheet, columns: registerColumns(sample, register.columns) });
  }
  return selection;
}

/** The register columns the core recognised (by header), the only ones it reads below. */
function registerColumns(
  sample: HeaderSample,
  columns: Readonly<Record<string, number | undefined>>,
): number[] {
  const wanted = Object.values(columns).filter((c): c is number => c !== undefined);
  return wanted.length > 0 ? wanted.sort((a, b) => a - b) : [...sample.cellBytes.keys()];
}
