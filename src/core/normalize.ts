/**
 * Text normalisation used for every comparison of headers, labels and tokens (PRODUCT §1):
 * trim, lower case, accents and punctuation removed, spaces collapsed.
 */
const LIGATURES: Readonly<Record<string, string>> = { œ: "oe", æ: "ae", ß: "ss" };

/**
 * Registers repeat the same few values (directions, natures, considerations, oui/non) thousands of
 * times: both normalisations are memoised in bounded caches.
 */
const CACHE_LIMIT = 20_000;

/**
 * `fn` memoised per distinct text, in a cache emptied when it reaches `limit` entries (a pane
 * stays open for weeks of workbooks). `fn` may answer undefined: that answer is kept too.
 */
export function memoised<T>(fn: (text: string) => T, limit = CACHE_LIMIT): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined && !cache.has(text)) {
      out = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, out);
    }
    return out as T;
  };
}

export const normalizeText = memoised(normalizeUncached);

function normalizeUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Key for whole-cell token matching (missing / not-applicable / boolean tokens): lower case,
 * no accents, no spaces or dots, other punctuation kept (`n/a` ≠ `nd`, `-` stays `-`).
 */
export const tokenKey = memoised(tokenKeyUncached);

function tokenKeyUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s.\u00a0\u202f]+/g, "");
}
