/**
 * Numbers typed by a French user. Both « 0,5 » and « 0.5 » are accepted (a buyer types a comma,
 * a script a dot); spaces (incl. U+00A0 and U+202F) may separate thousands. Only one decimal
 * separator, so « 1,234 » is 1.234 and « 1.234,5 » is refused (ambiguous): the same rule as
 * the pilot workbook's cells (PRODUCT §1).
 */
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

export function parseFrenchNumber(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (!NUMBER.test(compact)) return null;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/**
 * A rate: « 5 % » / « 5% » is 0.05; a bare number is taken as a fraction (« 0,05 »), so that
 * « 5 » is not silently read as 500 %.
 */
export function parseFrenchPercent(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) {
    const points = parseFrenchNumber(trimmed.slice(0, -1));
    return points === null ? null : points / 100;
  }
  return parseFrenchNumber(trimmed);
}
