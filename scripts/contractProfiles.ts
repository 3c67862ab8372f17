/**
 * Kinds of purchases a Département makes, per direction: what the generated register draws
 * from. Objects are realistic French contract titles; companies are invented.
 */
export type Nature = "Travaux" | "Fournitures" | "Services";

export interface ContractProfile {
  readonly direction: string;
  readonly nature: Nature;
  readonly section: "Fonctionnement" | "Investissement";
  readonly objects: readonly string[];
  /** Log-uniform amount range, € HT. */
  readonly minAmount: number;
  readonly maxAmount: number;
  readonly durations: readonly number[];
  /** Share of labour in the amount, to size insertion hours (domain-facts §5). */
  readonly labourShare: number;
  /** The purchase falls within the Numérique responsable approach. */
  readonly digital?: boolean;
  /** The object itself is insertion (R2123-1 3°). */
  readonly insertionObject?: boolean;
  /** Relative frequency in the register. */
  readonly weight: number;
  /** Invented contractors for this kind of purchase (at least two: co-contractors). */
  readonly companies: readonly string[];
}

const SECTORS = ["Flandre intérieure", "Hainaut", "Avesnois", "Cambrésis", "Douaisis", "Métropole"];

function perSector(prefix: string): string[] {
  return SECTORS.map((s) => `${prefix} – secteur ${s}`);
}

export const PROFILES: readonly ContractProfile[] = [
  {
    direction: "Direction de la Voirie",
    nature: "Travaux",
    section: "Investissement",
    objects: [
      ...perSector("Travaux de renforcement de chaussées sur les routes départementales"),
      "Réfection d'ouvrages d'art sur la RD 916",
      "Aménagement d'une piste cyclable le long de la RD 947",
      "Travaux de signalisation horizontale",
    ],
    minAmount: 90_000,
    maxAmount: 4_500_000,
    durations: [6, 9, 12, 18],
    labourShare: 0.35,
    companies: [
      "Entreprise Delattre Travaux Publics",
      "Groupement Routes et Ouvrages du Nord",
      "Enrobés de la Sambre",
    ],
    weight: 14,
  },
  {
    direction: "Voirie",
    nature: "Fournitures",
    section: "Fonctionnement",
    objects: [
      "Fourniture de sel de déneigement",
      "Fourniture de panneaux de signalisation verticale",
      "Fourniture d'enrobés à froid",
    ],
    minAmount: 30_000,
    maxAmount: 600_000,
    durations: [12, 24, 36],
    labourShare: 0.1,
    companies: ["Sels et Minéraux du Littoral", "Signalisation Flandre Équipement"],
    weight: 4,
  },
  {
    direction: "Direction de la Voirie",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      ...perSector("Entretien des dépendances vertes des routes départementales"),
      "Fauchage raisonné des accotements",
    ],
    minAmount: 40_000,
    maxAmount: 800_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.6,
    companies: ["SAS Verdure des Flandres", "Paysages de l'Avesnois"],
    weight: 5,
  },
  {
    direction: "Direction des Collèges",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Entretien des espaces verts des collèges – lot 1",
      "Entretien des espaces verts des collèges – lot 2",
      "Nettoyage des vitres des collèges",
      "Maintenance des équipements de cuisine des collèges",
    ],
    minAmount: 20_000,
    maxAmount: 700_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.65,
    companies: [
      "SAS Verdure des Flandres",
      "Paysages de l'Avesnois",
      "Cuisines Collectives du Nord",
    ],
    weight: 9,
  },
  {
    direction: "Direction des Collèges",
    nature: "Fournitures",
    section: "Fonctionnement",
    objects: [
      "Restauration scolaire : fourniture de fruits et légumes",
      "Restauration scolaire : fourniture de produits laitiers",
      "Restauration scolaire : fourniture de viandes et volailles",
      "Fourniture de mobilier scolaire",
    ],
    minAmount: 25_000,
    maxAmount: 900_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.1,
    companies: [
      "Alimentation Fraîche du Douaisis",
      "Laiterie Coopérative de Thiérache",
      "Mobilier Scolaire du Nord",
    ],
    weight: 8,
  },
  {
    direction: "Direction des Collèges",
    nature: "Travaux",
    section: "Investissement",
    objects: [
      "Rénovation énergétique du collège Jean-Moulin",
      "Remplacement des menuiseries extérieures du collège Albert-Camus",
      "Mise en accessibilité du collège Victor-Hugo",
      "Réfection de la toiture du collège Jules-Ferry",
    ],
    minAmount: 60_000,
    maxAmount: 6_000_000,
    durations: [6, 10, 14, 20],
    labourShare: 0.5,
    companies: ["SCOP Bâti-Hainaut", "SARL Menuiseries de l'Avesnois", "Couvertures Lilloises"],
    weight: 7,
  },
  {
    direction: "DSIN",
    nature: "Fournitures",
    section: "Investissement",
    objects: [
      "Fourniture de matériel informatique reconditionné",
      "Acquisition de postes de travail et de périphériques",
      "Fourniture de téléphones mobiles reconditionnés",
    ],
    minAmount: 15_000,
    maxAmount: 1_200_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.05,
    digital: true,
    companies: [
      "Nord Informatique Services",
      "Bureautique Solidaire",
      "Reconditionnement Numérique des Hauts",
    ],
    weight: 5,
  },
  {
    direction: "DSIN",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Maintenance des logiciels de gestion financière",
      "Prestations d'infogérance du centre de données",
      "Hébergement et maintenance du portail des aides",
    ],
    minAmount: 20_000,
    maxAmount: 900_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.7,
    digital: true,
    companies: [
      "Éditeur Finances Publiques SAS",
      "Nord Informatique Services",
      "Hébergement Régional des Données",
    ],
    weight: 4,
  },
  {
    direction: "Direction de l'Immobilier",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Nettoyage des locaux administratifs – lot 1",
      "Nettoyage des locaux administratifs – lot 2",
      "Maintenance des installations de chauffage et de climatisation",
      "Contrôles réglementaires des bâtiments départementaux",
    ],
    minAmount: 20_000,
    maxAmount: 1_500_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.7,
    companies: [
      "Société Artésienne de Propreté",
      "Thermique Services du Nord",
      "Bureau de Contrôle Technique Flandres",
    ],
    weight: 7,
  },
  {
    direction: "Direction de l'Immobilier",
    nature: "Travaux",
    section: "Investissement",
    objects: [
      "Désamiantage et réhabilitation de la Maison départementale Solidarité de Lille",
      "Raccordement de l'Hôtel du Département au réseau de chaleur",
      "Installation de panneaux photovoltaïques sur les bâtiments départementaux",
    ],
    minAmount: 80_000,
    maxAmount: 5_800_000,
    durations: [6, 12, 18],
    labourShare: 0.45,
    companies: ["SCOP Bâti-Hainaut", "Énergies Réseaux Nord", "Solaire des Hauts-de-France"],
    weight: 4,
  },
  {
    direction: "Direction de l'Insertion",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Accompagnement socio-professionnel des bénéficiaires du RSA",
      "Prestations d'insertion et de qualification professionnelle – chantiers nature",
    ],
    minAmount: 40_000,
    maxAmount: 900_000,
    durations: [12, 24, 36],
    labourShare: 0.8,
    insertionObject: true,
    companies: ["Maison de l'emploi du Valenciennois", "Association Parcours Insertion Nord"],
    weight: 3,
  },
  {
    direction: "Direction de la Logistique",
    nature: "Fournitures",
    section: "Fonctionnement",
    objects: [
      "Fourniture de papier recyclé et de consommables de bureau",
      "Fourniture de vêtements de travail et d'équipements de protection individuelle",
      "Location longue durée de véhicules électriques",
    ],
    minAmount: 10_000,
    maxAmount: 700_000,
    durations: [12, 24, 36, 48],
    labourShare: 0.1,
    companies: [
      "Bureautique Solidaire",
      "Vêtements Professionnels du Nord",
      "Flotte Électrique du Nord",
    ],
    weight: 6,
  },
  {
    direction: "Direction de l'Enfance et de la Famille",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Transport des enfants confiés à l'Aide sociale à l'enfance",
      "Prestations d'interprétariat",
    ],
    minAmount: 20_000,
    maxAmount: 600_000,
    durations: [12, 24, 36],
    labourShare: 0.7,
    companies: ["Transports Lefebvre et Fils", "Cabinet Langues et Territoires", "Cars du Hainaut"],
    weight: 4,
  },
  {
    direction: "DAJAP – Pôle Achat public",
    nature: "Services",
    section: "Fonctionnement",
    objects: [
      "Assistance à maîtrise d'ouvrage pour la mise en œuvre du SPASER",
      "Abonnement à une plateforme de dématérialisation des marchés publics",
    ],
    minAmount: 15_000,
    maxAmount: 200_000,
    durations: [12, 24, 36],
    labourShare: 0.8,
    companies: ["Cabinet Conseil Achats Durables", "Plateformes Publiques Numériques"],
    weight: 2,
  },
];

/** Companies that reserved contracts go to (EA/ESAT, SIAE). */
export const RESERVED_COMPANIES: readonly string[] = [
  "ESAT Les Ateliers de la Lys",
  "Entreprise adaptée Sambre Services",
  "Association d'insertion Chantiers du Cambrésis",
];
