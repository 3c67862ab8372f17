/**
 * The answer to the user's last action. Confirmations go away on their own after
 * CONFIRMATION_MS; errors, and confirmations that offer to undo, stay until dismissed or replaced.
 */
export interface Feedback {
  /** Distinguishes two equal messages in a row (each is announced and timed afresh). */
  readonly id: number;
  readonly intent: "success" | "error";
  readonly text: string;
  /** Offer to undo what was just done (the reset of a form to its defaults). */
  readonly undo?: boolean;
}

export const CONFIRMATION_MS = 8000;

/** Marks the element that shows the feedback (to know when focus is on it). */
export const FEEDBACK_ATTRIBUTE = "data-action-feedback";

let lastId = 0;

export function feedback(intent: Feedback["intent"], text: string, undo = false): Feedback {
  lastId += 1;
  return { id: lastId, intent, text, ...(undo ? { undo: true } : {}) };
}

/** How long the message stays, or null when it stays until dismissed. */
export function feedbackLifetime(message: Feedback): number | null {
  return message.intent === "success" && !message.undo ? CONFIRMATION_MS : null;
}
