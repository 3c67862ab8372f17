import { useState } from "react";
import type { ManualMapping, PilotColumnKey } from "../../../core/api";
import type { SheetPreview, WorkbookInspection } from "../host/workbookHost";
import {
  draftForSheet,
  draftProblems,
  fieldProblems,
  initialDraft,
  toManualMapping,
  withColumn,
  withHeaderRow,
  withNewSemesterPick,
  withSemesterPick,
  type MappingDraft,
  type MappingField,
  type SemesterPick,
} from "../model/mappingDraft";

/** State of the mapping screen: the draft being edited and what stops it from being applied. */
export function useMappingScreen(inspection: WorkbookInspection, previous: ManualMapping | null) {
  const [draft, setDraft] = useState<MappingDraft>(() =>
    initialDraft(inspection, previous ?? undefined),
  );
  const [tried, setTried] = useState(false);
  const sheet: SheetPreview | undefined = inspection.sheets.find((s) => s.name === draft.sheet);
  const byField = fieldProblems(draft, sheet);
  const problems = draftProblems(draft, sheet);
  return {
    draft,
    sheet,
    // Problems are shown once the user tried to apply, not while they are still choosing.
    problems: tried ? problems : [],
    /** The problem of one field, where it is shown (after a first try). */
    problemOf(field: MappingField): string | undefined {
      return tried ? byField.get(field) : undefined;
    },
    /** The first field with a problem, to move the focus to after a failed try. */
    firstProblem(): MappingField | undefined {
      return byField.keys().next().value;
    },
    chooseSheet(name: string) {
      const next = inspection.sheets.find((s) => s.name === name);
      if (next) setDraft(draftForSheet(draft, next));
    },
    chooseHeaderRow(row: number) {
      setDraft(withHeaderRow(draft, sheet, row));
    },
    chooseColumn(key: PilotColumnKey, column: number | undefined) {
      setDraft(withColumn(draft, key, column));
    },
    chooseSemesterPick(index: number, pick: SemesterPick | null) {
      setDraft(withSemesterPick(draft, index, pick));
    },
    addSemesterPick() {
      setDraft(withNewSemesterPick(draft));
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
