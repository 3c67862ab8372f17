import { makeStyles, tokens } from "@fluentui/react-components";

export const useWordPaneStyles = makeStyles({
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
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});
