import { ChoiceField } from "./ChoiceField";
import type { ReactNode } from "react";
import { Button, Checkbox, Field, Input, Text, ToggleButton } from "@fluentui/react-components";
import { CATEGORIES, DOCUMENT_TYPES, LEVERS, type ClauseTemplate } from "../../../clauses/types";
import { CATEGORY_TEXT, DOCUMENT_TEXT, LEVER_TEXT, M } from "../messages";
import type { ClauseFilter } from "../model/clauseFilter";
import { useClauseLibraryStyles } from "./ClauseLibrary.styles";

export interface ClauseLibraryProps {
  readonly filter: ClauseFilter;
  readonly visible: readonly ClauseTemplate[];
  readonly favourites: ReadonlySet<string>;
  readonly onFilter: (patch: Partial<ClauseFilter>) => void;
  readonly onOpen: (templateId: string) => void;
  readonly onToggleFavourite: (templateId: string) => void;
}

/** Search, filters and the list of templates; a click opens the clause's form. */
export function ClauseLibrary(props: ClauseLibraryProps): ReactNode {
  const { filter, visible, favourites, onFilter, onOpen, onToggleFavourite } = props;
  const styles = useClauseLibraryStyles();
  return (
    <section className={styles.root} aria-label={M.tabLibrary}>
      <Field label={M.searchLabel}>
        <Input
          type="search"
          value={filter.query}
          placeholder={M.searchPlaceholder}
          onChange={(_, data) => onFilter({ query: data.value })}
          data-testid="clause-search"
        />
      </Field>
      <div className={styles.filters}>
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
      </div>
      <Checkbox
        label={M.favouritesOnly}
        checked={filter.favouritesOnly}
        onChange={(_, data) => onFilter({ favouritesOnly: data.checked === true })}
      />
      <Text className={styles.count} role="status">
        {M.resultsCount(visible.length)}
      </Text>
      <ul className={styles.list} aria-label={M.templatesListLabel} data-testid="clause-list">
        {visible.map((t) => {
          const favourite = favourites.has(t.id);
          return (
            <li key={t.id} className={styles.row}>
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => onOpen(t.id)}
                aria-label={M.openClause(t.title)}
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
