/**
 * Escaping for the XML we write. Values come from users' workbooks and free text, so they may
 * hold characters XML 1.0 forbids (control characters, lone surrogates): those are dropped,
 * because a single one makes Excel refuse the whole file.
 */

// Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | surrogate pairs.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripForbiddenXmlChars(s: string): string {
  return s.replace(FORBIDDEN, "");
}

/** Escapes element text. `\r` is written as a reference so parsers do not fold it away. */
export function escapeXmlText(s: string): string {
  return stripForbiddenXmlChars(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Escapes an attribute value (double-quoted); whitespace characters kept as references. */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/**
 * Excel decodes `_xHHHH_` in cell text as a character; a literal occurrence must have its
 * underscore escaped as `_x005F_` to read back unchanged.
 */
export function escapeExcelEscapes(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
