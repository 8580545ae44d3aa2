/**
 * Entries taken from the UN's own wording: the phrases of the goal, target and indicator texts
 * (English and French) that belong to one goal only. Official texts about a goal reuse this
 * register (« accès à l'eau potable », « émissions de gaz à effet de serre », « violence à
 * l'égard des femmes »), which the local-government lexicon does not hold.
 *
 * Rule, applied at build time to each language separately:
 *   1. each text is cut at punctuation and at coordinating conjunctions, so that a phrase stays
 *      inside one noun group;
 *   2. candidates are pairs of consecutive content words (stopwords between them are skipped,
 *      as the matcher skips them), and single content words of seven letters or more that two
 *      target or indicator texts of the goal use; words with digits, adverbs and the
 *      statistical boilerplate of indicator texts (`proportion`, `variation`, `niveau`, `cours`,
 *      `past`, `level`…) are left out;
 *   3. a candidate is kept when it occurs in the texts of exactly one goal, and (for pairs) at
 *      least one of its words is not generic — a word is generic when the texts of five goals or
 *      more use it (`accès`, `pays`, `national`, `renforcer`…);
 *   4. it is attached to its target when it occurs in one target's texts, else to the goal.
 */
import { goals, indicators, targets, type GoalNumber, type Language } from '../taxonomy/index.js';
import { streamWords, words as wordsOf } from '../text/analyze.js';

export interface RegisterPhrase {
  readonly language: Language;
  readonly goal: GoalNumber;
  /** Target id, or null when the phrase occurs in several targets of the goal (or in its title). */
  readonly target: string | null;
  /** The words as written in the UN text (lower case), the entry's phrase. */
  readonly phrase: string;
}

/** A word used by the texts of this many goals is generic. */
export const GENERIC_GOAL_COUNT = 5;
/** Shortest single word kept: shorter words are rarely specific to a goal. */
export const MIN_SINGLE_WORD = 7;
/** Texts of its goal (targets and indicators) that must use a single word for it to be kept. */
export const MIN_SINGLE_WORD_TEXTS = 2;

/** Words of the indicators' statistical wording and of time and quantity, never a subject. */
const BOILERPLATE: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(
    ('proportion nombre variation niveau niveaux degre total totale pourcentage taux part montant mesure mesures progres pays national nationale ' +
      'nationaux nationales mondial mondiale international internationale cours dernier derniere dernieres derniers mois ans annee annees age ' +
      'sexe population personnes personne type types facon maniere cadre fins compris relatif relatifs relative relatives lie lies liee liees ' +
      'concerne beaucoup ici partout ensemble deux trois cinq dix moitie pied seules seul seule considerant occupant infliges connu cas ' +
      'indicateur indicateurs disponibles existe existant existants place convient conformement moyen moyens utilisees utilises donnees base ' +
      'million millions milliard milliards atteindre trouvent ressort premier decoulant enoncees chargees affaire minimale minimales ' +
      'minimum determinees modification couverture personnel').split(' '),
  ),
  en: new Set(
    ('proportion number change level levels degree total percentage rate rates share amount measure measures progress countries country ' +
      'national global international past previous last month months year years age sex population people persons person type types way ' +
      'manner framework purposes including related least around alone strong experienced suffering walking subjected feel everywhere ' +
      'indicator indicators available existing place accordance means used using data basis time part ' +
      'million millions billion billions according maintain complete multiple regular contact raising minimum dimensions definitions').split(' '),
  ),
};

/** Adverbs (`efficacement`, `globally`) never make a phrase. */
const ADVERB: Readonly<Record<Language, RegExp>> = { fr: /ment$/, en: /ly$/ };

const SEGMENT_BREAKS: Readonly<Record<Language, RegExp>> = {
  fr: /[,;:()/«»“”"–—.!?[\]]|\s(?:et|ou|ainsi que|notamment)\s/giu,
  en: /[,;:()/«»“”"–—.!?[\]]|\s(?:and|or|including|such as)\s/giu,
};

interface Candidate {
  /** Stems joined by a space: what makes two candidates the same. */
  readonly key: string;
  readonly stems: readonly string[];
  readonly phrase: string;
}

const isBoilerplate = (key: string, language: Language) => BOILERPLATE[language].has(key) || ADVERB[language].test(key);

function candidatesOf(text: string, language: Language): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of text.split(SEGMENT_BREAKS[language])) {
    if (!segment || !segment.trim()) continue;
    const list = wordsOf(segment);
    const stream = streamWords(list, language);
    const content: { stem: string; surface: string }[] = [];
    for (let i = 0; i < list.length; i++) {
      if (!stream.content[i]) continue;
      const w = list[i]!;
      // A number or a boilerplate word breaks a pair.
      const usable = !/\p{N}/u.test(w.surface) && w.surface.length > 2 && !isBoilerplate(w.key, language);
      content.push(usable ? { stem: stream.stems[i]!, surface: w.surface } : { stem: '', surface: '' });
    }
    content.forEach((w, i) => {
      if (!w.stem) return;
      if (w.surface.length >= MIN_SINGLE_WORD) out.push({ key: w.stem, stems: [w.stem], phrase: w.surface });
      const next = content[i + 1];
      if (next?.stem) out.push({ key: `${w.stem} ${next.stem}`, stems: [w.stem, next.stem], phrase: `${w.surface} ${next.surface}` });
    });
  }
  return out;
}

/** The UN texts of one language, each with its goal and target (null for goal titles). */
function unTexts(language: Language): { goal: GoalNumber; target: string | null; text: string }[] {
  return [
    ...goals.map((g) => ({ goal: g.goal, target: null, text: `${g[language].short}. ${g[language].title}` })),
    ...targets.map((t) => ({ goal: t.goal, target: t.id, text: t[language] })),
    ...indicators.flatMap((i) => {
      const text = language === 'fr' ? i.fr : i.en;
      const target = targets.find((t) => t.id === i.target)!;
      return text ? [{ goal: target.goal, target: i.target, text }] : [];
    }),
  ];
}

/** The register phrases of a language, in a stable order (goal, target, phrase). */
export function registerPhrases(language: Language): RegisterPhrase[] {
  const found = new Map<string, { candidate: Candidate; goals: Set<GoalNumber>; targets: Set<string | null>; texts: number }>();
  const goalsOfStem = new Map<string, Set<GoalNumber>>();
  for (const { goal, target, text } of unTexts(language)) {
    const inThisText = new Set<string>();
    for (const c of candidatesOf(text, language)) {
      const seen = found.get(c.key) ?? { candidate: c, goals: new Set(), targets: new Set(), texts: 0 };
      seen.goals.add(goal);
      seen.targets.add(target);
      if (target !== null && !inThisText.has(c.key)) seen.texts++, inThisText.add(c.key);
      found.set(c.key, seen);
      for (const s of c.stems) {
        const set = goalsOfStem.get(s) ?? new Set();
        set.add(goal);
        goalsOfStem.set(s, set);
      }
    }
  }
  const generic = (stem: string) => (goalsOfStem.get(stem)?.size ?? 0) >= GENERIC_GOAL_COUNT;
  const out: RegisterPhrase[] = [];
  for (const { candidate, goals: goalSet, targets: targetSet, texts } of found.values()) {
    if (goalSet.size !== 1) continue;
    if (candidate.stems.every(generic)) continue;
    if (candidate.stems.length === 1 && texts < MIN_SINGLE_WORD_TEXTS) continue;
    const goal = [...goalSet][0]!;
    const onlyTarget = targetSet.size === 1 ? [...targetSet][0]! : null;
    out.push({ language, goal, target: onlyTarget, phrase: candidate.phrase });
  }
  const order = (t: string | null) => (t === null ? -1 : targets.findIndex((x) => x.id === t));
  return out.sort((a, b) => a.goal - b.goal || order(a.target) - order(b.target) || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}
