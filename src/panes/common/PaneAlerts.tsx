/**
 * The messages both panes show above their content: an Office too old to run the pane, the last
 * error (announced at once), the last notice — each as a Fluent MessageBar, dismissable.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { PANE_ERROR_TITLE } from "./paneText";

export interface AlertMessageProps {
  readonly intent: "error" | "success";
  readonly title?: string;
  readonly text: string;
  /** Shown as a button when given. */
  readonly dismiss?: { readonly label: string; readonly onDismiss: () => void };
  readonly testId?: string;
}

export function AlertMessage({ intent, title, text, dismiss, testId }: AlertMessageProps) {
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      role={intent === "error" ? "alert" : "status"}
      data-testid={testId}
    >
      <MessageBarBody>
        {title && (
          <>
            <MessageBarTitle>{title}</MessageBarTitle>
            <br />
          </>
        )}
        {text}
      </MessageBarBody>
      {dismiss && (
        <MessageBarActions>
          <Button onClick={dismiss.onDismiss}>{dismiss.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export interface PaneAlertsProps {
  readonly unsupported: string | null | undefined;
  readonly error: string | null | undefined;
  readonly notice: string | null | undefined;
  readonly onDismiss: () => void;
  readonly text: {
    readonly unsupportedTitle: string;
    /** Ignored: both panes title their errors PANE_ERROR_TITLE (one wording). */
    readonly errorTitle?: string;
    readonly dismiss: string;
  };
}

export function PaneAlerts({ unsupported, error, notice, onDismiss, text }: PaneAlertsProps) {
  const dismiss = { label: text.dismiss, onDismiss };
  return (
    <>
      {unsupported && (
        <AlertMessage intent="error" title={text.unsupportedTitle} text={unsupported} />
      )}
      <div aria-live="polite">
        {error && (
          <AlertMessage intent="error" title={PANE_ERROR_TITLE} text={error} dismiss={dismiss} />
        )}
        {notice && (
          <AlertMessage intent="success" text={notice} dismiss={dismiss} testId="notice" />
        )}
      </div>
    </>
  );
}
