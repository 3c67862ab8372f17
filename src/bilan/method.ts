/**
 * The « Méthode » section: the rules the figures follow, in plain French, written in one place
 * (the document, the Word insertion and the panes all print these paragraphs).
 */
import { DEFAULT_TOLERANCE } from "../core/statusRules";
import type { Bilan } from "./model";

const NBSP = "\u00a0";

export function methodParagraphs(b: Pick<Bilan, "year" | "semesters" | "workbook">): string[] {
  const tolerance = `${Math.round(DEFAULT_TOLERANCE * 100)}${NBSP}%`;
  return [
    `Ce bilan est établi à partir du classeur de pilotage «${NBSP}${b.workbook}${NBSP}», actualisé par le complément SPASER pour trois semestres${NBSP}: ${b.semesters.s2} (valeur et statut de l’année ${b.year}), ${b.semesters.s1} (valeur du premier semestre${NBSP}; les indicateurs relevés au premier semestre y prennent leur valeur et leur statut) et ${b.semesters.previous} (valeur de l’année précédente). Chaque chiffre imprimé est celui de ces actualisations.`,
    `Valeur retenue${NBSP}: la valeur saisie dans le classeur lorsqu’elle est exploitable, sinon la valeur calculée à partir du registre des marchés. Les taux calculés portent sur les marchés notifiés depuis le 1er janvier de l’année jusqu’à la fin du semestre${NBSP}; au second semestre, ils couvrent donc l’année entière.`,
    `Statuts${NBSP}: «${NBSP}Atteint${NBSP}» lorsque la cible est atteinte${NBSP}; «${NBSP}En bonne voie${NBSP}» lorsque la valeur atteint la trajectoire linéaire qui mène de la référence à la cible à son échéance${NBSP}; «${NBSP}À surveiller${NBSP}» lorsqu’elle en est à moins de ${tolerance}${NBSP}; «${NBSP}En retard${NBSP}» au-delà. Pour une cible de hausse ou de baisse, la valeur est comparée à celle du même semestre un an plus tôt. «${NBSP}Non renseigné${NBSP}» et «${NBSP}Invalide${NBSP}» signalent une donnée manquante ou inexploitable${NBSP}; «${NBSP}Suivi${NBSP}» un indicateur sans cible.`,
    `Complétude${NBSP}: part des indicateurs attendus au semestre (selon leur périodicité, hors indicateurs sans objet et taux sans marché dans leur périmètre) qui ont une valeur exploitable, saisie ou calculée.`,
    `Principales avancées et principaux retards${NBSP}: pour chaque indicateur chiffré doté d’une cible et d’une valeur l’année précédente, évolution sur un an rapportée à la cible, dans le sens de la cible${NBSP}; à égalité, l’ordre des codes.`,
    `Achats responsables de l’année (article L2111-3 du code de la commande publique)${NBSP}: marchés du registre notifiés du 1er janvier au 31 décembre ${b.year}, en nombre et en valeur (somme des montants HT)${NBSP}; un marché présent sur plusieurs lignes (une par titulaire) n’est compté qu’une fois. Considération environnementale ou sociale${NBSP}: au moins une valeur des données essentielles de la commande publique${NBSP}; clause d’insertion${NBSP}: réponse «${NBSP}oui${NBSP}» ou heures d’insertion prévues${NBSP}; marché réservé${NBSP}: considération sociale «${NBSP}Marché réservé${NBSP}».`,
  ];
}
