/**
 * Text normalisation used for every comparison of headers, labels and tokens (PRODUCT §1):
 * trim, lower case, accents and punctuation removed, spaces collapsed.
 */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whole-word containment of an already normalised needle in an already normalised haystack. */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === "") return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Key for whole-cell token matching (missing / not-applicable / boolean tokens): lower case,
 * no accents, no spaces or dots, other punctuation kept (`n/a` ≠ `nd`, `-` stays `-`).
 */
export function tokenKey(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s.\u00a0\u202f]+/g, "");
}
