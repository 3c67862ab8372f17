import type { ReactNode } from "react";
import { Button, Field, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { ManualMapping } from "../../../core/api";
import { columnLetters } from "../../../core/grid";
import type { WorkbookInspection } from "../host/workbookHost";
import { useFitSelectStyles } from "../../common/fitSelect.styles";
import { M } from "../messages";
import { headersAt, PILOT_COLUMN_KEYS } from "../model/mappingDraft";
import { rowSummary } from "../model/preview";
import { useMappingScreenStyles } from "./MappingScreen.styles";
import { useMappingScreen } from "./useMappingScreen";

export interface MappingScreenProps {
  readonly inspection: WorkbookInspection;
  readonly previous: ManualMapping | null;
  readonly onApply: (mapping: ManualMapping) => void;
  readonly onCancel: () => void;
}

/** Values of the register picker: "" = detect, REGISTER_NONE = none, else a sheet name. */
const REGISTER_AUTO = "";
const REGISTER_NONE = "\u0000aucun";

/** When detection fails: the user picks the sheet, the header row and the columns. */
export function MappingScreen({
  inspection,
  previous,
  onApply,
  onCancel,
}: MappingScreenProps): ReactNode {
  const styles = useMappingScreenStyles();
  const fit = useFitSelectStyles();
  const s = useMappingScreen(inspection, previous);
  const headers = s.sheet ? headersAt(s.sheet, s.draft.headerRow) : [];
  const registerValue =
    s.draft.registerSheet === undefined
      ? REGISTER_AUTO
      : s.draft.registerSheet === null
        ? REGISTER_NONE
        : s.draft.registerSheet;
  return (
    <section className={styles.root} aria-labelledby="mapping-title">
      <Subtitle2 as="h2" id="mapping-title">
        {M.mappingTitle}
      </Subtitle2>
      <Text>{M.mappingIntro}</Text>
      <Field label={M.mappingSheet}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={s.draft.sheet}
          onChange={(_, d) => s.chooseSheet(d.value)}
        >
          {inspection.sheets.map((sheet) => (
            <option key={sheet.name} value={sheet.name}>
              {sheet.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={M.mappingHeaderRow}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={String(s.draft.headerRow)}
          onChange={(_, d) => s.chooseHeaderRow(Number(d.value))}
        >
          {(s.sheet?.rows ?? []).map((row, index) => (
            <option key={index} value={String(index)}>
              {M.mappingRowOption(index + 1, rowSummary(row))}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{M.mappingColumnsLegend}</legend>
        {PILOT_COLUMN_KEYS.map((key) => (
          <Field key={key} label={M.columns[key]} required={key === "indicateur"}>
            <Select
              className={fit.root}
              select={{ className: fit.select }}
              value={s.draft.columns[key] === undefined ? "" : String(s.draft.columns[key])}
              onChange={(_, d) => s.chooseColumn(key, d.value === "" ? undefined : Number(d.value))}
            >
              <option value="">{M.mappingNone}</option>
              {headers.map((header, col) => (
                <option key={col} value={String(col)}>
                  {M.mappingColumnOption(columnLetters(col), header)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <Field label={M.mappingRegister}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={registerValue}
          onChange={(_, d) =>
            s.chooseRegister(
              d.value === REGISTER_AUTO ? undefined : d.value === REGISTER_NONE ? null : d.value,
            )
          }
        >
          <option value={REGISTER_AUTO}>{M.mappingRegisterAuto}</option>
          <option value={REGISTER_NONE}>{M.mappingRegisterNone}</option>
          {inspection.sheets
            .filter((sheet) => sheet.name !== s.draft.sheet)
            .map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheet.name}
              </option>
            ))}
        </Select>
      </Field>
      {s.problems.length > 0 && (
        // The alert role sits on a wrapper: on the <ul> itself it would hide the list from assistive tools.
        <div role="alert">
          <ul className={styles.problems}>
            {s.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => {
            const mapping = s.submit();
            if (mapping) onApply(mapping);
          }}
        >
          {M.mappingApply}
        </Button>
        <Button onClick={onCancel}>{M.mappingCancel}</Button>
      </div>
    </section>
  );
}
