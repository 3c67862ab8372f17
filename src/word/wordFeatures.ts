/**
 * What the Word host offers beyond WordApi 1.1, asked once per call from Office's requirement
 * sets (tests pass their own). Each feature is used only where the host has it, so that Word
 * 2016 keeps working, with the older behaviour.
 */
import type { RequirementChecker } from "./wordApi";

export interface WordFeatures {
  /** WordApi 1.3: `parentContentControlOrNullObject` (insert after the enclosing clause). */
  readonly parentControls: boolean;
  /** WordApi 1.4: comments of a control, and the document's change-tracking mode. */
  readonly comments: boolean;
  readonly trackingMode: boolean;
  /** WordApi 1.6: tracked changes (revisions) of the body and of a control. */
  readonly trackedChanges: boolean;
}

export const NO_FEATURES: WordFeatures = {
  parentControls: false,
  comments: false,
  trackingMode: false,
  trackedChanges: false,
};

export function wordFeatures(requirements: RequirementChecker | undefined): WordFeatures {
  if (!requirements) return NO_FEATURES;
  const has = (version: string): boolean => requirements.isSetSupported("WordApi", version);
  return {
    parentControls: has("1.3"),
    comments: has("1.4"),
    trackingMode: has("1.4"),
    trackedChanges: has("1.6"),
  };
}

/** The features of the Word running the pane; none outside Office. */
export function officeWordFeatures(): WordFeatures {
  if (typeof Office === "undefined") return NO_FEATURES;
  return wordFeatures(Office.context?.requirements);
}
