import { makeStyles, tokens } from "@fluentui/react-components";

export const useIssueListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "block",
    width: "100%",
    textAlign: "start",
    justifyContent: "flex-start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    height: "auto",
  },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  meta: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  erreur: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  avertissement: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground2 },
  message: { display: "block", color: tokens.colorNeutralForeground1 },
  shown: {
    display: "block",
    margin: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorBrandStroke1,
  },
});
