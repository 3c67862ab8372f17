/**
 * Environmental technical specifications (CCTP). Every label is required « ou équivalent »
 * (CCP R2111-12 to R2111-17). Texts written for this project.
 */
import type { ClauseTemplate } from "../types";

const LABELS = "CCP, art. R2111-12 à R2111-17 (labels)";

export const ENVIRONMENTAL_SPECIFICATION_TEMPLATES: readonly ClauseTemplate[] = [
  {
    id: "materiaux-biosources",
    version: 1,
    kind: "clause",
    title: "Matériaux biosourcés",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: ["CCP, art. L2111-2", "Code de l’environnement, art. L228-4", LABELS],
    usage:
      "Pour les opérations de construction et de réhabilitation\u00a0: part minimale de matériaux biosourcés (bois, paille, chanvre, ouate de cellulose…), notamment en isolation.",
    vigilance: [
      "Vérifiez la compatibilité avec les exigences de sécurité incendie et de performance thermique.",
      "Le label «\u00a0bâtiment biosourcé\u00a0» ou tout label est exigé «\u00a0ou équivalent\u00a0».",
    ],
    natures: ["Travaux"],
    keywords: ["biosourcé", "bois", "chanvre", "paille", "isolation", "construction"],
    parameters: {
      quantite: {
        kind: "number",
        label: "Quantité minimale de matière biosourcée",
        unit: "kg/m² de surface de plancher",
        default: 18,
        min: 1,
        max: 200,
      },
    },
    body: [
      "La quantité de matières biosourcées intégrée à l’ouvrage est d’au moins {{quantite}}, calculée selon la méthode du label «\u00a0bâtiment biosourcé\u00a0» ou d’un référentiel équivalent.",
      "Le titulaire justifie de cette exigence par une note de calcul et par les fiches de déclaration environnementale et sanitaire des produits mis en œuvre, ou par tout moyen de preuve équivalent.",
    ],
  },
  {
    id: "reemploi-materiaux",
    version: 1,
    kind: "clause",
    title: "Réemploi de matériaux et de produits de construction",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: ["CCP, art. L2111-2", "Code de l’environnement, art. L541-1"],
    usage:
      "Pour les travaux de voirie et de bâtiment\u00a0: réemploi des matériaux issus de la dépose ou de la déconstruction, et recours à des granulats recyclés (suivi des tonnes de granulats économisées).",
    vigilance: [
      "Les matériaux de réemploi doivent offrir des garanties techniques équivalentes à celles des produits neufs.",
      "Prévoyez le suivi des quantités réemployées pour alimenter l’indicateur du SPASER.",
    ],
    natures: ["Travaux"],
    keywords: ["réemploi", "granulats", "recyclés", "voirie", "déconstruction", "matériaux"],
    parameters: {
      partGranulats: {
        kind: "percent",
        label: "Part minimale de granulats recyclés",
        default: 0.2,
        min: 0,
        max: 1,
      },
    },
    body: [
      "Le titulaire réemploie sur l’opération, ou oriente vers le réemploi, les matériaux et produits déposés en bon état identifiés par le diagnostic ou par le maître d’œuvre.",
      "Les couches de forme et d’assise comportent au moins {{partGranulats}} de granulats recyclés ou issus du réemploi, sous réserve de leur conformité aux normes applicables ou à des spécifications équivalentes.",
      "Le titulaire tient le registre des quantités réemployées et des tonnes de granulats naturels économisées, transmis à l’acheteur à la réception.",
    ],
  },
  {
    id: "agec-reemploi-recycle",
    version: 1,
    kind: "clause",
    title: "Produits issus du réemploi ou intégrant des matières recyclées (AGEC, art. 58)",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: [
      "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58",
      "Décret n° 2024-134 (trajectoires par catégorie de produits)",
      "CCP, art. L2111-2",
    ],
    usage:
      "Pour les catégories de produits soumises à l’article 58 de la loi AGEC (mobilier, textiles, fournitures de bureau, matériel informatique…)\u00a0: part minimale issue du réemploi, de la réutilisation ou intégrant des matières recyclées.",
    vigilance: [
      "Reprenez au moins la part fixée par la réglementation pour la catégorie et l’année concernées.",
      "Demandez les éléments permettant la déclaration annuelle des parts d’achats.",
    ],
    natures: ["Fournitures"],
    keywords: ["AGEC", "réemploi", "réutilisation", "recyclé", "mobilier", "textile"],
    parameters: {
      categorie: {
        kind: "text",
        label: "Catégorie de produits",
        default: "mobilier de bureau",
        minLength: 3,
        maxLength: 120,
      },
      partReemploi: {
        kind: "percent",
        label: "Part minimale issue du réemploi ou de la réutilisation",
        default: 0.2,
        min: 0,
        max: 1,
      },
      partRecycle: {
        kind: "percent",
        label: "Part minimale intégrant des matières recyclées",
        default: 0.2,
        min: 0,
        max: 1,
      },
    },
    body: [
      "Pour la catégorie «\u00a0{{categorie}}\u00a0», au moins {{partReemploi}} du montant des produits livrés sont issus du réemploi ou de la réutilisation et au moins {{partRecycle}} intègrent des matières recyclées.",
      "Le titulaire indique, pour chaque référence, son origine (neuf, réemploi, réutilisation) et sa teneur en matières recyclées, justifiée par une fiche technique, un label ou équivalent. Il transmet chaque année à l’acheteur le montant des achats par origine, pour la déclaration prévue à l’article 58 de la loi n° 2020-105 du 10 février 2020.",
    ],
  },
  {
    id: "efficacite-energetique",
    version: 1,
    kind: "clause",
    title: "Efficacité et sobriété énergétiques",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: ["CCP, art. L2111-2", "Règlement (UE) 2017/1369 (étiquetage énergétique)"],
    usage:
      "Pour les équipements consommateurs d’énergie et la maintenance des bâtiments\u00a0: classe énergétique minimale, réglages, suivi des consommations (objectif du SPASER\u00a0: −40\u00a0% d’énergie finale en 2030).",
    vigilance: [
      "Vérifiez l’offre disponible dans la classe exigée pour ne pas restreindre excessivement la concurrence.",
    ],
    natures: [],
    keywords: [
      "énergie",
      "efficacité",
      "sobriété",
      "étiquette énergie",
      "chauffage",
      "maintenance",
    ],
    parameters: {
      classe: {
        kind: "choice",
        label: "Classe énergétique minimale",
        default: "B",
        options: ["A", "B", "C", "D"],
      },
    },
    body: [
      "Les équipements soumis à l’étiquetage énergétique relèvent au moins de la classe {{classe}} de l’échelle applicable, ou présentent une performance équivalente attestée par tout moyen de preuve.",
      "Le titulaire livre les équipements réglés pour une consommation minimale (mise en veille, programmation) et communique à l’acheteur les données permettant le suivi de leurs consommations.",
    ],
  },
  {
    id: "economie-eau",
    version: 1,
    kind: "clause",
    title: "Économies d’eau",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: ["CCP, art. L2111-2"],
    usage:
      "Pour l’entretien des locaux, les équipements sanitaires et l’arrosage\u00a0: méthodes et matériels économes en eau, suivi des volumes (indicateur du SPASER\u00a0: litres d’eau économisés).",
    vigilance: ["Fixez une valeur de référence pour mesurer les litres économisés."],
    natures: [],
    keywords: ["eau", "économie", "entretien", "nettoyage", "sanitaires", "récupération"],
    parameters: {
      reduction: {
        kind: "percent",
        label: "Réduction de consommation visée",
        default: 0.2,
        min: 0.05,
        max: 0.8,
      },
    },
    body: [
      "Les méthodes et matériels proposés permettent une réduction d’au moins {{reduction}} de la consommation d’eau par rapport à la valeur de référence figurant en annexe (techniques de pré-imprégnation, microfibres, robinetterie à débit limité, arrosage raisonné ou équivalent).",
      "Le titulaire relève et communique chaque année à l’acheteur les volumes d’eau consommés pour l’exécution des prestations.",
    ],
  },
  {
    id: "alimentation-durable-egalim",
    version: 2,
    kind: "clause",
    title: "Alimentation durable et de qualité (EGAlim)",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: [
      "Code rural et de la pêche maritime, art. L230-5-1",
      "Code rural et de la pêche maritime, art. R230-30-1",
      LABELS,
    ],
    usage:
      "Pour la restauration collective (collèges, établissements médico-sociaux)\u00a0: la part que le marché apporte aux objectifs de la loi (produits durables et de qualité, dont biologiques ou en conversion\u00a0; viandes et produits de la pêche).",
    vigilance: [
      "Les parts légales (50\u00a0% de produits durables et de qualité dont 20\u00a0% biologiques ou en conversion, 60\u00a0% pour les viandes et les produits de la pêche) s’apprécient par restaurant et par année civile, sur la valeur totale de ses achats de denrées\u00a0: le marché y contribue, il ne les garantit pas à lui seul. Fixez ses parts selon la place qu’il tient dans les achats de chaque restaurant.",
      "L’origine locale ne constitue pas, à elle seule, un signe de qualité au sens de la loi\u00a0; ne l’exigez pas.",
      "Les signes et mentions sont exigés «\u00a0ou équivalent\u00a0».",
    ],
    natures: ["Fournitures", "Services"],
    keywords: ["alimentation", "EGAlim", "bio", "restauration", "collèges", "qualité"],
    parameters: {
      partDurable: {
        kind: "percent",
        label:
          "Part minimale de produits durables et de qualité dans les denrées du marché (en valeur)",
        default: 0.5,
        min: 0.05,
        max: 1,
      },
      partBio: {
        kind: "percent",
        label:
          "Part minimale de produits biologiques ou en conversion dans les denrées du marché (en valeur)",
        default: 0.2,
        min: 0,
        max: 1,
      },
      partViandesPoissons: {
        kind: "percent",
        label:
          "Part minimale de produits durables et de qualité parmi les viandes et produits de la pêche du marché (en valeur)",
        default: 0.6,
        min: 0,
        max: 1,
      },
    },
    body: [
      "Le présent marché contribue à l’atteinte, par chaque restaurant collectif qu’il approvisionne, des objectifs fixés par l’article L230-5-1 du code rural et de la pêche maritime, appréciés sur la valeur de l’ensemble des achats de denrées du restaurant au cours de l’année civile (article R230-30-1 du même code).",
      "À ce titre, au moins {{partDurable}} en valeur des denrées livrées en exécution du marché sont des produits durables et de qualité au sens de cet article, dont au moins {{partBio}} en valeur de produits issus de l’agriculture biologique, y compris en conversion, ou équivalents. Parmi les viandes et les produits de la pêche livrés, la part de produits durables et de qualité est d’au moins {{partViandesPoissons}} en valeur.",
      "Le titulaire indique, pour chaque référence, le signe de qualité, la mention ou l’équivalent dont elle bénéficie, et transmet chaque trimestre un état de ses livraisons en valeur, par restaurant, permettant à l’acheteur de suivre ces parts par année civile.",
    ],
  },
  {
    id: "numerique-reconditionne-reparable",
    version: 2,
    kind: "clause",
    title: "Numérique responsable\u00a0: équipements reconditionnés et réparables",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: [
      "CCP, art. L2111-2",
      "Code de l’environnement, art. L541-9-2 (indice de réparabilité et de durabilité)",
      "Règlement délégué (UE) 2023/1669 (étiquetage énergétique des smartphones et des tablettes)",
      "Loi n° 2020-105 du 10 février 2020 (AGEC), art. 58",
    ],
    usage:
      "Pour l’achat de postes de travail, téléphones, tablettes et écrans\u00a0: part d’équipements reconditionnés, classe de réparabilité minimale (smartphones et tablettes) ou indice de réparabilité ou de durabilité minimal (autres équipements), disponibilité des pièces détachées.",
    vigilance: [
      "Les labels environnementaux (par exemple pour les équipements informatiques) sont exigés «\u00a0ou équivalent\u00a0».",
      "Depuis le 20 juin 2025, les smartphones et tablettes portent l’étiquette énergie européenne, dont la classe de réparabilité (A à E) remplace pour eux l’indice français de réparabilité (règlement délégué (UE) 2023/1669).",
      "Vérifiez que l’indice exigé existe pour les autres catégories d’équipements achetées.",
    ],
    natures: ["Fournitures"],
    keywords: [
      "numérique",
      "reconditionné",
      "réparabilité",
      "durabilité",
      "informatique",
      "pièces détachées",
    ],
    parameters: {
      partReconditionne: {
        kind: "percent",
        label: "Part minimale d’équipements reconditionnés",
        default: 0.2,
        min: 0,
        max: 1,
      },
      classeReparabilite: {
        kind: "choice",
        label: "Classe de réparabilité minimale des smartphones et tablettes (étiquette énergie)",
        default: "B",
        options: ["A", "B", "C", "D"],
      },
      indiceMinimal: {
        kind: "number",
        label: "Indice de réparabilité ou de durabilité minimal (autres équipements)",
        unit: "sur 10",
        default: 7,
        min: 1,
        max: 10,
      },
      dureePieces: {
        kind: "number",
        label: "Durée de disponibilité des pièces détachées",
        unit: "ans",
        default: 7,
        min: 2,
        max: 15,
        integer: true,
      },
    },
    body: [
      "Au moins {{partReconditionne}} des équipements commandés sont des équipements reconditionnés, assortis d’une garantie identique à celle des équipements neufs.",
      "Les smartphones et tablettes neufs présentent, sur l’étiquette énergie établie en application du règlement délégué (UE) 2023/1669, une classe de réparabilité au moins égale à {{classeReparabilite}} (échelle de A, la meilleure, à E). Les autres équipements neufs pour lesquels un indice de réparabilité ou de durabilité est applicable présentent un indice d’au moins {{indiceMinimal}}. Les pièces détachées essentielles restent disponibles pendant {{dureePieces}} à compter de la livraison.",
      "Le titulaire justifie du respect de ces exigences par les fiches techniques, un label environnemental ou équivalent, ou tout autre moyen de preuve approprié.",
    ],
  },
  {
    id: "perturbateurs-endocriniens",
    version: 1,
    kind: "clause",
    title: "Produits sans perturbateurs endocriniens",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: [
      "CCP, art. L2111-2",
      "Règlement (CE) n° 1907/2006 (REACH)",
      "Règlement (UE) n° 528/2012 (produits biocides)",
      LABELS,
    ],
    usage:
      "Pour les produits d’entretien, d’hygiène, la vaisselle, les jouets et fournitures des établissements accueillant des enfants\u00a0: exclusion des substances identifiées comme perturbateurs endocriniens.",
    vigilance: [
      "Référez-vous aux listes publiques de substances identifiées ou suspectées (ECHA, ANSES) en vigueur à la date de lancement.",
      "L’Écolabel européen ou tout label est exigé «\u00a0ou équivalent\u00a0».",
    ],
    natures: ["Fournitures", "Services"],
    keywords: [
      "perturbateurs endocriniens",
      "santé",
      "produits d’entretien",
      "substances",
      "REACH",
    ],
    parameters: {
      produits: {
        kind: "text",
        label: "Produits concernés",
        default: "les produits d’entretien et d’hygiène",
        minLength: 3,
        maxLength: 200,
      },
    },
    body: [
      "Parmi les produits fournis ou utilisés pour l’exécution du marché, {{produits}} ne contiennent aucune substance identifiée comme perturbateur endocrinien au titre du règlement (CE) n° 1907/2006 (REACH) ou du règlement (UE) n° 528/2012, ni aucune substance figurant sur la liste de substances à éviter annexée au présent cahier.",
      "Le titulaire fournit les fiches de données de sécurité et justifie du respect de cette exigence par l’Écolabel européen ou un label équivalent, ou par tout autre moyen de preuve approprié.",
    ],
  },
  {
    id: "qualite-air",
    version: 1,
    kind: "clause",
    title: "Qualité de l’air intérieur et extérieur",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: [
      "CCP, art. L2111-2",
      "Arrêté du 19 avril 2011 (étiquetage des émissions en polluants volatils)",
    ],
    usage:
      "Pour les produits de construction, de décoration, le mobilier et les prestations en site occupé\u00a0: faibles émissions de polluants, engins et matériels moins émetteurs.",
    vigilance: ["La classe d’émission exigée doit être disponible pour les produits concernés."],
    natures: [],
    keywords: ["air", "pollution", "COV", "émissions", "peinture", "ventilation"],
    parameters: {
      classe: {
        kind: "choice",
        label: "Classe d’émission minimale",
        default: "A+",
        options: ["A+", "A"],
      },
    },
    body: [
      "Les produits de construction et de décoration mis en œuvre relèvent au moins de la classe {{classe}} de l’étiquetage réglementaire des émissions en polluants volatils, ou présentent des performances équivalentes attestées par tout moyen de preuve.",
      "Pour les prestations réalisées en site occupé, le titulaire emploie des engins et matériels dont les émissions de polluants atmosphériques sont les plus faibles disponibles, n’utilise pas de moteur thermique à l’intérieur des locaux et assure une ventilation suffisante pendant et après les travaux.",
    ],
  },
  {
    id: "certification-hqe",
    version: 1,
    kind: "clause",
    title: "Certification environnementale des bâtiments (HQE ou équivalent)",
    category: "environnementale",
    lever: "spécification technique",
    documents: ["CCTP"],
    decp: "Clause environnementale",
    legalBasis: ["CCP, art. L2111-2", LABELS],
    usage:
      "Pour les opérations de construction et de réhabilitation lourde (SPASER\u00a0: tendre vers une certification HQE pour toutes ces opérations).",
    vigilance: [
      "La certification est exigée «\u00a0ou équivalente\u00a0»\u00a0: acceptez toute certification ou preuve démontrant des exigences équivalentes.",
      "Précisez le niveau visé et la répartition des rôles entre maîtrise d’œuvre et entreprises.",
    ],
    natures: ["Travaux", "Services"],
    keywords: ["HQE", "certification", "bâtiment", "construction", "réhabilitation"],
    parameters: {
      niveau: {
        kind: "choice",
        label: "Niveau de performance visé",
        default: "Très bon",
        options: ["Bon", "Très bon", "Excellent", "Exceptionnel"],
      },
    },
    body: [
      "L’opération vise l’obtention de la certification HQE, au niveau «\u00a0{{niveau}}\u00a0», ou d’une certification équivalente reposant sur des exigences environnementales comparables.",
      "Le titulaire contribue à la démarche de certification HQE ou équivalente pour les prestations qui lui incombent\u00a0: il fournit les justificatifs demandés par l’organisme certificateur et met en œuvre les exigences du référentiel retenu.",
    ],
  },
];
