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
  "Services sociaux":
    "Services sociaux et autres services spécifiques (seuil européen 750\u00a0000\u00a0€\u00a0HT)",
};

/** `--nature` values of `spaser clauses check`. */
export const NEED_NATURE_CLI: Readonly<Record<string, NeedNature>> = {
  travaux: "Travaux",
  fournitures: "Fournitures",
  services: "Services",
  "services-sociaux": "Services sociaux",
};
