import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { CALIBRATION } from '../src/scoring/calibration.generated.js';
import { checkCalibration, contributions, logit, sigmoid } from '../src/scoring/calibration.js';
import { clusterEvidence, FAMILIES, type SpanHit } from '../src/scoring/evidence.js';
import { FEATURE_COUNT, FEATURE_NAMES, goalFeatures, SIMILARITY_RELIABILITY_WORDS } from '../src/scoring/features.js';
import { modelSha256 } from '../src/scoring/model-data.js';
import { splitSharedEntries } from '../src/scoring/model-build.js';
import { seedEntries } from '../src/lexicon/entries.js';
import { fitLogistic } from '../scripts/lib/logistic.js';

const hit = (first: number, last: number, entry: number, weight: number, family = 0): SpanHit => ({ first, last, entry, weight, family, rank: entry });

describe('clusterEvidence', () => {
  it('counts words found by several entries once, for the strongest entry', () => {
    // "accès à l'eau potable" (lexicon, weight 2) and "eau potable" inside it (UN wording, weight 1).
    const one = clusterEvidence([hit(3, 6, 0, 2, 0), hit(5, 6, 1, 1, 5)]);
    expect(one.total).toBeCloseTo(2);
    expect(one.byFamily[0]).toBeCloseTo(2);
    expect(one.byFamily[5]).toBe(0);
    expect(one.entries).toBe(1);
  });

  it('counts separate mentions of one entry sublinearly', () => {
    const twice = clusterEvidence([hit(1, 2, 0, 1), hit(10, 11, 0, 1)]);
    expect(twice.total).toBeCloseTo(1 + Math.log(2));
    const apart = clusterEvidence([hit(1, 2, 0, 1), hit(10, 11, 1, 1)]);
    expect(apart.total).toBeCloseTo(2);
    expect(apart.entries).toBe(2);
  });

  it('does not count weak entries as entries', () => {
    expect(clusterEvidence([hit(1, 1, 0, 0.5, 4)]).entries).toBe(0);
  });
});

describe('splitSharedEntries', () => {
  it('splits a phrase listed under several goals instead of copying it', () => {
    const lexicon = seedEntries('lexicon');
    const shared = lexicon.filter((e) => e.language === 'fr' && e.id.endsWith(':aide publique au développement'));
    const goals = new Set(shared.map((e) => e.goal));
    expect(goals.size).toBeGreaterThan(1);
    const split = splitSharedEntries(shared);
    for (const [i, e] of split.entries()) expect(e.weight).toBeCloseTo(shared[i]!.weight / goals.size);
  });

  it('does not let one mention of « aide publique au développement » label every goal that lists it', () => {
    const lexicon = seedEntries('lexicon').filter((e) => e.language === 'fr' && e.id.endsWith(':aide publique au développement'));
    const listing = new Set(lexicon.map((e) => e.goal));
    const r = createEngine().score('Le montant de l’aide publique au développement versée par la France.');
    expect(r.labels.length).toBeLessThan(listing.size);
    // What is labelled is a goal whose targets name official development assistance (10.b, 17.2).
    for (const g of r.labels) expect([10, 17]).toContain(g);
  });
});

describe('goalFeatures', () => {
  it('measures each goal against the best one', () => {
    const byFamily = Array.from({ length: 3 }, () => new Float64Array(FAMILIES.length));
    byFamily[0]![0] = 2;
    byFamily[1]![0] = 0.5;
    const f = goalFeatures({ byFamily, total: [2, 0.5, 0], entries: [1, 0, 0], targets: [1, 1, 0], cosine: [0.1, 0.2, 0], targetCosine: [0.2, 0.3, 0], contentWords: 40 }, 3);
    const at = (goal: number, name: (typeof FEATURE_NAMES)[number]) => f[goal * FEATURE_COUNT + FEATURE_NAMES.indexOf(name)]!;
    expect(at(0, 'keywordGap')).toBe(0);
    expect(at(1, 'keywordGap')).toBeCloseTo(Math.log1p(0.5) - Math.log1p(2));
    expect(at(1, 'similarityGap')).toBe(0);
    // Cosines are shrunk by n / (n + k) for a text of n content words.
    expect(at(0, 'similarityGap')).toBeCloseTo(-1 * (40 / (40 + SIMILARITY_RELIABILITY_WORDS)));
    expect(at(2, 'lexicon')).toBe(0);
  });

  it('clamps the length to the range the model was fitted on', () => {
    const base = { byFamily: [new Float64Array(FAMILIES.length)], total: [0], entries: [0], targets: [0], cosine: [0], targetCosine: [0] };
    const length = (n: number) => goalFeatures({ ...base, contentWords: n }, 1)[FEATURE_NAMES.indexOf('length')]!;
    expect(length(1_000_000)).toBe(length(400));
    expect(length(1)).toBe(length(10));
    expect(length(100)).toBeGreaterThan(length(50));
  });
});

describe('the committed calibration', () => {
  it('was fitted for these features, on this compiled model (run npm run calibrate after npm run precompute)', () => {
    expect(() => checkCalibration(CALIBRATION)).not.toThrow();
    expect(CALIBRATION.fit.modelSha256).toBe(modelSha256());
  });

  it('gives probabilities whose logit is the sum of the features’ contributions', () => {
    const r = createEngine({ features: true }).score('Créer 25 km de pistes cyclables sécurisées entre les bourgs et la gare pour développer les mobilités douces.');
    for (const g of r.goals) {
      const row = Float64Array.from(FEATURE_NAMES.map((n) => g.features![n]));
      const parts = Object.values(contributions(CALIBRATION, row, 0)).reduce((a, b) => a + b, 0);
      const z = logit(CALIBRATION, row, 0, g.goal - 1);
      expect(z).toBeCloseTo(CALIBRATION.intercept + CALIBRATION.goalOffsets[g.goal - 1]! + parts, 10);
      expect(g.score).toBeCloseTo(sigmoid(z), 12);
    }
  });
});

describe('fitLogistic', () => {
  /** Rows drawn from a known model with a fixed pseudo-random sequence. */
  function synthetic(n: number, beta: number[]) {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < n; i++) {
      const x = [1, next() * 4 - 2, next() * 4 - 2];
      const p = sigmoid(x.reduce((a, v, j) => a + v * beta[j]!, 0));
      rows.push(x);
      labels.push(next() < p ? 1 : 0);
    }
    return { rows, labels, weights: rows.map(() => 1) };
  }

  it('recovers the coefficients of the model that made the data', () => {
    const { rows, labels, weights } = synthetic(20_000, [-0.5, 1.5, -2]);
    const fit = fitLogistic(rows, labels, weights, { penalties: [0, 0, 0] });
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(-0.5, 0);
    expect(fit.coefficients[1]).toBeCloseTo(1.5, 0);
    expect(fit.coefficients[2]).toBeCloseTo(-2, 0);
  });

  it('shrinks penalised coefficients, not the intercept, and is deterministic', () => {
    const { rows, labels, weights } = synthetic(2_000, [1, 2, 0]);
    const free = fitLogistic(rows, labels, weights, { penalties: [0, 0, 0] });
    const shrunk = fitLogistic(rows, labels, weights, { penalties: [0, 500, 500] });
    expect(Math.abs(shrunk.coefficients[1]!)).toBeLessThan(Math.abs(free.coefficients[1]!));
    expect(fitLogistic(rows, labels, weights, { penalties: [0, 500, 500] }).coefficients).toEqual(shrunk.coefficients);
  });
});
