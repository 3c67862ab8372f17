/**
 * Social clause templates (SPASER « Rééquilibrer », objective 3). Texts written for this project.
 * Articles: Code de la commande publique (CCP) unless stated otherwise.
 */
import { computeInsertionHours, INSERTION_HOURS_PARAMETERS } from "../insertionHours";
import type { ClauseTemplate, ParameterValues } from "../types";

const FACILITATEUR = {
  kind: "text",
  label: "Facilitateur",
  default: "le facilitateur de la clause sociale désigné par le Département du Nord",
  minLength: 3,
  maxLength: 200,
} as const;

const PERIMETRE = {
  kind: "text",
  label: "Périmètre réservé (marché ou lot)",
  default: "le présent marché",
  minLength: 3,
  maxLength: 200,
} as const;

function num(values: ParameterValues, name: string): number {
  const value = values[name];
  return typeof value === "number" ? value : Number.NaN;
}

export const SOCIAL_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: "clause-insertion",
    version: 2,
    kind: "clause",
    title: "Clause d’insertion professionnelle (heures d’insertion)",
    category: "sociale",
    lever: "condition d'exécution",
    documents: ["CCAP"],
    decp: "Clause sociale",
    legalBasis: [
      "CCP, art. L2112-2",
      "CCP, art. L2112-2-1 (marchés égaux ou supérieurs aux seuils européens)",
    ],
    usage:
      "À insérer dans le CCAP des marchés dont la main-d’œuvre est significative (travaux, propreté, espaces verts, restauration…). Le volume d’heures est calculé à partir du montant estimé, de la part de main-d’œuvre, du taux d’insertion (5 à 20\u00a0% usuellement) et du coût horaire chargé\u00a0; faites-le valider par le facilitateur.",
    vigilance: [
      "Le montant à retenir est celui du marché ou du lot concerné\u00a0; vérifiez la cohérence entre lots.",
      "Mentionnez l’existence de la clause dans le règlement de la consultation et l’avis de publicité.",
      "Le suivi des heures réalisées incombe au facilitateur\u00a0: prévoyez les modalités de transmission des justificatifs.",
    ],
    natures: [],
    keywords: ["insertion", "heures", "emploi", "facilitateur", "RSA", "SIAE", "clause sociale"],
    parameters: {
      ...INSERTION_HOURS_PARAMETERS,
      facilitateur: FACILITATEUR,
      delaiContact: {
        kind: "number",
        label: "Délai de prise de contact avec le facilitateur",
        unit: "jours",
        default: 15,
        min: 1,
        max: 90,
        integer: true,
      },
      penalite: {
        kind: "number",
        label: "Pénalité par heure d’insertion non réalisée",
        unit: "€ HT",
        default: 50,
        min: 0,
        max: 500,
      },
    },
    derived: {
      heures: {
        label: "Heures d’insertion",
        unit: "heures",
        compute: (v) =>
          computeInsertionHours({
            montant: num(v, "montant"),
            partMainOeuvre: num(v, "partMainOeuvre"),
            taux: num(v, "taux"),
            coutHoraire: num(v, "coutHoraire"),
          }),
      },
    },
    body: [
      "Le titulaire s’engage à réaliser, pour l’exécution du présent marché, une action d’insertion professionnelle au bénéfice de personnes rencontrant des difficultés sociales ou professionnelles particulières. Le nombre minimal d’heures de travail à leur confier est fixé à {{heures}}.",
      "Ce volume résulte du calcul suivant\u00a0: montant estimé de {{montant}}, multiplié par une part de main-d’œuvre de {{partMainOeuvre}} et par un taux d’insertion de {{taux}}, divisé par un coût horaire chargé de {{coutHoraire}}, le résultat étant arrondi à l’heure la plus proche.",
      "Peuvent notamment bénéficier de cette action les demandeurs d’emploi de longue durée, les allocataires du revenu de solidarité active ou d’un autre minimum social, les travailleurs bénéficiant de l’obligation d’emploi des travailleurs handicapés, les jeunes de moins de vingt-six ans peu qualifiés, les demandeurs d’emploi de plus de cinquante ans, les habitants des quartiers prioritaires de la politique de la ville et les personnes accompagnées par une structure d’insertion par l’activité économique. L’éligibilité des personnes est validée par {{facilitateur}} avant leur affectation au marché.",
      "Le titulaire choisit librement les modalités de mise en œuvre\u00a0: embauche directe, mise à disposition par une structure d’insertion par l’activité économique, une entreprise de travail temporaire d’insertion ou un groupement d’employeurs pour l’insertion et la qualification, ou sous-traitance à une structure d’insertion. Il prend contact avec le facilitateur dans un délai de {{delaiContact}} à compter de la notification du marché.",
      "Le titulaire transmet chaque mois au facilitateur les justificatifs des heures réalisées. Lorsque l’engagement n’est pas tenu du fait du titulaire, celui-ci encourt, sans mise en demeure préalable, une pénalité de {{penalite}} par heure d’insertion non réalisée.",
    ],
  },
  {
    id: "critere-social-insertion",
    version: 1,
    kind: "clause",
    title: "Critère d’attribution\u00a0: performance en matière d’insertion professionnelle",
    category: "sociale",
    lever: "critère d'attribution",
    documents: ["RC"],
    decp: "Critère social",
    legalBasis: [
      "CCP, art. L2152-7",
      "CCP, art. R2152-7 (insertion professionnelle des publics en difficulté)",
    ],
    usage:
      "À insérer dans le RC, en complément d’une clause d’insertion ou d’une action de découverte des métiers. Le critère apprécie la qualité de l’accompagnement proposé, pas seulement le nombre d’heures.",
    vigilance: [
      "Le critère doit être lié à l’objet du marché et apprécié à partir d’engagements vérifiables en cours d’exécution.",
      "Aucune préférence pour les entreprises ou les personnes du territoire ne peut être accordée.",
      "Précisez les éléments attendus dans le mémoire technique.",
    ],
    natures: [],
    keywords: ["critère", "insertion", "social", "notation", "pondération"],
    parameters: {
      ponderation: {
        kind: "percent",
        label: "Pondération du critère",
        default: 0.1,
        min: 0.05,
        max: 0.3,
      },
    },
    body: [
      "Performance en matière d’insertion professionnelle des publics en difficulté\u00a0: {{ponderation}} de la note globale.",
      "Ce critère est apprécié au vu du mémoire technique, selon la qualité des engagements suivants\u00a0: accueil et tutorat des personnes en insertion, actions de formation ou de qualification qui leur sont proposées pendant l’exécution du marché, modalités d’accompagnement vers un emploi durable, et organisation du suivi conjoint avec le facilitateur.",
      "Les engagements pris par le titulaire au titre de ce critère ont valeur contractuelle\u00a0; leur respect est vérifié pendant l’exécution du marché.",
    ],
  },
  {
    id: "reserve-ea-esat",
    version: 2,
    kind: "clause",
    title: "Marché réservé aux entreprises adaptées et ESAT",
    category: "sociale",
    lever: "réservation",
    documents: ["RC", "CCAP"],
    decp: "Marché réservé",
    legalBasis: [
      "CCP, art. L2113-12",
      "CCP, art. R2113-7",
      "Code du travail, art. L5213-13 (entreprises adaptées)",
    ],
    usage:
      "Pour des prestations accessibles au secteur protégé et adapté (entretien d’espaces verts, blanchisserie, impression, conditionnement…). La réservation est annoncée dans l’avis de publicité et le RC.",
    vigilance: [
      "Vérifiez par un sourcing qu’il existe une concurrence suffisante entre structures éligibles.",
      "La réservation peut porter sur un ou plusieurs lots seulement.",
    ],
    natures: [],
    keywords: ["réservé", "ESAT", "entreprise adaptée", "handicap", "secteur protégé"],
    parameters: { perimetre: PERIMETRE },
    body: [
      "En application de l’article L2113-12 du code de la commande publique, {{perimetre}} est réservé aux entreprises adaptées mentionnées à l’article L5213-13 du code du travail, aux établissements et services d’aide par le travail mentionnés à l’article L344-2 du code de l’action sociale et des familles ainsi qu’aux structures équivalentes, lorsqu’ils emploient une proportion minimale de cinquante pour cent, fixée par l’article R2113-7 du code de la commande publique, de travailleurs handicapés qui, en raison de la nature ou de la gravité de leurs déficiences, ne peuvent exercer une activité professionnelle dans des conditions normales.",
      "À l’appui de sa candidature, chaque candidat justifie de sa qualité par tout moyen\u00a0: pour une entreprise adaptée, notamment par le contrat pluriannuel d’objectifs et de moyens conclu avec l’État qui vaut agrément (article L5213-13 du code du travail)\u00a0; pour un établissement ou service d’aide par le travail, par l’autorisation dont il bénéficie\u00a0; pour une structure équivalente, par tout document attestant de la proportion de travailleurs handicapés qu’elle emploie.",
    ],
  },
  {
    id: "reserve-siae",
    version: 1,
    kind: "clause",
    title: "Marché réservé aux structures d’insertion par l’activité économique",
    category: "sociale",
    lever: "réservation",
    documents: ["RC", "CCAP"],
    decp: "Marché réservé",
    legalBasis: ["CCP, art. L2113-13", "CCP, art. R2113-7"],
    usage:
      "Pour des prestations que des SIAE (ateliers et chantiers d’insertion, entreprises d’insertion, associations intermédiaires…) peuvent exécuter. La réservation est annoncée dans l’avis de publicité et le RC.",
    vigilance: [
      "Vérifiez par un sourcing qu’il existe plusieurs structures susceptibles de répondre.",
      "Un marché réservé compte comme considération sociale mais ne remplace pas, à lui seul, la condition d’exécution sociale exigée par l’article L2112-2-1 au-dessus des seuils européens.",
    ],
    natures: [],
    keywords: ["réservé", "SIAE", "insertion", "chantier d’insertion", "IAE"],
    parameters: { perimetre: PERIMETRE },
    body: [
      "En application de l’article L2113-13 du code de la commande publique, {{perimetre}} est réservé aux structures d’insertion par l’activité économique mentionnées à l’article L5132-4 du code du travail ainsi qu’aux structures équivalentes, qui emploient une proportion minimale de cinquante pour cent de travailleurs défavorisés, conformément à l’article R2113-7 du même code.",
      "À l’appui de sa candidature, chaque candidat justifie de sa qualité, notamment par la production de son conventionnement ou de tout document équivalent.",
    ],
  },
  {
    id: "reserve-ess",
    version: 2,
    kind: "clause",
    title: "Marché réservé aux entreprises de l’économie sociale et solidaire",
    category: "sociale",
    lever: "réservation",
    documents: ["RC", "CCAP"],
    decp: "Marché réservé",
    legalBasis: [
      "CCP, art. L2113-15",
      "CCP, art. L2113-16",
      "CCP, art. R2113-8",
      "Loi n° 2014-856 du 31 juillet 2014, art. 1er",
    ],
    usage:
      "Uniquement pour un marché ou un lot portant exclusivement sur des services sociaux et autres services spécifiques figurant sur la liste de l’avis annexé au code de la commande publique que l’article L2113-15 permet de réserver\u00a0: désignez ces services et leurs codes CPV tels qu’ils figurent sur cette liste. La durée du marché ne peut excéder trois ans.",
    vigilance: [
      "Avant de réserver, vérifiez sur Légifrance que chaque service et son code CPV figurent sur la liste annexée au code\u00a0: une paraphrase («\u00a0services de santé, sociaux ou culturels\u00a0») ne suffit pas.",
      "Toutes les conditions doivent être remplies\u00a0: services de la liste, mission de service public liée à ces services, bénéfices réinvestis, gouvernance participative, durée de trois ans au plus, aucun marché réservé au même titre attribué au même opérateur pour les mêmes services au cours des trois années précédentes.",
      "Les candidats justifient de chacune des conditions qui les concernent dans leur candidature.",
    ],
    natures: ["Services"],
    keywords: ["réservé", "ESS", "économie sociale et solidaire", "services sociaux", "culturels"],
    parameters: {
      perimetre: PERIMETRE,
      services: {
        kind: "text",
        label: "Services réservés et codes CPV (tels qu’ils figurent sur la liste annexée au code)",
        default: "[désigner chaque service et son code CPV, tels qu’ils figurent sur la liste]",
        minLength: 5,
        maxLength: 500,
      },
      dureeMois: {
        kind: "number",
        label: "Durée maximale du marché",
        unit: "mois",
        default: 36,
        min: 1,
        max: 36,
        integer: true,
      },
    },
    body: [
      "En application des articles L2113-15, L2113-16 et R2113-8 du code de la commande publique, {{perimetre}}, qui porte exclusivement sur les services suivants, figurant sur la liste des services sociaux et autres services spécifiques annexée à ce code\u00a0: {{services}}, est réservé aux entreprises de l’économie sociale et solidaire définies à l’article 1er de la loi n° 2014-856 du 31 juillet 2014 ainsi qu’aux structures équivalentes.",
      "Seul peut être candidat l’opérateur qui remplit l’ensemble des conditions suivantes et en justifie dans sa candidature\u00a0: il a pour objectif d’assumer une mission de service public liée à la prestation de ces services\u00a0; ses bénéfices sont réinvestis en vue d’atteindre cet objectif et, lorsqu’ils sont distribués, cette distribution repose sur des considérations participatives\u00a0; ses structures de direction ou de propriété reposent sur l’actionnariat des salariés ou sur des principes participatifs, ou exigent la participation active des salariés, des usagers ou des parties prenantes.",
      "La durée du marché est de {{dureeMois}} au plus, reconductions comprises, sans pouvoir excéder trois ans. Le marché ne peut être attribué à un opérateur qui s’est vu attribuer par l’acheteur, au cours des trois années précédentes, un marché réservé en application des mêmes articles pour les mêmes services.",
    ],
  },
  {
    id: "decouverte-metiers",
    version: 2,
    kind: "clause",
    title: "Actions de découverte des métiers et d’immersion professionnelle",
    category: "sociale",
    lever: "condition d'exécution",
    documents: ["CCAP"],
    decp: "Clause sociale",
    legalBasis: [
      "CCP, art. L2112-2",
      "Code du travail, art. L5135-1 et suivants (périodes de mise en situation en milieu professionnel)",
    ],
    usage:
      "Alternative ou complément à la clause d’insertion lorsque le volume de main-d’œuvre est faible (prestations intellectuelles, petits marchés)\u00a0: visites, présentations de métiers, périodes d’immersion.",
    vigilance: [
      "Définissez des engagements mesurables et vérifiables (nombre d’actions, de personnes accueillies).",
      "Les personnes accueillies en immersion ne peuvent pas occuper un poste de travail permanent.",
      "Une période de mise en situation en milieu professionnel n’existe que prescrite par un organisme habilité et formalisée par une convention signée avant son début\u00a0: l’orientation par le facilitateur ne suffit pas\u00a0; associez-le au prescripteur.",
    ],
    natures: [],
    keywords: [
      "découverte",
      "immersion",
      "PMSMP",
      "stage",
      "métiers",
      "prestations intellectuelles",
    ],
    parameters: {
      actions: {
        kind: "number",
        label: "Nombre d’actions de découverte des métiers",
        default: 2,
        min: 0,
        max: 50,
        integer: true,
      },
      immersions: {
        kind: "number",
        label: "Nombre de personnes accueillies en immersion",
        default: 2,
        min: 0,
        max: 50,
        integer: true,
      },
      facilitateur: FACILITATEUR,
    },
    body: [
      "Pendant l’exécution du marché, le titulaire organise au moins {{actions}} action(s) de découverte des métiers mobilisés par les prestations (visite de site, présentation des métiers, rencontre avec des professionnels), au bénéfice de personnes éloignées de l’emploi orientées par {{facilitateur}}.",
      "Le titulaire accueille en outre au moins {{immersions}} personne(s) dans le cadre d’une période de mise en situation en milieu professionnel au sens des articles L5135-1 et suivants du code du travail, prescrite par un organisme habilité à cet effet et formalisée par une convention signée par la personne, le titulaire et le prescripteur avant son début, ou d’un dispositif d’immersion équivalent. Il désigne pour chaque personne accueillie un tuteur.",
      "Le titulaire rend compte de ces actions dans un bilan remis à l’acheteur à la fin de chaque année d’exécution.",
    ],
  },
  {
    id: "egalite-femmes-hommes",
    version: 2,
    kind: "clause",
    title: "Égalité entre les femmes et les hommes dans l’exécution du marché",
    category: "sociale",
    lever: "condition d'exécution",
    documents: ["CCAP"],
    decp: "Clause sociale",
    legalBasis: ["CCP, art. L2112-2 (lutte contre les discriminations)"],
    usage:
      "Condition d’exécution portant sur le personnel affecté au marché\u00a0: mixité des équipes, prévention des violences sexistes et sexuelles, bilan. Elle relève de la lutte contre les discriminations\u00a0: au-dessus des seuils européens, elle ne tient pas lieu, à elle seule, de la considération sociale ou relative à l’emploi exigée par l’article L2112-2-1.",
    vigilance: [
      "La condition doit porter sur l’exécution du marché, non sur la politique générale de l’entreprise.",
      "Proportionnez le bilan demandé à la taille du marché.",
      "L’exclusion de l’article L2141-4, 2° (personnes qui, au 31 décembre de l’année précédant celle du lancement de la procédure, n’ont pas mis en œuvre l’obligation de négociation prévue au 2° de l’article L2242-1 du code du travail) se rappelle dans le règlement de la consultation, au stade des candidatures, et non dans le CCAP.",
    ],
    notAlone: ["L2112-2-1"],
    natures: [],
    keywords: ["égalité", "femmes", "hommes", "mixité", "discrimination", "harcèlement"],
    parameters: {
      periodicite: {
        kind: "choice",
        label: "Périodicité du bilan",
        default: "annuelle",
        options: ["annuelle", "semestrielle"],
      },
    },
    body: [
      "Le titulaire veille, pour le personnel affecté à l’exécution du marché, à l’égalité de traitement entre les femmes et les hommes, notamment en matière de conditions de travail, d’accès à la formation et de prévention des agissements sexistes et des violences sexuelles.",
      "Il remet à l’acheteur, selon une périodicité {{periodicite}}, un bilan indiquant la répartition femmes-hommes des personnes affectées au marché et les actions menées en faveur de l’égalité professionnelle.",
    ],
  },
  {
    id: "accessibilite",
    version: 2,
    kind: "clause",
    title: "Accessibilité aux personnes handicapées",
    category: "sociale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Pas de considération sociale",
    legalBasis: [
      "CCP, art. R2111-4 (critères d’accessibilité)",
      "Loi n° 2005-102 du 11 février 2005, art. 47 (accessibilité numérique)",
    ],
    usage:
      "Pour toute prestation utilisée par des agents ou des usagers\u00a0: bâtiments, mobilier, supports de communication, services et outils numériques (RGAA).",
    vigilance: [
      "Sauf cas dûment justifié, les spécifications techniques tiennent compte de l’accessibilité\u00a0: motivez toute exception.",
      "Le Département doit rendre ses services numériques accessibles (loi n° 2005-102, art. 47)\u00a0: exigez la conformité totale au RGAA. Un calendrier de mise en conformité ne se conçoit que pour un service existant repris par le marché.",
      "Spécification technique\u00a0: elle n’est pas déclarée «\u00a0Clause sociale\u00a0» dans les données essentielles, réservées aux conditions d’exécution.",
    ],
    natures: [],
    keywords: ["accessibilité", "handicap", "RGAA", "numérique", "usagers"],
    parameters: {
      conformite: {
        kind: "choice",
        label: "Services numériques concernés",
        default: "nouveaux services",
        options: ["nouveaux services", "service existant à mettre en conformité"],
      },
      echeance: {
        kind: "number",
        label: "Délai de mise en conformité d’un service existant",
        unit: "mois",
        default: 12,
        min: 1,
        max: 36,
        integer: true,
      },
    },
    body: [
      "Les fournitures, services et ouvrages objet du marché sont conçus de manière à être utilisables par toutes les personnes, y compris les personnes handicapées, quelle que soit la nature de leur handicap (moteur, sensoriel, cognitif ou psychique).",
      "Lorsque les prestations comprennent un service ou un contenu numérique, celui-ci est totalement conforme au référentiel général d’amélioration de l’accessibilité (RGAA) en vigueur, ou à un référentiel équivalent\u00a0; le titulaire fournit la déclaration d’accessibilité correspondante et corrige à ses frais les non-conformités constatées.",
      "Services numériques concernés\u00a0: {{conformite}}. Tout nouveau service ou contenu est totalement conforme dès sa mise en service. Un service existant du Département repris par le marché est rendu totalement conforme dans un délai de {{echeance}} à compter de la notification, selon le calendrier de mise en conformité joint à l’offre, qui a valeur contractuelle.",
    ],
  },
  {
    id: "commerce-equitable",
    version: 2,
    kind: "clause",
    title: "Produits issus du commerce équitable",
    category: "sociale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Pas de considération sociale",
    legalBasis: [
      "CCP, art. R2111-12 à R2111-17 (labels)",
      "Loi n° 2005-882 du 2 août 2005, art. 60 (commerce équitable)",
    ],
    usage:
      "Pour les denrées (café, thé, cacao, sucre, fruits…) et les textiles\u00a0: une part des produits répond aux exigences du commerce équitable.",
    vigilance: [
      "Tout label exigé l’est «\u00a0ou équivalent\u00a0»\u00a0: acceptez toute preuve que les exigences sont remplies.",
      "Précisez les familles de produits concernées pour permettre une offre comparable.",
      "Spécification technique\u00a0: elle n’est pas déclarée «\u00a0Clause sociale\u00a0» dans les données essentielles, réservées aux conditions d’exécution.",
    ],
    natures: ["Fournitures", "Services"],
    keywords: ["commerce équitable", "café", "cacao", "textile", "label"],
    parameters: {
      part: {
        kind: "percent",
        label: "Part minimale de produits équitables",
        default: 0.5,
        min: 0.05,
        max: 1,
      },
      produits: {
        kind: "text",
        label: "Familles de produits concernées",
        default: "le café, le thé, le cacao et le sucre",
        minLength: 3,
        maxLength: 200,
      },
    },
    body: [
      "Pour {{produits}}, au moins {{part}} des quantités livrées, en valeur, sont issues du commerce équitable au sens de l’article 60 de la loi n° 2005-882 du 2 août 2005.",
      "Le respect de cette exigence est établi par un label de commerce équitable ou équivalent, ou par tout autre moyen de preuve approprié démontrant que les produits satisfont aux mêmes exigences, notamment un prix rémunérateur pour les producteurs et un engagement commercial pluriannuel.",
    ],
  },
];
