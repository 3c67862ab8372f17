import type { ReactNode } from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { EssentialLine } from "../../bilan/summary";

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
