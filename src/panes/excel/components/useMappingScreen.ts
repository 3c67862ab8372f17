import { useState } from "react";
import type { ManualMapping, PilotColumnKey } from "../../../core/api";
import type { SheetPreview, WorkbookInspection } from "../host/workbookHost";
import {
  draftForSheet,
  draftProblems,
  initialDraft,
  toManualMapping,
  withColumn,
  type MappingDraft,
} from "../model/mappingDraft";

/** State of the mapping screen: the draft being edited and what stops it from being applied. */
export function useMappingScreen(inspection: WorkbookInspection, previous: ManualMapping | null) {
  const [draft, setDraft] = useState<MappingDraft>(() =>
    initialDraft(inspection, previous ?? undefined),
  );
  const [tried, setTried] = useState(false);
  const sheet: SheetPreview | undefined = inspection.sheets.find((s) => s.name === draft.sheet);
  const problems = draftProblems(draft, sheet);
  return {
    draft,
    sheet,
    // Problems are shown once the user tried to apply, not while they are still choosing.
    problems: tried ? problems : [],
    chooseSheet(name: string) {
      const next = inspection.sheets.find((s) => s.name === name);
      if (next) setDraft(draftForSheet(draft, next));
    },
    chooseHeaderRow(row: number) {
      setDraft({ ...draft, headerRow: row });
    },
    chooseColumn(key: PilotColumnKey, column: number | undefined) {
      setDraft(withColumn(draft, key, column));
    },
    chooseRegister(register: string | null | undefined) {
      setDraft({ ...draft, registerSheet: register });
    },
    /** The mapping to apply, or null when it still has problems (they are then shown). */
    submit(): ManualMapping | null {
      setTried(true);
      return problems.length === 0 ? toManualMapping(draft) : null;
    },
  };
}
