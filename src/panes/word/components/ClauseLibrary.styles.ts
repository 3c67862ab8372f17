import { makeStyles, tokens } from "@fluentui/react-components";

export const useClauseLibraryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  searchRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, minWidth: 0 },
  searchInput: { minWidth: 0, width: "100%" },
  filterToggle: { flexShrink: 0 },
  // One filter per row: at 320–450 px two side by side would cut their options.
  filters: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  hidden: { display: "none" },
  clear: { alignSelf: "flex-start" },
  count: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  item: {
    display: "block",
    flexGrow: 1,
    minWidth: 0,
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    minHeight: "auto",
    height: "auto",
  },
  itemTitle: { display: "block", fontWeight: tokens.fontWeightSemibold },
  itemMeta: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  star: { flexShrink: 0, minWidth: "32px" },
});
