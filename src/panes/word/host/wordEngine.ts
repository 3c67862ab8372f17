/**
 * What Office mode needs (the Word Office.js adapter), in one lazily loaded chunk so that the
 * pane's first render — and browser mode — never wait for it.
 */
export { ClauseSettings } from "../../../word/clauseSettings";
export { checkWordDocument } from "../../../word/checkWordDocument";
export { insertClause } from "../../../word/insertClause";
export { listDocumentClauses } from "../../../word/listDocumentClauses";
export { removeClause } from "../../../word/removeClause";
export { selectClause } from "../../../word/selectClause";
export { updateClause } from "../../../word/updateClause";
export { checkWordSupport } from "../../../word/wordSupport";
