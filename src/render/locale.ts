import { SdgAlignError } from '../errors.js';
import type { GoalStatus } from '../report/gaps.js';
import { getGoal, type Language } from '../taxonomy/index.js';

export type RenderLocale = Language;

/** Every sentence a rendering shows, in French and English (as zod's `locales/fr.ts` / `en.ts`). */
export interface RenderMessages {
  readonly title: string;
  readonly goal: string;
  readonly goalShort: (n: number) => string;
  readonly planType: string;
  readonly customExpectation: string;
  readonly programmes: string;
  readonly threshold: string;
  readonly weakThreshold: string;
  readonly coverage: string;
  readonly coverageHelp: string;
  readonly status: Record<GoalStatus, string>;
  readonly statusHeader: string;
  readonly notExpectedAddressed: string;
  readonly summary: string;
  readonly missingGoals: string;
  readonly noMissing: string;
  readonly core: string;
  readonly goalsTable: string;
  readonly best: string;
  readonly share: string;
  readonly addressedBy: string;
  readonly legend: string;
  readonly weakEvidence: string;
  readonly matched: string;
  readonly excerpt: string;
  readonly targetGaps: string;
  readonly targetGapsHelp: string;
  readonly keyTarget: string;
  readonly keyTargets: string;
  readonly otherTargets: string;
  readonly closest: string;
  readonly none: string;
  readonly allTargetsAddressed: string;
  readonly unexpectedCovered: string;
  readonly orphans: string;
  readonly orphansHelp: string;
  readonly concentration: string;
  readonly top2Share: (share: string, goals: string) => string;
  readonly entropy: (value: string) => string;
  readonly noLabels: string;
  readonly provenance: string;
  readonly provenanceNote: string;
  readonly provenanceKind: Record<'judgement' | 'cited' | 'cited-generic' | 'custom', string>;
  readonly link: string;
  readonly source: string;
  readonly heatmap: string;
  readonly programme: string;
  readonly wheel: string;
  readonly wheelHelp: string;
  readonly wheelCentre: string;
  /** Between a label and its value: " : " (no-break space before) / ": ". */
  readonly colon: string;
  readonly generatedBy: string;
  readonly more: (n: number) => string;
  /** Decimal separator. */
  readonly decimal: string;
  /** Between a number and `%`. */
  readonly percentSpace: string;
}

const fr: RenderMessages = {
  title: 'Rapport d’écarts ODD',
  goal: 'ODD',
  goalShort: (n) => `ODD ${n}`,
  planType: 'Type de plan',
  customExpectation: 'ODD attendus fixés par l’utilisateur',
  programmes: 'Programmes',
  threshold: 'Seuil',
  weakThreshold: 'Seuil « faible »',
  coverage: 'Couverture des ODD attendus',
  coverageHelp: '(couverts + ½ × faibles) / attendus',
  statusHeader: 'Statut',
  status: { covered: 'couvert', weak: 'faible', missing: 'manquant', 'not-expected': 'non attendu' },
  notExpectedAddressed: 'non attendu, traité',
  summary: 'Synthèse',
  missingGoals: 'ODD attendus manquants',
  noMissing: 'Aucun ODD attendu ne manque.',
  core: 'essentiel',
  goalsTable: 'Les 17 ODD',
  best: 'Meilleur score',
  share: 'Part des programmes',
  addressedBy: 'Programmes',
  legend: '✓ couvert · ~ faible · ✗ manquant · · non attendu',
  weakEvidence: 'ODD faibles : indices trouvés',
  matched: 'Mots trouvés',
  excerpt: 'Extrait',
  targetGaps: 'Cibles non traitées',
  targetGapsHelp: 'Cibles des ODD attendus qu’aucun programme ne traite (score inférieur au seuil des cibles).',
  keyTarget: 'cible clé',
  keyTargets: 'Cibles clés du type de plan',
  otherTargets: 'Autres cibles',
  closest: 'le plus proche',
  none: 'aucun',
  allTargetsAddressed: 'toutes les cibles sont traitées',
  unexpectedCovered: 'ODD traités sans être attendus',
  orphans: 'Programmes sans ODD',
  orphansHelp: 'Aucun de leurs scores n’atteint le seuil.',
  concentration: 'Concentration',
  top2Share: (share, goals) => `Les deux ODD les plus fréquents (${goals}) portent ${share} des étiquettes.`,
  entropy: (value) => `Entropie de Shannon normalisée : ${value} (0 = un seul ODD, 1 = réparti sur les 17).`,
  noLabels: 'Aucun programme n’atteint le seuil : pas d’étiquette.',
  provenance: 'Provenance des liens',
  provenanceNote:
    'La plupart des liens entre ce type de plan et les ODD relèvent du jugement, reconstitué à partir de sources publiques ; ce n’est pas une transcription de la figure du CEREMA.',
  provenanceKind: { judgement: 'jugement', cited: 'cité', 'cited-generic': 'cité (générique)', custom: 'utilisateur' },
  link: 'Lien',
  source: 'Source',
  heatmap: 'Programmes × ODD',
  programme: 'Programme',
  wheel: 'Roue des ODD',
  wheelHelp: 'Opacité : meilleur score rapporté au seuil ; contour épais : ODD attendu (en pointillés s’il manque).',
  wheelCentre: 'ODD attendus',
  colon: '\u00a0: ',
  generatedBy: 'Produit par sdg-align',
  more: (n) => `… et ${n} de plus`,
  decimal: ',',
  percentSpace: '\u00a0',
};

const en: RenderMessages = {
  title: 'SDG gap report',
  goal: 'SDG',
  goalShort: (n) => `SDG ${n}`,
  planType: 'Plan type',
  customExpectation: 'Expected goals set by the user',
  programmes: 'Programmes',
  threshold: 'Threshold',
  weakThreshold: 'Weak threshold',
  coverage: 'Coverage of expected goals',
  coverageHelp: '(covered + ½ × weak) / expected',
  statusHeader: 'Status',
  status: { covered: 'covered', weak: 'weak', missing: 'missing', 'not-expected': 'not expected' },
  notExpectedAddressed: 'not expected, addressed',
  summary: 'Summary',
  missingGoals: 'Missing expected goals',
  noMissing: 'No expected goal is missing.',
  core: 'core',
  goalsTable: 'The 17 goals',
  best: 'Best score',
  share: 'Share of programmes',
  addressedBy: 'Programmes',
  legend: '✓ covered · ~ weak · ✗ missing · · not expected',
  weakEvidence: 'Weak goals: evidence found',
  matched: 'Matched words',
  excerpt: 'Excerpt',
  targetGaps: 'Targets not addressed',
  targetGapsHelp: 'Targets of the expected goals that no programme addresses (score below the target threshold).',
  keyTarget: 'key target',
  keyTargets: 'Key targets of the plan type',
  otherTargets: 'Other targets',
  closest: 'closest',
  none: 'none',
  allTargetsAddressed: 'all targets addressed',
  unexpectedCovered: 'Goals addressed but not expected',
  orphans: 'Programmes with no goal',
  orphansHelp: 'None of their scores reaches the threshold.',
  concentration: 'Concentration',
  top2Share: (share, goals) => `The two most frequent goals (${goals}) hold ${share} of the labels.`,
  entropy: (value) => `Normalised Shannon entropy: ${value} (0 = a single goal, 1 = spread over all 17).`,
  noLabels: 'No programme reaches the threshold: no label.',
  provenance: 'Link provenance',
  provenanceNote:
    'Most goal links of this plan type are judgement reconstructed from public sources, not a transcription of the CEREMA figure.',
  provenanceKind: { judgement: 'judgement', cited: 'cited', 'cited-generic': 'cited (generic)', custom: 'user' },
  link: 'Link',
  source: 'Source',
  heatmap: 'Programmes × goals',
  programme: 'Programme',
  wheel: 'SDG wheel',
  wheelHelp: 'Opacity: best score relative to the threshold; thick outline: expected goal (dashed when missing).',
  wheelCentre: 'expected goals',
  colon: ': ',
  generatedBy: 'Generated by sdg-align',
  more: (n) => `… and ${n} more`,
  decimal: '.',
  percentSpace: '',
};

const MESSAGES: Record<RenderLocale, RenderMessages> = { fr, en };

export function messages(locale: RenderLocale): RenderMessages {
  const m = MESSAGES[locale];
  if (!m) throw new SdgAlignError('INVALID_OPTIONS', `Invalid render option "locale": expected "fr" or "en", got ${JSON.stringify(locale)}.`, { field: 'locale' });
  return m;
}

/** Resolves the `locale` option (default `fr`: the package's first audience is French local government). */
export function resolveLocale(options: { locale?: RenderLocale } | undefined): RenderLocale {
  const locale = options?.locale ?? 'fr';
  messages(locale);
  return locale;
}

/** A score with two decimals in the locale's notation ("0,42" / "0.42"); fixed, not Intl, so output is the same on every Node build. */
export const formatScore = (value: number, locale: RenderLocale): string => value.toFixed(2).replace('.', messages(locale).decimal);

/** A share 0–1 as a whole percentage: "67 %" (with a no-break space) / "67%". */
export const formatPercent = (value: number, locale: RenderLocale): string => `${Math.round(value * 100)}${messages(locale).percentSpace}%`;

/** Short goal title in the locale: "Bonne santé et bien-être". */
export const goalName = (goal: number, locale: RenderLocale): string => getGoal(goal)[locale].short;

/** Plan-type name in the locale. */
export const planTypeName = (planType: { acronym: string; name_fr: string; name_en: string }, locale: RenderLocale): string =>
  `${planType.acronym} — ${locale === 'fr' ? planType.name_fr : planType.name_en}`;
