import { makeStyles, tokens } from "@fluentui/react-components";

export const useExcelPaneStyles = makeStyles({
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
  found: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  inline: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
});
