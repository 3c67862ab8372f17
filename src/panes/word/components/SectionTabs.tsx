/**
 * The pane's sections as one row of equal cells, icon above a short label, so that five fit at
 * 320 px. Plain buttons with `aria-current` rather than Fluent's TabList: its focus helpers
 * (tabster dummy elements, aria-hidden yet focusable) fail axe's aria-hidden-focus rule
 * (fluentui#27517).
 */
import type { ReactNode } from "react";
import { Button, CounterBadge, mergeClasses } from "@fluentui/react-components";
import { M } from "../messages";
import { type PaneSection, type SectionContext } from "../sections";
import { useSectionTabsStyles } from "./SectionTabs.styles";

export interface SectionTabsProps<Id extends string> {
  readonly sections: readonly (PaneSection & { readonly id: Id })[];
  readonly current: Id;
  readonly context: SectionContext;
  readonly onChoose: (id: Id) => void;
}

export function SectionTabs<Id extends string>(props: SectionTabsProps<Id>): ReactNode {
  const { sections, current, context } = props;
  const styles = useSectionTabsStyles();
  return (
    <nav className={styles.bar} aria-label={M.tabsLabel}>
      {sections.map(({ id, label, name, count, Icon }) => {
        const selected = id === current;
        const n = count?.(context) ?? 0;
        return (
          <Button
            key={id}
            appearance="subtle"
            className={mergeClasses(styles.tab, selected && styles.selected)}
            aria-current={selected ? "page" : undefined}
            aria-label={name?.(context)}
            onClick={() => props.onChoose(id)}
            data-section={id}
          >
            <span className={styles.icon} aria-hidden="true">
              <Icon />
              {n > 0 && (
                <CounterBadge className={styles.badge} count={n} size="small" overflowCount={99} />
              )}
            </span>
            <span className={styles.label}>{label(context)}</span>
          </Button>
        );
      })}
    </nav>
  );
}
