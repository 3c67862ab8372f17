/**
 * The internal note justifying an exception to L2112-2-1 (social execution condition for
 * contracts at or above the EU thresholds). It is a note, not a clause: it produces no DECP
 * consideration, but it is what the document check accepts instead of a social clause.
 * The grounds mirror the article's exceptions; their exact wording must be checked on
 * Légifrance before use (domain-facts §2: « exact list à vérifier »).
 */
import type { ClauseTemplate } from "../types";

export const EXCEPTION_MOTIFS = [
  "le besoin peut être satisfait par une solution immédiatement disponible",
  "la prise en compte de considérations sociales n’est pas susceptible de présenter un lien suffisant avec l’objet du marché",
  "la prise en compte de considérations sociales serait de nature à restreindre la concurrence ou à rendre techniquement ou économiquement difficile l’exécution du marché",
] as const;

export const EXCEPTION_NOTE: ClauseTemplate = {
  id: "note-exception-l2112-2-1",
  version: 2,
  kind: "note",
  title:
    "Note justifiant l’absence de condition d’exécution sociale (exception à l’article L2112-2-1)",
  category: "sociale",
  lever: "condition d'exécution",
  // Internal, never published: it belongs to no tender document (the check asks whether it
  // exists in the consultation file instead).
  documents: [],
  decp: "Pas de considération sociale",
  legalBasis: ["CCP, art. L2112-2-1"],
  usage:
    "Note interne, à conserver au dossier de la consultation (et non à publier), lorsque le marché atteint le seuil européen mais qu’aucune considération sociale n’est retenue dans les conditions d’exécution. À préparer avec l’analyse d’opportunité de la clause sociale.",
  vigilance: [
    "Ne l’insérez dans aucune pièce publiée (RC, CCAP, CCTP)\u00a0: le contrôle du document demande seulement si elle est versée au dossier.",
    "La justification doit être circonstanciée\u00a0: un motif général ne suffit pas.",
    "Vérifiez sur Légifrance la rédaction en vigueur des exceptions de l’article L2112-2-1 à la date de lancement.",
    "Le marché sera déclaré sans considération sociale dans les données essentielles, sauf critère social ou réservation.",
  ],
  natures: [],
  keywords: [
    "exception",
    "justification",
    "L2112-2-1",
    "note",
    "analyse d’opportunité",
    "clause sociale",
  ],
  parameters: {
    objet: {
      kind: "text",
      label: "Objet du marché",
      default: "les prestations objet de la présente consultation",
      minLength: 3,
      maxLength: 200,
    },
    motif: {
      kind: "choice",
      label: "Motif de l’exception",
      default: EXCEPTION_MOTIFS[0],
      options: EXCEPTION_MOTIFS,
    },
    circonstances: {
      kind: "text",
      label: "Circonstances propres au marché",
      default:
        "[exposer ici les éléments de fait propres au marché, notamment les résultats du sourcing et l’avis du facilitateur]",
      minLength: 10,
      maxLength: 2000,
    },
  },
  body: [
    "Le marché portant sur {{objet}} a une valeur estimée égale ou supérieure au seuil européen applicable. L’article L2112-2-1 du code de la commande publique impose en principe que ses conditions d’exécution prennent en compte des considérations relatives au domaine social ou à l’emploi, notamment en faveur des personnes défavorisées.",
    "L’acheteur n’intègre pas de telles considérations dans les conditions d’exécution de ce marché au motif que {{motif}}.",
    "Cette appréciation repose sur les circonstances suivantes\u00a0: {{circonstances}}",
    "La présente note est conservée au dossier de la consultation\u00a0; l’analyse d’opportunité de la clause sociale prévue par le SPASER du Département du Nord y est jointe.",
  ],
};
