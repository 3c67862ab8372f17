/**
 * Matching a row's label to the catalogue (PRODUCT §1): an exact normalised match with the
 * label or one of its aliases; otherwise the best token-set similarity (Jaccard over
 * significant words) when it reaches SIMILARITY_THRESHOLD and is unique.
 */
import { CATALOGUE, type CatalogueIndicator } from "./catalogue";
import { normalizeText } from "./normalize";

/** Chosen on the seed's wordings: every alias of one indicator scores below it against the others. */
export const SIMILARITY_THRESHOLD = 0.6;

const STOPWORDS = new Set([
  "de",
  "des",
  "du",
  "d",
  "la",
  "le",
  "les",
  "l",
  "a",
  "au",
  "aux",
  "en",
  "et",
  "pour",
  "par",
  "sur",
  "un",
  "une",
  "dans",
  "ou",
  "avec",
  "nombre",
  "nb",
  "part",
  "pourcentage",
  "taux",
]);

export function significantTokens(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(" ")
      .filter((t) => t !== "" && !STOPWORDS.has(t)),
  );
}

export function tokenSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

interface Prepared {
  readonly indicator: CatalogueIndicator;
  readonly exact: ReadonlySet<string>;
  readonly tokens: readonly ReadonlySet<string>[];
}

const PREPARED: readonly Prepared[] = CATALOGUE.map((indicator) => {
  const names = [indicator.label, ...indicator.aliases];
  return {
    indicator,
    exact: new Set(names.map(normalizeText)),
    tokens: names.map(significantTokens),
  };
});

export function matchLabel(label: string): CatalogueIndicator | undefined {
  const n = normalizeText(label);
  if (n === "") return undefined;
  for (const p of PREPARED) if (p.exact.has(n)) return p.indicator;
  const tokens = significantTokens(label);
  let best: { indicator: CatalogueIndicator; score: number } | undefined;
  let second = 0;
  for (const p of PREPARED) {
    const score = Math.max(...p.tokens.map((t) => tokenSimilarity(tokens, t)));
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { indicator: p.indicator, score };
    } else second = Math.max(second, score);
  }
  if (!best || best.score < SIMILARITY_THRESHOLD - 1e-9 || best.score - second <= 1e-9)
    return undefined;
  return best.indicator;
}
