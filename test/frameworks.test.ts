/**
 * Frameworks and languages are values (issue 12 §3): an engine, a gap report and its renderings
 * over a small framework of three goals written here, in a third language written here, with no
 * change to the library. Esperanto stands for "a language the library does not know": its module
 * (a trivial stemmer, a few function words) is this file's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en, fr, type LanguageModule } from '../src/languages/index.js';
import type { Framework } from '../src/frameworks/types.js';
import { sdgFramework } from '../src/frameworks/sdg.js';
import { isGoal } from '../src/frameworks/index.js';
import { createEngine, type Engine } from '../src/scoring/engine.js';
import { createGapAccumulator, gapReport, scorePlan } from '../src/report/index.js';
import { createPlanTypeRegistry } from '../src/plans/index.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderWheel } from '../src/render/wheel.js';
import { analyze, detectLanguage } from '../src/text/index.js';
import { thrown } from './helpers/errors.js';

/** Esperanto, the toy way: its grammatical endings cut off, its commonest function words. */
const eo: LanguageModule = {
  code: 'eo',
  name: 'Esperanto',
  stem: (word) => word.replace(/(?:ojn|ajn|oj|aj|on|an|as|is|os|o|a|e|i)$/, ''),
  stopwords: new Set(['la', 'kaj', 'de', 'en', 'al', 'por', 'kun', 'el', 'ke', 'estas', 'ni', 'ili', 'tiu', 'sur', 'pri', 'da', 'ankau', 'nia', 'niaj']),
  inflect: (key) => key.replace(/j?n?$/, ''),
};

/** Three goals, five targets, a lexicon of six entries, in Esperanto (names also in English). */
const toy: Framework = {
  id: 'tri',
  names: { eo: 'Tri celoj', en: 'Three goals' },
  languages: ['eo'],
  goals: [
    { goal: 1, colour: '#1E90FF', code: { eo: 'C1', en: 'G1', fr: 'O1' }, names: { eo: { short: 'Akvo', title: 'Pura akvo por ĉiuj' }, en: { short: 'Water', title: 'Clean water for all' } } },
    { goal: 2, colour: '#FFB000', code: { eo: 'C2', en: 'G2', fr: 'O2' }, names: { eo: { short: 'Energio', title: 'Renovigebla energio' }, en: { short: 'Energy', title: 'Renewable energy' } } },
    { goal: 3, colour: '#228B22', code: { eo: 'C3', en: 'G3', fr: 'O3' }, names: { eo: { short: 'Arbaroj', title: 'Protekti la arbarojn' }, en: { short: 'Forests', title: 'Protect the forests' } } },
  ],
  targets: [
    { id: '1.1', goal: 1, texts: { eo: 'Trinkebla akvo por ĉiuj domoj', en: 'Drinking water for every home' }, indicators: [{ id: '1.1.1', texts: { eo: 'Parto de domoj kun trinkebla akvo', en: 'Share of homes with drinking water' } }] },
    { id: '1.2', goal: 1, texts: { eo: 'Purigi la uzitan akvon', en: 'Treat waste water' }, indicators: [] },
    { id: '2.1', goal: 2, texts: { eo: 'Sunaj paneloj sur la tegmentoj', en: 'Solar panels on the roofs' }, indicators: [] },
    { id: '2.2', goal: 2, texts: { eo: 'Malpli da energio en publikaj konstruaĵoj', en: 'Less energy in public buildings' }, indicators: [] },
    { id: '3.1', goal: 3, texts: { eo: 'Planti arbojn kaj protekti arbarojn', en: 'Plant trees and protect forests' }, indicators: [] },
  ],
  lexicon: [
    { id: 'akvo', goal: 1, language: 'eo', query: 'akvo' },
    { id: 'trinkebla-akvo', target: '1.1', language: 'eo', query: '"trinkebla akvo"', weight: 2 },
    { id: 'kloakakvo', target: '1.2', language: 'eo', query: 'kloakakvo OR "uzita akvo"' },
    { id: 'suna-panelo', target: '2.1', language: 'eo', query: '"suna panelo"', weight: 2 },
    { id: 'energio', goal: 2, language: 'eo', query: 'energio' },
    { id: 'arbaro', target: '3.1', language: 'eo', query: 'arbaro OR arbo', weight: 2 },
  ],
  descriptors: { goals: { '3': { eo: ['ligno', 'naturo'] } } },
};

const WATER = 'La urbo konstruos novajn tubojn por ke trinkebla akvo alvenu al ĉiuj domoj, kaj ni purigos la uzitan akvon de la kvartaloj.';
const SOLAR = 'Ni instalos sunajn panelojn sur la tegmentoj de la lernejoj kaj estas planoj por ŝpari energion.';
const FOOTBALL = 'La futbala klubo ricevos novajn vestojn kaj la ludantoj trejnos ĉiun sabaton kun la trejnisto.';

let engine: Engine;
beforeAll(() => {
  engine = createEngine({ framework: toy, languages: [fr, en, eo] });
});

describe('a third language, as a module', () => {
  it('is detected among three, and French and English still are', () => {
    const three = [fr, en, eo];
    expect(detectLanguage(WATER, three)).toBe('eo');
    expect(detectLanguage(SOLAR, three)).toBe('eo');
    expect(detectLanguage('Le conseil va rénover les écoles et planter des arbres dans les quartiers.', three)).toBe('fr');
    expect(detectLanguage('The council will renovate the schools and plant trees in the neighbourhoods.', three)).toBe('en');
    // Too short to tell, as with two languages.
    expect(detectLanguage('akvo', three)).toBe('und');
    // Without its module, Esperanto is no language the detector knows: its `la`, `de` make it French.
    expect(detectLanguage(WATER)).toBe('fr');
  });

  it('stems and drops stopwords with its own module', () => {
    expect(analyze('La arbaroj kaj la akvo', 'eo').stems).toEqual(['arbar', 'akv']);
    // French reads the same words otherwise: `la` is a stopword, the Porter stemmer cuts differently.
    expect(analyze('La arbaroj kaj la akvo', 'fr').stems).not.toEqual(['arbar', 'akv']);
  });

  it('is detected by the engine and scored in it', () => {
    const r = engine.score(WATER);
    expect(r.language).toBe('eo');
  });
});

describe('an engine over a toy framework', () => {
  it('knows its framework and its languages', () => {
    expect(engine.framework).toBe(toy);
    expect(engine.languages.map((l) => l.code)).toEqual(['fr', 'en', 'eo']);
    expect(createEngine().framework).toBe(sdgFramework);
    expect(isGoal(toy, 3)).toBe(true);
    expect(isGoal(toy, 4)).toBe(false);
  });

  it('scores a text to the right goal, with evidence from its lexicon', () => {
    const r = engine.score(WATER);
    expect(r.goals.map((g) => g.goal)).toEqual([1, 2, 3]);
    const [water, energy, forests] = r.goals;
    expect(water!.score).toBeGreaterThan(0.5);
    expect(r.labels).toEqual([1]);
    expect(energy!.score).toBeLessThan(0.5);
    expect(forests!.score).toBeLessThan(0.5);
    expect(water!.evidence.map((e) => e.entry)).toContain('tri:trinkebla-akvo');
    expect(water!.evidence.find((e) => e.entry === 'tri:trinkebla-akvo')!.matched).toBe('trinkebla akvo');
    expect(r.targets[0]!.target).toBe('1.1');
    expect(r.targets.every((t) => toy.targets.some((x) => x.id === t.target))).toBe(true);

    const solar = engine.score(SOLAR);
    expect(solar.labels[0]).toBe(2);
    expect(solar.goals[1]!.evidence.map((e) => e.entry)).toContain('tri:suna-panelo');
    expect(engine.score(FOOTBALL).labels).toEqual([]);
  });

  it('gives matrices with the framework’s columns', () => {
    const all = engine.scoreAll([WATER, SOLAR]);
    expect(all.goals.columnIds).toEqual([1, 2, 3]);
    expect(all.targets.columnIds).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1']);
    expect(all.goals.get('1', 1)).toBe(all.documents[0]!.goals[0]!.score);
  });

  it('explains with the framework’s names', () => {
    expect(engine.explain(WATER)).toMatch(/Goal 1 · Water/);
  });

  it('validates goals, targets and languages against the framework', () => {
    expect(thrown(() => createEngine({ framework: toy, languages: [fr, en, eo], customEntries: [{ id: 'x', goal: 4, query: 'akvo' }] })).message).toMatch(/customEntries\[0\]\.goal.*1–3/);
    expect(thrown(() => createEngine({ framework: toy, languages: [fr, en, eo], customEntries: [{ id: 'x', target: '7.2', query: 'akvo' }] })).message).toMatch(/unknown target "7\.2"/);
    expect(thrown(() => createEngine({ framework: toy })).message).toMatch(/framework\.lexicon\[0\]\.language.*"eo"/);
    expect(thrown(() => createEngine({ framework: { ...toy, goals: [toy.goals[1]!, toy.goals[0]!] }, languages: [eo] })).message).toMatch(/goals\[0\]\.goal: expected 1/);
    expect(thrown(() => createEngine({ framework: toy, languages: [eo], language: 'de' })).code).toBe('INVALID_OPTIONS');
    // A custom entry in the toy language adds its evidence.
    const custom = createEngine({ framework: toy, languages: [eo], customEntries: [{ id: 'pluvo', goal: 1, language: 'eo', query: 'pluvakvo' }] });
    expect(custom.score('La pluvakvo de la tegmentoj kaj la pluvakvo de la stratoj estas kolektata por la ĝardenoj.').goals[0]!.evidence.map((e) => e.entry)).toContain('custom:pluvo');
  });
});

describe('a gap report and its renderings over the toy framework', () => {
  const report = () =>
    gapReport(
      scorePlan(engine, [
        { id: 'P1', title: 'Akvo', text: WATER },
        { id: 'P2', title: 'Futbalo', text: FOOTBALL },
      ]),
      { expect: [1, 3], core: [3] },
    );

  it('reports the covered and missing goals of the framework', () => {
    const r = report();
    expect(r.framework).toBe(toy);
    expect(r.goals.map((g) => g.goal)).toEqual([1, 2, 3]);
    expect(r.expected.covered).toEqual([1]);
    expect(r.expected.missing).toEqual([3]);
    expect(r.expected.coreMissing).toEqual([3]);
    expect(r.programmes.map((p) => p.scores.length)).toEqual([3, 3]);
    expect(r.targetGaps.map((g) => [g.goal, g.targets.map((t) => t.target)])).toEqual([
      [1, r.targetGaps[0]!.targets.map((t) => t.target)],
      [3, ['3.1']],
    ]);
    expect(r.orphans).toEqual(['P2']);
    expect(r.finalites).toEqual([]);
    // Its JSON is a report's: the framework is not serialised.
    expect(JSON.stringify(r)).not.toMatch(/"framework"/);
    expect(thrown(() => gapReport(scorePlan(engine, [{ id: 'P1', text: WATER }]), { expect: [4] })).message).toMatch(/expect\[0\]: Too big: expected number to be <=3/);
    expect(thrown(() => gapReport(scorePlan(engine, [{ id: 'P1', text: WATER }]), { planType: 'pcaet' })).message).toMatch(/has no plan types/);
  });

  it('resolves a plan type with the framework’s own plan types', () => {
    const withPlans: Framework = {
      ...toy,
      planTypes: createPlanTypeRegistry([{ id: 'urba-plano', acronym: 'UP', nameEn: 'Urban plan', goals: [1, 2], coreGoals: [2], targets: ['2.1'] }], { replace: true }),
    };
    const planEngine = createEngine({ framework: withPlans, languages: [eo] });
    const r = gapReport(scorePlan(planEngine, [{ id: 'P1', text: WATER }, { id: 'P2', text: FOOTBALL }]), { planType: 'UP' });
    expect(r.planType?.id).toBe('urba-plano');
    expect(r.expected.goals).toEqual([1, 2]);
    expect(r.expected.covered).toEqual([1]);
    expect(r.expected.coreMissing).toEqual([2]);
    expect(r.targetGaps.find((g) => g.goal === 2)!.targets.find((t) => t.target === '2.1')!.key).toBe(true);
  });

  it('asks for the framework of programmes that do not carry one', () => {
    const copied = scorePlan(engine, [{ id: 'P1', text: WATER }]).map((p) => ({ ...p }));
    expect(thrown(() => gapReport(copied, { expect: [1] })).message).toMatch(/framework: these programmes do not carry the framework.*sdgFramework/);
    expect(gapReport(copied, { expect: [1], framework: toy }).expected.covered).toEqual([1]);
    // A stream of programmes (the CLI's gaps) gives it once, with the options.
    const accumulator = createGapAccumulator({ expect: [1], framework: toy });
    for (const p of copied) accumulator.add(p);
    expect(accumulator.report().expected.covered).toEqual([1]);
    // Programmes scored against another framework are refused, with their count of goals.
    expect(thrown(() => gapReport(copied, { expect: [1], framework: sdgFramework })).message).toMatch(/17 goal scores, got 3/);
  });

  it('draws the wheel with three segments in the framework’s colours', () => {
    const svg = renderWheel(report(), { locale: 'en' });
    const segments = [...svg.matchAll(/<path class="sdg-segment" data-goal="(\d)"[^>]* fill="(#[0-9A-F]{6})"/g)].map((m) => [m[1], m[2]]);
    expect(segments).toEqual([
      ['1', '#1E90FF'],
      ['2', '#FFB000'],
      ['3', '#228B22'],
    ]);
    expect(svg).toContain('G1 — Water');
  });

  it('renders HTML and Markdown with the framework’s names, targets and colours', () => {
    const html = renderHtml(report(), { locale: 'en' });
    expect(html.match(/class="sdg-segment"/g)).toHaveLength(3);
    expect(html).toContain('<th class="goal" style="background:#228B22;');
    expect(html.match(/<th class="goal"/g)).toHaveLength(3);
    expect(html).toContain('G3 — Forests');
    expect(html).toContain('Plant trees and protect forests');
    expect(html).not.toMatch(/SDG \d|ODD \d/);
    expect(html).not.toContain('class="finalites"');
    const md = renderMarkdown(report(), { locale: 'en' });
    expect(md).toContain('G3 — Forests');
    expect(md).not.toMatch(/SDG \d|ODD \d/);
    // A copy has lost the framework: the renderer says what to give.
    expect(thrown(() => renderHtml({ ...report() })).message).toMatch(/give framework/);
    expect(renderHtml({ ...report() }, { framework: toy, locale: 'en' })).toBe(html);
  });
});

describe('the SDG default', () => {
  const FRENCH = 'Créer 25 km de pistes cyclables et réduire les émissions de gaz à effet de serre du territoire.';

  it('scores as before when the engine also reads a third language', () => {
    const plain = createEngine();
    const three = createEngine({ languages: [fr, en, eo] });
    expect(three.framework).toBe(sdgFramework);
    expect(three.score(FRENCH)).toEqual(plain.score(FRENCH));
    expect(three.score(FRENCH).goals).toHaveLength(17);
    // An Esperanto text is told apart, and no SDG entry is written in Esperanto.
    const r = three.score(WATER);
    expect(r.language).toBe('eo');
    expect(r.goals.every((g) => g.evidence.length === 0)).toBe(true);
  });
});
