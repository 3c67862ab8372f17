/**
 * The clause library: every template, lookup by id and an accent-insensitive search with
 * filters (used by the CLI and, later, the Word pane).
 */
import { normalizeForSearch } from "./normalizeSearch";
import { ENVIRONMENTAL_EXECUTION_TEMPLATES } from "./templates/environmentalExecution";
import { ENVIRONMENTAL_SPECIFICATION_TEMPLATES } from "./templates/environmentalSpecifications";
import { EXCEPTION_NOTE } from "./templates/exceptionNote";
import { SOCIAL_TEMPLATES } from "./templates/social";
import type { Category, ClauseTemplate, DocumentType, Lever } from "./types";

const ALL: readonly ClauseTemplate[] = [
  ...SOCIAL_TEMPLATES,
  EXCEPTION_NOTE,
  ...ENVIRONMENTAL_EXECUTION_TEMPLATES,
  ...ENVIRONMENTAL_SPECIFICATION_TEMPLATES,
];

const BY_ID = new Map(ALL.map((t) => [t.id, t]));

export function listTemplates(): readonly ClauseTemplate[] {
  return ALL;
}

export function findTemplate(id: string): ClauseTemplate | undefined {
  return BY_ID.get(id.trim());
}

export interface TemplateFilter {
  readonly category?: Category;
  readonly lever?: Lever;
  readonly document?: DocumentType;
}

function haystack(t: ClauseTemplate): string {
  return normalizeForSearch(
    [t.id, t.title, t.category, t.lever, t.decp, t.usage, ...t.keywords, ...t.legalBasis].join(" "),
  );
}

const HAYSTACKS = new Map(ALL.map((t) => [t.id, haystack(t)]));

/**
 * Every word of the query must occur in the template's text (title, keywords, usage, articles);
 * results keep the library order, with title matches first.
 */
export function searchTemplates(
  query: string,
  filter: TemplateFilter = {},
  templates: readonly ClauseTemplate[] = ALL,
): ClauseTemplate[] {
  const words = normalizeForSearch(query)
    .split(" ")
    .filter((w) => w.length > 0);
  const matches = templates.filter((t) => {
    if (filter.category && t.category !== filter.category) return false;
    if (filter.lever && t.lever !== filter.lever) return false;
    if (filter.document && !t.documents.includes(filter.document)) return false;
    const text = HAYSTACKS.get(t.id) ?? haystack(t);
    return words.every((w) => text.includes(w));
  });
  const inTitle = (t: ClauseTemplate): boolean => {
    const title = normalizeForSearch(t.title);
    return words.length > 0 && words.every((w) => title.includes(w));
  };
  return [...matches.filter(inTitle), ...matches.filter((t) => !inTitle(t))];
}
