import type { ReactNode } from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
} from "@fluentui/react-components";
import { M } from "./messages";
import type { WordMode } from "./useWordPane";
import { useWordPaneStyles } from "./WordPane.styles";

/** Placeholder of the Word pane (issue 4): same structure as the Excel pane, to be filled in. */
export function WordPane({ mode }: { readonly mode: WordMode }): ReactNode {
  const styles = useWordPaneStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{M.title}</Title3>
        <Caption1 className={styles.subtle}>{M.subtitle}</Caption1>
        <Text className={styles.subtle} aria-live="polite">
          {mode === "detecting" ? M.detecting : mode === "office" ? M.modeOffice : M.modeBrowser}
        </Text>
      </header>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{M.comingSoonTitle}</MessageBarTitle>
          <br />
          {M.comingSoonBody}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
