/**
 * The natures of a need offered by the document check (the Word pane's picker and
 * `spaser clauses check --nature`): one list, with its French labels and CLI names.
 */
import { NEED_NATURES, type NeedNature } from "../core/thresholds";

export { NEED_NATURES, type NeedNature };

export const NEED_NATURE_TEXT: Readonly<Record<NeedNature, string>> = {
  Travaux: "Travaux",
  Fournitures: "Fournitures",
  Services: "Services",
  // Short enough for the Word pane's picker at 320 px; the check's findings give the threshold.
  "Services sociaux": "Services sociaux et spécifiques",
};

/** `--nature` values of `spaser clauses check`. */
export const NEED_NATURE_CLI: Readonly<Record<string, NeedNature>> = {
  travaux: "Travaux",
  fournitures: "Fournitures",
  services: "Services",
  "services-sociaux": "Services sociaux",
};
