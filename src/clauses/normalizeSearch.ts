/**
 * Accent-, case- and punctuation-insensitive text for searching (« égalité » finds
 * « Egalite », « oeuvre » finds « œuvre »).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
