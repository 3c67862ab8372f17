/** What both panes' bilan sections share: the engine's lazy chunk, the year field, the CSV. */
import type { ReactNode } from "react";
import { Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Bilan } from "../../bilan/model";
import type { EssentialLine } from "../../bilan/summary";
import { useFitSelectStyles } from "./fitSelect.styles";
import { saveBytes } from "./saveBytes";

export type BilanEngine = typeof import("./bilanEngine");

/** The bilan engine, in its own chunk: the panes' initial JavaScript does not pay for it. */
export const loadBilanEngine = (): Promise<BilanEngine> =>
  import(/* webpackChunkName: "bilan" */ "./bilanEngine");

/** Offers the bilan's L2111-3 data (.csv) for download. */
export async function downloadBilanCsv(bilan: Bilan): Promise<void> {
  const e = await loadBilanEngine();
  saveBytes(e.bilanCsvBytes(bilan), e.bilanFileName(bilan.workbook, bilan.year, "csv"), e.CSV_MIME);
}

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.4fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** The bilan's essentials (completeness, statuses, key rates in number and value), as a list. */
export function BilanEssentials(props: {
  readonly title: string;
  readonly lines: readonly EssentialLine[];
}): ReactNode {
  const styles = useStyles();
  return (
    <section aria-label={props.title}>
      <Text weight="semibold" as="h3">
        {props.title}
      </Text>
      <dl className={styles.list}>
        {props.lines.map((l) => (
          <div key={l.label} style={{ display: "contents" }}>
            <dt>
              <Caption1>{l.label}</Caption1>
            </dt>
            <dd className={styles.value}>{l.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Year options: « automatique » then the workbook's years, latest first. */
export const AUTO_YEAR = "auto";
export function yearOptions(years: readonly number[]): { value: string; text: string }[] {
  return [
    { value: AUTO_YEAR, text: "Automatique (dernière année dont le S2 est renseigné)" },
    ...[...new Set(years)]
      .sort((a, b) => b - a)
      .map((y) => ({ value: String(y), text: String(y) })),
  ];
}

/** « Année du bilan »: automatic, or one of the workbook's years. */
export function BilanYearField(props: {
  readonly years: readonly number[];
  readonly value: string;
  readonly disabled: boolean;
  readonly onChange: (value: string) => void;
}): ReactNode {
  const fit = useFitSelectStyles();
  return (
    <Field label="Année du bilan">
      <Select
        className={fit.root}
        select={{ className: fit.select }}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {yearOptions(props.years).map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
