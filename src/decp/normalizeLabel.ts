/**
 * Normalised form of a header or a DECP value, so that `Durée (mois)`, `duree mois`,
 * `dureeMois` and `DUREE_MOIS` can be compared: accents removed, lower case, punctuation
 * (including `_` and `.`) turned into spaces, spaces collapsed.
 */
export function normalizeLabel(text: string): string {
  // Plain ASCII (field names, most headers) needs no Unicode decomposition, the slow part.
  const ascii = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/œ/gi, "oe")
        .replace(/æ/gi, "ae");
  return ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Compacted labels already computed: national files repeat the same few keys millions of times. */
const compactCache = new Map<string, string>();
const COMPACT_CACHE_LIMIT = 10_000;

/** Same as `normalizeLabel` with every space removed: `dureeMois` and `Durée (mois)` meet here. */
export function compactLabel(text: string): string {
  let c = compactCache.get(text);
  if (c === undefined) {
    c = normalizeLabel(text).replace(/ /g, "");
    if (compactCache.size >= COMPACT_CACHE_LIMIT) compactCache.clear();
    compactCache.set(text, c);
  }
  return c;
}
