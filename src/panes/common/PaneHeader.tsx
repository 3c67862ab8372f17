/** The title block both panes open with: name, scope, and the mode the pane runs in. */
import type { ReactNode } from "react";
import { Caption1, Text, Title3 } from "@fluentui/react-components";
import { usePaneLayoutStyles } from "./paneLayout.styles";

export interface PaneHeaderProps {
  readonly title: string;
  readonly subtitle: string;
  /** « Connexion… », « Classeur Excel ouvert », « Mode navigateur… »: announced when it changes. */
  readonly mode: string;
}

export function PaneHeader({ title, subtitle, mode }: PaneHeaderProps): ReactNode {
  const layout = usePaneLayoutStyles();
  return (
    <header className={layout.header}>
      <Title3 as="h1">{title}</Title3>
      <Caption1 className={layout.subtle}>{subtitle}</Caption1>
      <Text className={layout.subtle} aria-live="polite">
        {mode}
      </Text>
    </header>
  );
}
