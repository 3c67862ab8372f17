import { makeStyles, tokens } from "@fluentui/react-components";

export const useExcelPaneStyles = makeStyles({
  found: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  inline: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  download: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});
