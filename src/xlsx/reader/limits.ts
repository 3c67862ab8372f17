/**
 * Limits of the package reader (issue « bounded time and memory on hostile files »). Each is
 * far above what a real workbook reaches and stops a crafted file before it takes the machine.
 */

/** Excel's own sheet size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/**
 * Filled cells over the whole workbook: a 100 000-row × 26-column register holds 2.6 million;
 * ten million fills about 1 GB of memory in the grid, the one thing that grows with the file.
 */
export const MAX_CELLS = 10_000_000;
/** Bytes all the parts read may inflate to, together (a 100 000-row × 26-column register: 150 MB). */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
/**
 * Bytes a part read whole (workbook.xml, relationships) may inflate to; real ones hold a few
 * kilobytes.
 */
export const MAX_TREE_PART_BYTES = 64 * 1024 * 1024;
