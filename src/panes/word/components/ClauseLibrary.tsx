import { ChoiceField } from "./ChoiceField";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Text,
  ToggleButton,
  mergeClasses,
} from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import { CATEGORIES, DOCUMENT_TYPES, LEVERS, type ClauseTemplate } from "../../../clauses/types";
import { CATEGORY_TEXT, DOCUMENT_TEXT, LEVER_TEXT, M } from "../messages";
import { activeFilterCount, type ClauseFilter } from "../model/clauseFilter";
import { useClauseLibraryStyles } from "./ClauseLibrary.styles";

export interface ClauseLibraryProps {
  readonly filter: ClauseFilter;
  readonly visible: readonly ClauseTemplate[];
  readonly favourites: ReadonlySet<string>;
  /** The clause just closed: its button gets focus back, then `onFocused`. */
  readonly focusClause: string | null;
  readonly onFocused: () => void;
  readonly onFilter: (patch: Partial<ClauseFilter>) => void;
  readonly onClearFilters: () => void;
  readonly onOpen: (templateId: string) => void;
  readonly onToggleFavourite: (templateId: string) => void;
}

/**
 * Search, filters and the list of templates; a click opens the clause's form. The filters fold
 * under one button (with the number of active ones) so that the list starts high in a narrow
 * pane; unfolded, each filter takes a whole row, so that no option is cut.
 */
export function ClauseLibrary(props: ClauseLibraryProps): ReactNode {
  const { filter, visible, favourites, onFilter, onOpen, onToggleFavourite } = props;
  const styles = useClauseLibraryStyles();
  const active = activeFilterCount(filter);
  const [filtersOpen, setFiltersOpen] = useState(active > 0);
  const filtersId = useId();
  const list = useRef<HTMLUListElement>(null);
  const { focusClause, onFocused } = props;
  useEffect(() => {
    if (focusClause === null) return;
    const button = list.current?.querySelector<HTMLElement>(
      `[data-template="${CSS.escape(focusClause)}"]`,
    );
    button?.focus();
    onFocused();
  }, [focusClause, onFocused]);
  return (
    <section className={styles.root} aria-label={M.tabLibrary}>
      <div className={styles.searchRow}>
        <Field label={M.searchLabel} className={styles.search}>
          <Input
            className={styles.searchInput}
            type="search"
            value={filter.query}
            placeholder={M.searchPlaceholder}
            onChange={(_, data) => onFilter({ query: data.value })}
            data-testid="clause-search"
          />
        </Field>
        <Button
          className={styles.filterToggle}
          icon={<FilterRegular />}
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          aria-label={M.filtersLabel(active)}
          appearance={active > 0 ? "primary" : "secondary"}
          onClick={() => setFiltersOpen((o) => !o)}
          data-testid="filters-toggle"
        >
          {active > 0 ? M.filtersActive(active) : M.filters}
        </Button>
      </div>
      <div id={filtersId} className={mergeClasses(styles.filters, !filtersOpen && styles.hidden)}>
        <ChoiceField
          label={M.categoryLabel}
          value={filter.category}
          choices={CATEGORIES}
          text={CATEGORY_TEXT}
          any={M.allCategories}
          onChange={(category) => onFilter({ category })}
        />
        <ChoiceField
          label={M.leverLabel}
          value={filter.lever}
          choices={LEVERS}
          text={LEVER_TEXT}
          any={M.allLevers}
          onChange={(lever) => onFilter({ lever })}
        />
        <ChoiceField
          label={M.documentLabel}
          value={filter.document}
          choices={DOCUMENT_TYPES}
          text={DOCUMENT_TEXT}
          any={M.allDocuments}
          onChange={(document) => onFilter({ document })}
        />
        <Checkbox
          label={M.favouritesOnly}
          checked={filter.favouritesOnly}
          onChange={(_, data) => onFilter({ favouritesOnly: data.checked === true })}
        />
        {active > 0 && (
          <Button className={styles.clear} size="small" onClick={props.onClearFilters}>
            {M.clearFilters}
          </Button>
        )}
      </div>
      <Text className={styles.count} role="status">
        {M.resultsCount(visible.length)}
      </Text>
      <ul
        ref={list}
        className={styles.list}
        aria-label={M.templatesListLabel}
        data-testid="clause-list"
      >
        {visible.map((t) => {
          const favourite = favourites.has(t.id);
          return (
            <li key={t.id} className={styles.row}>
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => onOpen(t.id)}
                aria-label={M.openClause(t.title)}
                data-template={t.id}
              >
                <span className={styles.itemTitle}>{t.title}</span>
                <span className={styles.itemMeta}>
                  {CATEGORY_TEXT[t.category]} · {LEVER_TEXT[t.lever]} · {t.documents.join(", ")}
                </span>
              </Button>
              <ToggleButton
                appearance="subtle"
                className={styles.star}
                checked={favourite}
                aria-label={M.favouriteLabel(t.title)}
                title={M.favouriteLabel(t.title)}
                onClick={() => onToggleFavourite(t.id)}
              >
                <span aria-hidden="true">
                  {favourite ? M.favouriteSymbol : M.notFavouriteSymbol}
                </span>
              </ToggleButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
