/**
 * A host-agnostic description of an output sheet. Writers (ExcelJS package writer, Office.js)
 * translate it faithfully and decide nothing.
 */

/** Named cell styles; every plan cell refers to one of these keys (or none). */
export interface CellStyle {
  /** Background fill, "RRGGBB". */
  readonly fill?: string;
  /** Font colour, "RRGGBB". */
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  readonly wrap?: boolean;
  readonly align?: "left" | "center" | "right";
  /** Thin border all around, colour "RRGGBB". */
  readonly border?: string;
  /** Underlined (links). */
  readonly underline?: boolean;
}

export type PlanValue = string | number | boolean | null;

export interface PlanCell {
  readonly value: PlanValue;
  /** Key into `SheetPlan.styles`. */
  readonly style?: string;
  /** Excel number format code (file-format syntax), e.g. "0.0%" or "#,##0". */
  readonly numberFormat?: string;
  /** Internal link to a cell of this workbook. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** A horizontal data bar drawn over a column range (the chart-like view of file mode). */
export interface DataBarPlan {
  /** A1 range, e.g. "C5:C12". */
  readonly range: string;
  /** Bar colour "RRGGBB". */
  readonly color: string;
  readonly min: number;
  readonly max: number;
}

/** A bar chart, written where the host can make charts (Office.js). */
export interface ChartPlan {
  readonly title: string;
  /** A1 range of the category labels, e.g. "A5:A11". */
  readonly categories: string;
  /** A1 range of the values, e.g. "B5:B11". */
  readonly values: string;
  /** Top-left anchor cell, e.g. "F3". */
  readonly anchor: string;
}

export interface SheetPlan {
  readonly name: string;
  /** What this sheet is, for the ownership marker: "synthese" | "statut" | "controle". */
  readonly kind: string;
  readonly semester: string;
  /** Column widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Row heights in points (index 0 = row 1); undefined = the host's default. */
  readonly rowHeights?: readonly (number | undefined)[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Freeze rows above / columns left of this cell (0-based counts). */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Merged ranges, A1 notation. */
  readonly merges?: readonly string[];
  readonly dataBars?: readonly DataBarPlan[];
  readonly charts?: readonly ChartPlan[];
  /** Auto-filter over the table, A1 range. */
  readonly autoFilter?: string;
  /**
   * false for sheets handed over to the user (the blank pilot workbook): written without the
   * ownership marker, so that they are the user's from then on and never overwritten.
   */
  readonly owned?: boolean;
  /** Landscape, fit to one page wide when printed. */
  readonly print?: { readonly landscape: boolean; readonly fitToWidth: boolean };
}
