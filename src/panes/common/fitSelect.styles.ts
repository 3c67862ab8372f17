import { makeStyles } from "@fluentui/react-components";

/**
 * A native <select> is as wide as its longest option, and a Field lays it out in a grid whose
 * items do not shrink below that: long options (semester notes, sheet headers) would push the
 * picker past a narrow task pane. These let it shrink to the pane's width.
 */
export const useFitSelectStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, textOverflow: "ellipsis" },
});
