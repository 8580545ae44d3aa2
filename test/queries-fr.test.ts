import { describe, expect, it } from 'vitest';
import { FRENCH_QUERIES } from '../src/lexicon/queries-fr.js';
import { parseQuery } from '../src/query/parse.js';
import { CompiledMatcher } from '../src/query/match.js';
import { streamWords, words } from '../src/text/analyze.js';
import { findTarget, targets } from '../src/taxonomy/index.js';

interface Row {
  readonly goal: number;
  readonly target: string;
}

/** All French queries in one French matcher, compiled strictly (a stopword-only term throws). */
function compileAll(): CompiledMatcher<Row> {
  const matcher = new CompiledMatcher<Row>('fr');
  for (const [goal, target, id, query] of FRENCH_QUERIES) matcher.add({ id, query: parseQuery(query, id), data: { goal, target }, lenient: false });
  return matcher;
}

const matcher = compileAll();
const matchesOf = (text: string) => matcher.match(streamWords(words(text), 'fr'));
const goalsOf = (text: string) => [...new Set(matchesOf(text).map((m) => m.data.goal))].sort((a, b) => a - b);

describe('FRENCH_QUERIES: data', () => {
  it('has a few hundred rows, each parsing', () => {
    expect(FRENCH_QUERIES.length).toBeGreaterThanOrEqual(400);
    expect(FRENCH_QUERIES.length).toBeLessThanOrEqual(600);
    for (const [, , id, query] of FRENCH_QUERIES) expect(() => parseQuery(query, id), id).not.toThrow();
  });

  it('compiles in a strict French matcher (no stopword-only term)', () => {
    for (const [goal, target, id, query] of FRENCH_QUERIES) {
      const one = new CompiledMatcher<Row>('fr');
      expect(() => one.add({ id, query: parseQuery(query, id), data: { goal, target }, lenient: false }), id).not.toThrow();
    }
    expect(matcher.size).toBe(FRENCH_QUERIES.length);
  });

  it('names existing targets of the row goal, with unique ids of the form fr-<target>-<n>', () => {
    const ids = new Set<string>();
    for (const [goal, target, id] of FRENCH_QUERIES) {
      const t = findTarget(target);
      expect(t, `${id}: target ${target}`).toBeDefined();
      expect(t!.goal, id).toBe(goal);
      expect(id).toMatch(new RegExp(`^fr-${target.replace('.', '\\.')}-\\d+$`));
      expect(ids.has(id), `duplicate ${id}`).toBe(false);
      ids.add(id);
    }
  });

  it('covers every one of the 169 targets with 1 to 5 queries', () => {
    expect(targets).toHaveLength(169);
    for (const t of targets) {
      const n = FRENCH_QUERIES.filter((r) => r[1] === t.id).length;
      expect(n, `target ${t.id}`).toBeGreaterThanOrEqual(1);
      expect(n, `target ${t.id}`).toBeLessThanOrEqual(5);
    }
  });

  it('is written in the lexicon conventions: NFC, ASCII apostrophe, lower case, no typographic hyphen', () => {
    for (const [, , id, query] of FRENCH_QUERIES) {
      expect(query.normalize('NFC'), id).toBe(query);
      expect(query, id).not.toMatch(/[’‘\u2010\u2011]/);
      const terms = query.replace(/\b(AND|OR|NOT)\b|W\/\d+/g, '');
      expect(terms, id).toBe(terms.toLowerCase());
    }
  });
});

describe('FRENCH_QUERIES: matching', () => {
  // Short institutional sentences written for this test, one or two per goal.
  const POSITIVE: ReadonlyArray<readonly [goal: number, text: string]> = [
    [1, 'Réduire de moitié la proportion de la population vivant sous le seuil national de pauvreté d\'ici 2030.'],
    [1, 'Le département renforce l\'accès aux prestations sociales des ménages les plus démunis.'],
    [2, 'Réduire de moitié la proportion de la population qui souffre de la faim d\'ici 2030.'],
    [2, 'Le projet soutient les petits producteurs et la transition agroécologique des exploitations familiales.'],
    [3, 'Le programme vise à faire reculer la mortalité maternelle et néonatale dans les zones rurales.'],
    [3, 'La campagne de dépistage du VIH et de la tuberculose sera étendue à toute la région.'],
    [4, 'Garantir à toutes les filles et à tous les garçons un enseignement primaire et secondaire gratuit et de qualité.'],
    [4, 'La commune ouvre de nouvelles places en crèche municipale pour l\'accueil de la petite enfance.'],
    [5, 'Le plan d\'action vise à éliminer toutes les violences faites aux femmes et aux filles.'],
    [5, 'L\'égalité entre les femmes et les hommes est une priorité de la mandature.'],
    [6, 'Assurer l\'accès universel et équitable à l\'eau potable, à un coût abordable.'],
    [6, 'La station d\'épuration sera modernisée pour améliorer le traitement des eaux usées.'],
    [7, 'La région soutient le développement des énergies renouvelables, en particulier le solaire photovoltaïque.'],
    [7, 'Un programme de rénovation énergétique des logements sociaux luttera contre la précarité énergétique.'],
    [8, 'Promouvoir le plein emploi productif et un travail décent pour tous, y compris les jeunes.'],
    [8, 'La pépinière d\'entreprises accompagne la création d\'emplois sur le territoire.'],
    [9, 'L\'agglomération investit dans des infrastructures résilientes et dans le déploiement de la fibre optique.'],
    [9, 'Les dépenses de recherche-développement atteindront 3 % du PIB à l\'horizon 2030.'],
    [10, 'Réduire les inégalités de revenus et favoriser l\'inclusion sociale des personnes en situation de handicap.'],
    [10, 'La ville développe l\'accueil et l\'accompagnement des réfugiés et des demandeurs d\'asile.'],
    [11, 'Le programme local de l\'habitat prévoit 500 logements sociaux et la résorption de l\'habitat indigne.'],
    [11, 'Le réseau de transports en commun sera étendu pour améliorer la qualité de l\'air en ville.'],
    [12, 'Le plan de prévention des déchets vise à réduire de moitié le gaspillage alimentaire dans les cantines.'],
    [12, 'Les marchés publics intègrent désormais des clauses environnementales et une politique d\'achats responsables.'],
    [13, 'La collectivité s\'engage à réduire ses émissions de gaz à effet de serre de 40 % d\'ici 2030.'],
    [13, 'Le plan d\'adaptation au changement climatique prévoit des îlots de fraîcheur pour les épisodes de canicule.'],
    [14, 'La lutte contre la pollution marine par les déchets plastiques est une priorité du parc naturel marin.'],
    [14, 'Mettre un terme à la surpêche et à la pêche illicite, non déclarée et non réglementée.'],
    [15, 'Lutter contre la désertification et restaurer les terres et les sols dégradés.'],
    [15, 'Le plan de gestion vise la préservation de la biodiversité et la protection des espèces menacées.'],
    [16, 'La commune adopte une charte de déontologie des élus et un plan de prévention de la corruption.'],
    [16, 'Le point-justice facilite l\'accès au droit pour les habitants du quartier.'],
    [17, 'Le conseil départemental renforce sa coopération décentralisée avec les collectivités partenaires du Sénégal.'],
    [17, 'L\'aide publique au développement de la France doit atteindre 0,7 % du revenu national brut.'],
  ];

  it.each(POSITIVE)('finds goal %i in « %s »', (goal, text) => {
    expect(goalsOf(text)).toContain(goal);
  });

  it('finds every goal in the sentences above', () => {
    const found = new Set(POSITIVE.flatMap(([goal, text]) => (goalsOf(text).includes(goal) ? [goal] : [])));
    expect([...found].sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('reads UN typography: typographic apostrophe and U+2010 hyphen', () => {
    expect(goalsOf('Assurer l’accès de tous à l’eau potable et à l’assainissement.')).toContain(6);
    expect(goalsOf('Promouvoir des lois et politiques non‐discriminatoires.')).toContain(16);
  });

  // Texts about nothing SDG-related (sport, cooking, computing, literature, leisure), written for
  // this test; several carry words that SDG queries also use (eau, énergie, climat, mer, pêches, crèche, ami).
  const NEGATIVE: readonly string[] = [
    'Le club a remporté le match dimanche soir grâce à un doublé de son attaquant.',
    'Le nageur a pris la tête dès la première longueur et a gardé sa ligne d\'eau jusqu\'à l\'arrivée.',
    'Malgré un climat tendu dans le vestiaire, l\'entraîneur garde toute sa confiance à ses joueurs.',
    'Le joueur a manqué de lucidité en fin de match, mais son énergie a fait la différence.',
    'Le tournoi de tennis a été interrompu par la pluie avant la finale du double mixte.',
    'Préchauffez le four à 180 degrés, puis faites revenir les oignons dans une noix de beurre.',
    'Laissez mariner le poulet toute une nuit avec du citron, de l\'ail et un filet d\'huile d\'olive.',
    'Ajoutez 250 g de farine, trois œufs et une pincée de sel, puis mélangez jusqu\'à obtenir une pâte lisse.',
    'Versez la crème sur les pêches et servez bien frais avec une boule de glace à la vanille.',
    'Pour installer la mise à jour, redémarrez l\'ordinateur et ouvrez le terminal en mode administrateur.',
    'Le script lit le fichier CSV, trie les colonnes et écrit le résultat dans une table.',
    'La nouvelle version du navigateur corrige une faille et accélère le chargement des pages.',
    'Ce roman raconte l\'enfance d\'un jeune garçon dans un village de Provence au début du siècle.',
    'Le poète évoque la mer, la nuit et le souvenir de sa mère dans ce recueil publié en 1925.',
    'L\'intrigue de ce polar se déroule à Lyon, où un commissaire enquête sur la disparition d\'un antiquaire.',
    'Mon ami m\'a prêté un livre passionnant sur l\'histoire de la peinture flamande.',
    'Les enfants ont installé la crèche de Noël sur la place du village.',
    'Les Misérables de Victor Hugo restent un classique de la littérature française.',
    'Elle a offert une eau de toilette à sa sœur pour son anniversaire.',
    'Le plan d\'eau accueille les amateurs de pêche à la ligne chaque dimanche.',
    'L\'emploi du temps des jeunes est chargé en fin de trimestre.',
    'Toute l\'énergie de la jeunesse s\'exprime dans ce spectacle de danse.',
  ];

  it.each(NEGATIVE)('finds nothing in « %s »', (text) => {
    expect(matchesOf(text).map((m) => m.id)).toEqual([]);
  });
});
