import type { ReactNode } from "react";
import { Button, Field, Select, Subtitle2, Text } from "@fluentui/react-components";
import type { ManualMapping } from "../../../core/api";
import { columnLetters } from "../../../core/grid";
import { parseSemesterHeader, semesterId } from "../../../core/semester";
import type { WorkbookInspection } from "../host/workbookHost";
import { useFitSelectStyles } from "../../common/fitSelect.styles";
import { M } from "../messages";
import {
  headersAt,
  PICKABLE_SEMESTERS,
  PILOT_COLUMN_KEYS,
  type MappingField,
} from "../model/mappingDraft";
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

/** The id of a field's control, to move the focus to it. */
const fieldId = (field: MappingField): string => `mapping-${field}`;

/** Fluent's Field props marking a field in error, with its message under it. */
function invalid(message: string | undefined) {
  return message === undefined
    ? {}
    : { validationState: "error" as const, validationMessage: message };
}

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
  const detectedSemesters = (row: readonly string[]): string[] =>
    row.flatMap((h) => {
      const parsed = parseSemesterHeader(h);
      return parsed ? [semesterId(parsed.semester)] : [];
    });
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
          <Field
            key={key}
            label={M.columns[key]}
            required={key === "indicateur"}
            {...invalid(s.problemOf(key))}
          >
            <Select
              id={fieldId(key)}
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
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{M.mappingSemestersLegend}</legend>
        <Text className={styles.subtle}>
          {M.mappingSemestersDetected(detectedSemesters(headers))}
        </Text>
        {s.draft.semesterColumns.map((pick, i) => (
          <div key={i} className={styles.pick}>
            <Field label={M.mappingSemester}>
              <Select
                className={fit.root}
                select={{ className: fit.select }}
                value={pick.semester}
                onChange={(_, d) => s.chooseSemesterPick(i, { ...pick, semester: d.value })}
              >
                {PICKABLE_SEMESTERS.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={M.mappingSemesterColumn(pick.semester)}
              {...invalid(s.problemOf(`semester-${i}`))}
            >
              <Select
                id={fieldId(`semester-${i}`)}
                className={fit.root}
                select={{ className: fit.select }}
                value={pick.column === undefined ? "" : String(pick.column)}
                onChange={(_, d) =>
                  s.chooseSemesterPick(i, {
                    ...pick,
                    column: d.value === "" ? undefined : Number(d.value),
                  })
                }
              >
                <option value="">{M.mappingNone}</option>
                {headers.map((header, col) => (
                  <option key={col} value={String(col)}>
                    {M.mappingColumnOption(columnLetters(col), header)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              size="small"
              aria-label={M.mappingSemesterRemove(pick.semester)}
              onClick={() => s.chooseSemesterPick(i, null)}
            >
              {M.mappingRemove}
            </Button>
          </div>
        ))}
        {s.problemOf("semesters") && (
          <Text className={styles.fieldError}>{s.problemOf("semesters")}</Text>
        )}
        <div>
          <Button id={fieldId("semesters")} size="small" onClick={s.addSemesterPick}>
            {M.mappingSemesterAdd}
          </Button>
        </div>
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
          <Text weight="semibold">{M.mappingProblemsTitle(s.problems.length)}</Text>
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
            if (mapping) {
              onApply(mapping);
              return;
            }
            // The first field to correct gets the focus, once its message is drawn.
            const first = s.firstProblem();
            if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
          }}
        >
          {M.mappingApply}
        </Button>
        <Button onClick={onCancel}>{M.mappingCancel}</Button>
      </div>
    </section>
  );
}
