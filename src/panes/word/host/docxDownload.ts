/**
 * Browser mode's download of the chosen clauses. The `docx` package is heavy: it is imported
 * only when the user asks for the file, so the pane's initial JS stays within budget.
 */
import type { Selection } from "../model/selection";
import { exportArguments } from "../model/selection";
import { saveBytes } from "../../common/saveBytes";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function downloadSelectionDocx(selection: Selection, fileName: string): Promise<void> {
  const { exportClausesDocx } = await import(
    /* webpackChunkName: "export-docx" */ "../../../clauses/docxExport"
  );
  const { templates, params } = exportArguments(selection);
  const bytes = await exportClausesDocx(templates, params);
  saveBytes(bytes, fileName, DOCX_MIME);
}
