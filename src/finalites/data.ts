/**
 * The five finalités of sustainable development (Code de l'environnement, art. L. 110-1, III) and a
 * crosswalk from the 17 SDGs (ODD) to them. Hand-written for sdg-align, MIT.
 *
 * ## The legal text
 * Article L. 110-1, III, items 1° to 5°, in force since 10 August 2016:
 *   1° La lutte contre le changement climatique ;
 *   2° La préservation de la biodiversité, des milieux, des ressources ainsi que la sauvegarde des
 *      services qu'ils fournissent et des usages qui s'y rattachent ;
 *   3° La cohésion sociale et la solidarité entre les territoires et les générations ;
 *   4° L'épanouissement de tous les êtres humains ;
 *   5° La transition vers une économie circulaire.
 * The chapeau of III names them « engagements » since the loi n° 2015-992 (« cinq engagements »;
 * the whole chapeau was not seen verbatim in the sources below); the earlier text (loi n° 2010-788,
 * Grenelle II) read « L'objectif de développement durable, tel qu'indiqué au II, répond, de façon
 * concomitante et cohérente, à cinq finalités : ». The rapport sur la situation en matière de
 * développement durable, the CGDD guides and local authorities still say « finalités ».
 * History of the two items that changed:
 * - 5°: « Une dynamique de développement suivant des modes de production et de consommation
 *   responsables » until 18 August 2015; « La transition vers une économie circulaire » since the loi
 *   n° 2015-992 du 17 août 2015 (art. 70, which modified L. 110-1 and created L. 110-1-1 defining
 *   « la transition vers une économie circulaire »).
 * - 2°: « La préservation de la biodiversité, des milieux et des ressources » until 9 August 2016;
 *   completed by « la sauvegarde des services qu'ils fournissent et des usages qui s'y rattachent »
 *   by the loi n° 2016-1087 du 8 août 2016, art. 3.
 * Sources read (stored copies of public pages):
 * - the 2012–2015 consolidated article, III read in full: github.com/etalab/codes-juridiques-francais,
 *   codes-en-vigueur/code-de-l-environnement/partie-legislative/livre-ier/titre-ier/article-l110-1.md
 *   (items 1°, 3°, 4° as today; the old 2° and 5°);
 * - the versions of the article (2000, 2002, 2010, 2012, 2015, 2016, 2020, 2021):
 *   https://www.doctrine.fr/l/texts/codes/LEGITEXT000006074220/articles/LEGIARTI000006832855?version=LEGIARTI000043975398
 * - loi n° 2015-992, art. 70 « a modifié » L. 110-1 and L. 110-1-1: https://juriblio.fr/lois/loi-no-2015-992-du-17-aout-2015/165262113/titre-iv
 * - loi n° 2016-1087, art. 3 completes the 2° (« l'un des cinq engagements »):
 *   http://affaires-publiques.org/textof/TO/D2/8101-0816.htm
 * - the exact new 2°, as amendment n° 699 (Assemblée nationale, 11 March 2016) wrote it:
 *   https://2012-2017.nosdeputes.fr/14/amendement/3564/699 ; 5° as listed in
 *   http://vesubie.blogspot.com/2017/01/la-maison-commune.html
 * The Légifrance page (https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006074220/LEGISCTA000006143732/)
 * was only seen in part (I and II): the current wording above is assembled from these sources, not
 * copied from one consolidated page. Check it on Légifrance before quoting it in an official act.
 * Licence: French statutes and codes are official texts, not protected by copyright (a principle of
 * French law); Légifrance data is reusable under the Licence Ouverte / Etalab 2.0.
 *
 * ## The crosswalk: every link is judgement
 * No correspondence table between the 17 ODD and the five finalités published by the CGDD or the
 * ministry could be consulted. Searched for: the CGDD « Référentiel pour l'évaluation des projets
 * territoriaux de développement durable » (March 2009, December 2011: before the ODD of 2015, so it
 * cannot hold one); the CGDD « Éléments méthodologiques pour l'élaboration du rapport sur la situation
 * en matière de développement durable » (April 2016: its foreword names the ODD; its content was not
 * available); the Agenda 2030 feuille de route de la France (2019) and the Comité 21 guide « Pour
 * l'appropriation de l'Agenda 2030 par les collectivités françaises » (2019): not available.
 * So the links below were written for the project from the text of each goal and of its UN targets
 * (A/RES/70/1, French text as shipped in src/taxonomy) and the legal wording of each finalité. Each
 * link says which targets carry it and why, in French, for an élu. `published` links (with their
 * source) are supported by the types and the tests, for the day a published table is transcribed.
 *
 * Rules followed: a goal's `primary` finalité is the one most of its targets serve; a `secondary`
 * one is served by a target or two that a local authority acts on (ODD 6.1 drinking water for
 * épanouissement, ODD 15.2 forests as carbon sinks for climate). The economic side of sustainable
 * development has no finalité of its own: ODD 8, 9 and 12 go to the economie-circulaire finalité
 * (heir of « modes de production et de consommation responsables »), employment also to cohésion.
 */

/** Stable slugs of the five finalités, in legal order (1° to 5°). */
export const FINALITE_IDS = ['climat', 'biodiversite', 'cohesion', 'epanouissement', 'economie-circulaire'] as const;
export type FinaliteId = (typeof FINALITE_IDS)[number];

/** How strongly a goal serves a finalité. */
export const LINK_STRENGTHS = ['primary', 'secondary'] as const;
export type LinkStrength = (typeof LINK_STRENGTHS)[number];

/** An earlier legal wording of a finalité, to recognise older rapports développement durable. */
export interface FinaliteEarlierWording {
  /** The wording, as the law had it. */
  readonly frLegal: string;
  /** Last day it was in force (ISO date). */
  readonly until: string;
  /** The law that replaced it. */
  readonly replacedBy: string;
}

export interface FinaliteRecord {
  readonly id: FinaliteId;
  /** Its rank in article L. 110-1, III (1° to 5°). */
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** Short French label, for tables and charts (written for the project). */
  readonly fr: string;
  /** The legal wording of article L. 110-1, III, without the final « ; » or « . ». */
  readonly frLegal: string;
  /** English translation of the legal wording, written for the project (not official). */
  readonly en: string;
  /** Earlier legal wordings, most recent first; empty when the wording never changed. */
  readonly earlier: readonly FinaliteEarlierWording[];
}

export interface LinkProvenance {
  /** `published`: transcribed from a published correspondence; `judgement`: reasoned for the project. */
  readonly kind: 'published' | 'judgement';
  /** For `published` links: title, publisher, year, URL as found. */
  readonly source?: string;
  /** Why the goal serves the finalité, in plain French for an élu. */
  readonly note: string;
}

export interface FinaliteLinkRecord {
  readonly goal: number;
  readonly finalite: FinaliteId;
  readonly strength: LinkStrength;
  /** UN targets of the goal that carry the link (ids as "6.1", "11.b"). */
  readonly targets: readonly string[];
  readonly provenance: LinkProvenance;
}

export const FINALITE_DATA: readonly FinaliteRecord[] = [
  {
    id: 'climat',
    number: 1,
    fr: 'Lutte contre le changement climatique',
    frLegal: 'La lutte contre le changement climatique',
    en: 'The fight against climate change',
    earlier: [],
  },
  {
    id: 'biodiversite',
    number: 2,
    fr: 'Biodiversité, milieux et ressources',
    frLegal:
      "La préservation de la biodiversité, des milieux, des ressources ainsi que la sauvegarde des services qu'ils fournissent et des usages qui s'y rattachent",
    en: 'The preservation of biodiversity, natural environments and resources, and the safeguarding of the services they provide and of the uses attached to them',
    earlier: [
      {
        frLegal: 'La préservation de la biodiversité, des milieux et des ressources',
        until: '2016-08-09',
        replacedBy: 'loi n° 2016-1087 du 8 août 2016, art. 3',
      },
    ],
  },
  {
    id: 'cohesion',
    number: 3,
    fr: 'Cohésion sociale et solidarités',
    frLegal: 'La cohésion sociale et la solidarité entre les territoires et les générations',
    en: 'Social cohesion and solidarity between territories and between generations',
    earlier: [],
  },
  {
    id: 'epanouissement',
    number: 4,
    fr: 'Épanouissement de tous les êtres humains',
    frLegal: "L'épanouissement de tous les êtres humains",
    en: 'The fulfilment of all human beings',
    earlier: [],
  },
  {
    id: 'economie-circulaire',
    number: 5,
    fr: 'Transition vers une économie circulaire',
    frLegal: 'La transition vers une économie circulaire',
    en: 'The transition to a circular economy',
    earlier: [
      {
        frLegal: 'Une dynamique de développement suivant des modes de production et de consommation responsables',
        until: '2015-08-18',
        replacedBy: 'loi n° 2015-992 du 17 août 2015, art. 70',
      },
    ],
  },
];

const judgement = (note: string): LinkProvenance => ({ kind: 'judgement', note });

/** The crosswalk, goal by goal; within a goal, primary links first. */
export const FINALITE_LINK_DATA: readonly FinaliteLinkRecord[] = [
  // ODD 1 — Pas de pauvreté
  {
    goal: 1,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['1.2', '1.3', '1.4'],
    provenance: judgement(
      "Jugement du projet. Réduire la pauvreté et protéger les personnes vulnérables (protection sociale, accès aux services de base) est le cœur de la cohésion sociale et de la solidarité.",
    ),
  },
  {
    goal: 1,
    finalite: 'epanouissement',
    strength: 'secondary',
    targets: ['1.4'],
    provenance: judgement(
      "Jugement du projet. L'accès de tous aux services de base et aux ressources est une condition de l'épanouissement de chacun.",
    ),
  },
  // ODD 2 — Faim « zéro »
  {
    goal: 2,
    finalite: 'epanouissement',
    strength: 'primary',
    targets: ['2.1', '2.2'],
    provenance: judgement(
      "Jugement du projet. Une alimentation saine et suffisante pour tous est un besoin essentiel : elle relève d'abord de l'épanouissement des êtres humains.",
    ),
  },
  {
    goal: 2,
    finalite: 'biodiversite',
    strength: 'secondary',
    targets: ['2.4', '2.5'],
    provenance: judgement(
      'Jugement du projet. Une agriculture qui préserve les écosystèmes, les sols et la diversité des semences et des races protège la biodiversité et les ressources.',
    ),
  },
  {
    goal: 2,
    finalite: 'economie-circulaire',
    strength: 'secondary',
    targets: ['2.3', '2.4'],
    provenance: judgement(
      'Jugement du projet. Des systèmes de production alimentaire durables (projet alimentaire territorial, circuits courts) changent les modes de production et de consommation.',
    ),
  },
  // ODD 3 — Bonne santé et bien-être
  {
    goal: 3,
    finalite: 'epanouissement',
    strength: 'primary',
    targets: ['3.4', '3.9'],
    provenance: judgement(
      "Jugement du projet. La santé et le bien-être à tout âge, santé mentale comprise, sont la base de l'épanouissement de tous les êtres humains.",
    ),
  },
  {
    goal: 3,
    finalite: 'cohesion',
    strength: 'secondary',
    targets: ['3.8'],
    provenance: judgement(
      "Jugement du projet. L'accès de tous aux soins, là où l'on vit (déserts médicaux), est une question de solidarité entre les territoires.",
    ),
  },
  // ODD 4 — Éducation de qualité
  {
    goal: 4,
    finalite: 'epanouissement',
    strength: 'primary',
    targets: ['4.1', '4.7'],
    provenance: judgement(
      "Jugement du projet. L'éducation et la formation tout au long de la vie permettent à chacun de s'épanouir ; l'éducation au développement durable en fait partie.",
    ),
  },
  {
    goal: 4,
    finalite: 'cohesion',
    strength: 'secondary',
    targets: ['4.5'],
    provenance: judgement(
      "Jugement du projet. L'égalité d'accès à l'école et à la formation pour les personnes vulnérables et handicapées renforce la cohésion sociale.",
    ),
  },
  // ODD 5 — Égalité entre les sexes
  {
    goal: 5,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['5.1', '5.5'],
    provenance: judgement(
      "Jugement du projet. Lutter contre les discriminations envers les femmes et assurer leur place dans les décisions relève de l'égalité, donc de la cohésion sociale.",
    ),
  },
  {
    goal: 5,
    finalite: 'epanouissement',
    strength: 'secondary',
    targets: ['5.2'],
    provenance: judgement(
      "Jugement du projet. Mettre fin aux violences faites aux femmes et aux filles est une condition de l'épanouissement de chacune.",
    ),
  },
  // ODD 6 — Eau propre et assainissement
  {
    goal: 6,
    finalite: 'biodiversite',
    strength: 'primary',
    targets: ['6.3', '6.4', '6.6'],
    provenance: judgement(
      "Jugement du projet. La qualité de l'eau, des prélèvements économes et la protection des zones humides et des rivières préservent les milieux et les ressources.",
    ),
  },
  {
    goal: 6,
    finalite: 'epanouissement',
    strength: 'secondary',
    targets: ['6.1', '6.2'],
    provenance: judgement(
      "Jugement du projet. L'accès de tous à l'eau potable et à l'assainissement, à un prix abordable, est un besoin essentiel.",
    ),
  },
  // ODD 7 — Énergie propre et d'un coût abordable
  {
    goal: 7,
    finalite: 'climat',
    strength: 'primary',
    targets: ['7.2', '7.3'],
    provenance: judgement(
      "Jugement du projet. Développer les énergies renouvelables et l'efficacité énergétique réduit les émissions de gaz à effet de serre : c'est la lutte contre le changement climatique.",
    ),
  },
  {
    goal: 7,
    finalite: 'cohesion',
    strength: 'secondary',
    targets: ['7.1'],
    provenance: judgement(
      "Jugement du projet. Une énergie à un coût abordable pour tous, c'est la lutte contre la précarité énergétique, une question de solidarité.",
    ),
  },
  // ODD 8 — Travail décent et croissance économique
  {
    goal: 8,
    finalite: 'economie-circulaire',
    strength: 'primary',
    targets: ['8.4'],
    provenance: judgement(
      "Jugement du projet. Utiliser moins de ressources pour produire et séparer la croissance de la dégradation de l'environnement est l'objet même de l'économie circulaire.",
    ),
  },
  {
    goal: 8,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['8.5', '8.6'],
    provenance: judgement(
      "Jugement du projet. L'emploi pour tous, l'insertion des jeunes sans emploi ni formation et l'égalité de salaire tiennent la société ensemble.",
    ),
  },
  {
    goal: 8,
    finalite: 'epanouissement',
    strength: 'secondary',
    targets: ['8.8'],
    provenance: judgement(
      "Jugement du projet. Un travail décent, sûr et respectueux des droits des travailleurs participe à l'épanouissement de chacun.",
    ),
  },
  // ODD 9 — Industrie, innovation et infrastructure
  {
    goal: 9,
    finalite: 'economie-circulaire',
    strength: 'primary',
    targets: ['9.4'],
    provenance: judgement(
      "Jugement du projet. Des industries et des infrastructures plus sobres en ressources, aux procédés propres, sont un levier de l'économie circulaire (écologie industrielle et territoriale).",
    ),
  },
  {
    goal: 9,
    finalite: 'cohesion',
    strength: 'secondary',
    targets: ['9.1', '9.c'],
    provenance: judgement(
      "Jugement du projet. Des infrastructures et un accès au numérique pour tous, à un coût abordable, réduisent les fractures entre les territoires.",
    ),
  },
  // ODD 10 — Inégalités réduites
  {
    goal: 10,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['10.2', '10.3'],
    provenance: judgement(
      "Jugement du projet. Réduire les inégalités et favoriser l'intégration sociale de tous est la définition même de la cohésion sociale.",
    ),
  },
  // ODD 11 — Villes et communautés durables
  {
    goal: 11,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['11.1', '11.2', '11.3', '11.a'],
    provenance: judgement(
      "Jugement du projet. Le logement abordable, des transports accessibles, un urbanisme participatif et les liens entre villes et campagnes relèvent de la solidarité entre les territoires.",
    ),
  },
  {
    goal: 11,
    finalite: 'climat',
    strength: 'secondary',
    targets: ['11.6', '11.b'],
    provenance: judgement(
      "Jugement du projet. Les villes agissent sur le climat par leurs plans d'atténuation et d'adaptation et par la qualité de l'air.",
    ),
  },
  {
    goal: 11,
    finalite: 'biodiversite',
    strength: 'secondary',
    targets: ['11.4', '11.7'],
    provenance: judgement(
      'Jugement du projet. La protection du patrimoine naturel et les espaces verts en ville préservent la biodiversité et les milieux.',
    ),
  },
  // ODD 12 — Consommation et production responsables
  {
    goal: 12,
    finalite: 'economie-circulaire',
    strength: 'primary',
    targets: ['12.3', '12.5', '12.7'],
    provenance: judgement(
      "Jugement du projet. Moins de déchets, moins de gaspillage alimentaire, le réemploi, le recyclage et des achats publics durables : c'est la transition vers une économie circulaire.",
    ),
  },
  {
    goal: 12,
    finalite: 'biodiversite',
    strength: 'secondary',
    targets: ['12.2', '12.4'],
    provenance: judgement(
      "Jugement du projet. Une gestion économe des ressources naturelles et des produits chimiques protège les ressources et les milieux (air, eau, sols).",
    ),
  },
  // ODD 13 — Mesures relatives à la lutte contre les changements climatiques
  {
    goal: 13,
    finalite: 'climat',
    strength: 'primary',
    targets: ['13.1', '13.2', '13.3'],
    provenance: judgement(
      "Jugement du projet. L'ODD 13 est la lutte contre le changement climatique elle-même : réduire les émissions, s'adapter, sensibiliser.",
    ),
  },
  // ODD 14 — Vie aquatique
  {
    goal: 14,
    finalite: 'biodiversite',
    strength: 'primary',
    targets: ['14.1', '14.2'],
    provenance: judgement(
      'Jugement du projet. Protéger les mers, les côtes et leurs écosystèmes et réduire leur pollution préserve la biodiversité et les milieux.',
    ),
  },
  // ODD 15 — Vie terrestre
  {
    goal: 15,
    finalite: 'biodiversite',
    strength: 'primary',
    targets: ['15.1', '15.3', '15.5'],
    provenance: judgement(
      "Jugement du projet. Protéger les écosystèmes terrestres, les sols et les espèces menacées est la préservation de la biodiversité et des services qu'elle rend.",
    ),
  },
  {
    goal: 15,
    finalite: 'climat',
    strength: 'secondary',
    targets: ['15.2'],
    provenance: judgement(
      'Jugement du projet. Les forêts et les sols stockent du carbone : les gérer durablement aide à lutter contre le changement climatique.',
    ),
  },
  // ODD 16 — Paix, justice et institutions efficaces
  {
    goal: 16,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['16.1', '16.3', '16.7'],
    provenance: judgement(
      "Jugement du projet. Moins de violence, l'accès de tous à la justice et la participation des habitants aux décisions font une société unie.",
    ),
  },
  {
    goal: 16,
    finalite: 'epanouissement',
    strength: 'secondary',
    targets: ['16.10'],
    provenance: judgement(
      "Jugement du projet. L'accès à l'information et les libertés fondamentales permettent à chacun de s'épanouir et d'agir en citoyen.",
    ),
  },
  // ODD 17 — Partenariats pour la réalisation des objectifs
  {
    goal: 17,
    finalite: 'cohesion',
    strength: 'primary',
    targets: ['17.2', '17.17'],
    provenance: judgement(
      "Jugement du projet. La coopération internationale et les partenariats entre acteurs sont une solidarité entre les territoires ; cet ODD est aussi un moyen au service des quatre autres finalités.",
    ),
  },
];
