import { makeStyles, tokens } from "@fluentui/react-components";

/** The frame both panes share: a column of sections, the title block, secondary text. */
export const usePaneLayoutStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "42rem",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtle: { color: tokens.colorNeutralForeground2 },
});
