/**
 * The answer to the user's last action, drawn where the action is (in the sticky bar at the
 * bottom of the pane) rather than at the top, which is off-screen once the form is scrolled.
 * The live region stays in the page so that each new message is announced.
 */
import type { ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { M } from "../messages";
import { type Feedback, FEEDBACK_ATTRIBUTE } from "../model/feedback";

export interface ActionFeedbackProps {
  readonly feedback: Feedback | null;
  readonly onDismiss: () => void;
  readonly onUndo?: () => void;
  /**
   * Where focus goes when the message it was on is closed or undone (instead of the page's
   * start): the element the next action is likely to start from.
   */
  readonly focusAfter: () => HTMLElement | null | undefined;
}

export function ActionFeedback(props: ActionFeedbackProps): ReactNode {
  const { feedback, focusAfter } = props;
  const then = (action: () => void) => () => {
    action();
    focusAfter()?.focus();
  };
  const onDismiss = then(props.onDismiss);
  const onUndo = props.onUndo ? then(props.onUndo) : undefined;
  return (
    <div aria-live="polite" data-testid="action-feedback" {...{ [FEEDBACK_ATTRIBUTE]: "" }}>
      {feedback && (
        <MessageBar
          key={feedback.id}
          intent={feedback.intent}
          layout="multiline"
          role={feedback.intent === "error" ? "alert" : "status"}
          data-testid={feedback.intent === "error" ? "action-error" : "notice"}
        >
          <MessageBarBody>
            {feedback.intent === "error" && (
              <>
                <MessageBarTitle>{M.errorTitle}</MessageBarTitle>
                <br />
              </>
            )}
            {feedback.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={M.dismiss}
                title={M.dismiss}
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            }
          >
            {feedback.undo && onUndo && (
              <Button aria-label={M.undoReset} onClick={onUndo}>
                {M.undo}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
