/**
 * What the library list shows: the registry's accent-insensitive search and filters, plus the
 * pane's own « favourites only » switch. Favourites come first, in library order otherwise.
 */
import { searchTemplates } from "../../../clauses/registry";
import type { Category, ClauseTemplate, DocumentType, Lever } from "../../../clauses/types";

export interface ClauseFilter {
  readonly query: string;
  /** "" = every category / lever / document. */
  readonly category: Category | "";
  readonly lever: Lever | "";
  readonly document: DocumentType | "";
  readonly favouritesOnly: boolean;
}

export const EMPTY_FILTER: ClauseFilter = {
  query: "",
  category: "",
  lever: "",
  document: "",
  favouritesOnly: false,
};

export function filterClauses(
  filter: ClauseFilter,
  favourites: ReadonlySet<string>,
  templates?: readonly ClauseTemplate[],
): ClauseTemplate[] {
  const found = searchTemplates(
    filter.query,
    {
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.lever ? { lever: filter.lever } : {}),
      ...(filter.document ? { document: filter.document } : {}),
    },
    templates,
  );
  const kept = filter.favouritesOnly ? found.filter((t) => favourites.has(t.id)) : found;
  // A stable partition: favourites first, the search's order kept inside each group.
  return [
    ...kept.filter((t) => favourites.has(t.id)),
    ...kept.filter((t) => !favourites.has(t.id)),
  ];
}

/** How many filters narrow the list (the search text aside). */
export function activeFilterCount(filter: ClauseFilter): number {
  return (
    [filter.category, filter.lever, filter.document].filter((v) => v !== "").length +
    (filter.favouritesOnly ? 1 : 0)
  );
}
