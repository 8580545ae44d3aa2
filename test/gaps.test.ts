import { describe, expect, it } from 'vitest';
import { sdgFramework } from '../src/frameworks/sdg.js';
import { createPlanTypeRegistry, getPlanType } from '../src/plans/index.js';
import { compareReports, concentration, createGapAccumulator, gapReport, scorePlan, type GapReport } from '../src/report/index.js';
import { createEngine } from '../src/scoring/engine.js';
import type { DocumentInput } from '../src/scoring/types.js';
import { asProgramme, frenchProgrammes, markdownPlan } from './helpers/fixtures.js';
import { scoreResult } from './helpers/results.js';
import { IdStore, memorySlots, PackedStrings } from '../src/id-store.js';
import { thrown } from './helpers/errors.js';
import type { RunBytes } from '../src/report/score-order.js';

/**
 * A small PCAET as the engine could score it (threshold 0.35): energy renovation, cycling,
 * forests, a communication action with no goal, bio-waste collection.
 */
const PCAET_RESULTS = [
  scoreResult('PCAET-A', { 7: 0.82, 13: 0.41, 11: 0.12, 1: 0.08 }, { '7.3': 0.8, '13.2': 0.4, '1.4': 0.05 }),
  scoreResult('PCAET-B', { 11: 0.64, 3: 0.22, 13: 0.2 }, { '11.2': 0.62, '3.9': 0.15, '3.6': 0.09 }, { 3: ['qualité de l’air', 'santé', 'qualité de l’air', 'particules fines'] }),
  scoreResult('PCAET-C', { 15: 0.71, 13: 0.38, 12: 0.1 }, { '15.2': 0.7, '13.1': 0.36 }),
  scoreResult('PCAET-D', { 16: 0.06, 17: 0.02 }, { '16.7': 0.06 }),
  scoreResult('PCAET-E', { 12: 0.55, 6: 0.45, 3: 0.19 }, { '12.5': 0.54, '6.3': 0.44 }, { 3: ['salubrité'] }),
];

describe('gapReport on constructed results', () => {
  const report = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.35 });

  it('is versioned and says who made it', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.generatedBy).toBe('sdg-align');
    expect(report.planType).toEqual({ id: 'pcaet', acronym: 'PCAET', nameFr: 'Plan climat-air-énergie territorial', nameEn: 'Territorial climate-air-energy plan', custom: false });
    expect(report.thresholds).toEqual({ threshold: 0.35, weakThreshold: 0.175, targetThreshold: 0.35 });
  });

  it('classifies every goal: covered, weak, missing, not expected', () => {
    expect(report.goals).toHaveLength(17);
    const status = Object.fromEntries(report.goals.map((g) => [g.goal, g.status]));
    expect(status).toEqual({
      1: 'not-expected', 2: 'missing', 3: 'weak', 4: 'not-expected', 5: 'not-expected', 6: 'not-expected',
      7: 'covered', 8: 'not-expected', 9: 'missing', 10: 'not-expected', 11: 'covered', 12: 'covered',
      13: 'covered', 14: 'not-expected', 15: 'covered', 16: 'not-expected', 17: 'not-expected',
    });
    expect(report.expected).toEqual({
      goals: [2, 3, 7, 9, 11, 12, 13, 15],
      core: [3, 7, 13],
      covered: [7, 11, 12, 13, 15],
      weak: [3],
      missing: [2, 9],
      coreMissing: [],
      coreWeak: [3],
    });
  });

  it('lists the programmes of a goal strongest first with their share', () => {
    const g13 = report.goals[12]!;
    expect(g13).toMatchObject({ goal: 13, best: 0.41, programmes: ['PCAET-A', 'PCAET-C'], share: 0.4, core: true, addressed: true });
  });

  it('carries the matched words of weak goals, distinct, strongest programme first', () => {
    expect(report.goals[2]!.evidence).toEqual([
      { programme: 'PCAET-B', score: 0.22, matched: ['qualité de l’air', 'santé', 'particules fines'] },
      { programme: 'PCAET-E', score: 0.19, matched: ['salubrité'] },
    ]);
    expect(report.goals[6]!.evidence).toBeUndefined();
  });

  it('reports goals addressed but not expected, and programmes with no goal', () => {
    expect(report.unexpectedCovered).toEqual([6]);
    expect(report.orphans).toEqual(['PCAET-D']);
  });

  it('lists the unaddressed targets of each expected goal with the closest programme', () => {
    expect(report.targetGaps.map((g) => g.goal)).toEqual([2, 3, 7, 9, 11, 12, 13, 15]);
    const g3 = report.targetGaps.find((g) => g.goal === 3)!;
    expect(g3.targets).toHaveLength(13);
    expect(g3.targets.find((t) => t.target === '3.9')).toEqual({ target: '3.9', key: true, closest: { programme: 'PCAET-B', score: 0.15 } });
    expect(g3.targets.find((t) => t.target === '3.1')).toEqual({ target: '3.1', key: false, closest: null });
    const g7 = report.targetGaps.find((g) => g.goal === 7)!.targets.map((t) => t.target);
    expect(g7).toEqual(['7.1', '7.2', '7.a', '7.b']); // 7.3 is addressed (0.8)
    const g13 = report.targetGaps.find((g) => g.goal === 13)!.targets;
    expect(g13.map((t) => t.target)).toEqual(['13.3', '13.a', '13.b']);
  });

  it('computes coverage as (covered + ½ weak) / expected', () => {
    expect(report.coverage).toBeCloseTo((5 + 0.5 * 1) / 8, 12);
  });

  it('measures concentration by top-2 share and normalised entropy', () => {
    // Labels: A 7,13 · B 11 · C 15,13 · E 12,6 → 13 twice, five goals once (7 labels).
    expect(report.concentration).toEqual({
      measure: 'top2-share',
      value: 3 / 7,
      top: [13, 6],
      labels: 7,
      entropy: expect.closeTo(0.6169207487, 9),
      entropyMeasure: 'normalised-shannon',
    });
  });

  it('gives the provenance of each expected goal link', () => {
    expect(report.provenance.note).toMatch(/^Most goal links of this plan type are judgement/);
    expect(report.provenance.links.map((l) => [l.goal, l.kind])).toEqual([
      [2, 'judgement'], [3, 'judgement'], [7, 'judgement'], [9, 'judgement'],
      [11, 'judgement'], [12, 'judgement'], [13, 'cited'], [15, 'judgement'],
    ]);
    expect(report.provenance.judgement).toBe(7);
  });

  it('is plain JSON: survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('is deterministic: ties are broken by programme id, whatever the input order', () => {
    const a = scoreResult('b-second', { 7: 0.5 });
    const b = scoreResult('a-first', { 7: 0.5 });
    const one = gapReport([a, b], { framework: sdgFramework, expect: [7] });
    const two = gapReport([b, a], { framework: sdgFramework, expect: [7] });
    expect(one.goals[6]!.programmes).toEqual(['a-first', 'b-second']);
    expect(two.goals[6]!.programmes).toEqual(['a-first', 'b-second']);
    expect(JSON.stringify(gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.35 }))).toBe(JSON.stringify(report));
  });
});

describe('gapReport options', () => {
  it('takes explicit expected goals and core goals; links are then "custom"', () => {
    const r = gapReport(PCAET_RESULTS, { framework: sdgFramework, expect: [3, 7, 13, 14], core: [3, 14], threshold: 0.35 });
    expect(r.planType).toBeUndefined();
    expect(r.expected).toMatchObject({ covered: [7, 13], weak: [3], missing: [14], coreMissing: [14], coreWeak: [3] });
    expect(r.unexpectedCovered).toEqual([6, 11, 12, 15]);
    expect(r.provenance.links).toEqual([
      { goal: 3, core: true, provenance: 'custom', kind: 'custom' },
      { goal: 7, core: false, provenance: 'custom', kind: 'custom' },
      { goal: 13, core: false, provenance: 'custom', kind: 'custom' },
      { goal: 14, core: true, provenance: 'custom', kind: 'custom' },
    ]);
    expect(r.coverage).toBe((2 + 0.5) / 4);
  });

  it('accepts a PlanType object, a custom registry and a core override', () => {
    const registry = createPlanTypeRegistry([{ id: 'plan-sante-environnement', goals: [3, 6, 11], coreGoals: [3] }]);
    const r = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'plan-sante-environnement', registry, threshold: 0.35 });
    expect(r.planType?.custom).toBe(true);
    expect(r.expected.coreWeak).toEqual([3]);
    const byObject = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: getPlanType('PCAET'), core: [7], threshold: 0.35 });
    expect(byObject.expected.core).toEqual([7]);
    expect(byObject.provenance.links.filter((l) => l.core).map((l) => l.goal)).toEqual([7]);
  });

  it('moves goals between weak and missing with weakThreshold', () => {
    const strict = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.35, weakThreshold: 0.3 });
    expect(strict.goals[2]!.status).toBe('missing');
    expect(strict.expected.coreMissing).toEqual([3]);
    const lenient = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.2 });
    expect(lenient.goals[2]!.status).toBe('covered');
    expect(lenient.goals[2]!.programmes).toEqual(['PCAET-B']);
  });

  it('uses targetThreshold for target gaps', () => {
    const r = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.35, targetThreshold: 0.1 });
    expect(r.targetGaps.find((g) => g.goal === 3)!.targets.map((t) => t.target)).not.toContain('3.9');
  });

  it('scores a plan with scorePlan (the engine given, the plan as one collection), then reports it engine-free', () => {
    const seen: DocumentInput[][] = [];
    const engine = {
      scoreAll(docs: Iterable<DocumentInput>) {
        const list = [...docs];
        seen.push(list);
        const documents = list.map((doc) => {
          const text = typeof doc === 'string' ? doc : doc.text;
          return scoreResult(typeof doc === 'string' ? '1' : doc.id!, /vélo/.test(text) ? { 11: 0.6, 3: 0.3 } : { 7: 0.4 }, {}, {}, 0.5);
        });
        return { documents } as unknown as ReturnType<ReturnType<typeof createEngine>['scoreAll']>;
      },
    };
    const scored = scorePlan(engine, [
      { id: 'velo', title: 'Schéma cyclable', text: 'Créer 40 km de pistes vélo.' },
      { id: 'chaleur', text: 'Réseau de chaleur bois.', language: 'fr' },
    ]);
    const r = gapReport(scored, { framework: sdgFramework, planType: 'pdm' });
    expect(seen).toEqual([
      [
        { id: 'velo', title: 'Schéma cyclable', text: 'Créer 40 km de pistes vélo.' },
        { id: 'chaleur', text: 'Réseau de chaleur bois.', language: 'fr' },
      ],
    ]);
    // The scored text (title + "\n" + text) is kept for the report's excerpts.
    expect(scored.map((p) => p.text)).toEqual(['Schéma cyclable\nCréer 40 km de pistes vélo.', 'Réseau de chaleur bois.']);
    expect(r.thresholds).toEqual({ threshold: 0.5, weakThreshold: 0.25, targetThreshold: 0.5 });
    expect(r.programmes.map((p) => [p.id, p.title, p.goals])).toEqual([
      ['velo', 'Schéma cyclable', [11]],
      ['chaleur', undefined, []],
    ]);
    expect(r.goals[6]!.status).toBe('weak'); // 0.4 < 0.5
    expect(r.orphans).toEqual(['chaleur']);
  });

  it('rejects bad options with INVALID_OPTIONS naming the field', () => {
    const messages = [
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      {} as any,
      { planType: 'pcaet', expect: [3] },
      { expect: [0, 18] },
      { planType: 'pcaet', threshold: 1.4 },
      { planType: 'pcaet', threshold: 0.3, weakThreshold: 0.4 },
      { expect: [7], core: [3] },
      { planType: 'pcaet', core: [14] },
      { planType: 'pcaet', treshold: 0.3 },
    ].map((options) => {
      const error = thrown(() => gapReport(PCAET_RESULTS, { framework: sdgFramework, ...options }));
      expect(error.code).toBe('INVALID_OPTIONS');
      return error.message;
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "Invalid gap-report options: planType: give planType (an id, alias or PlanType) or expect (the expected goals)",
        "Invalid gap-report options: expect: give planType or expect, not both (use core to change the core goals of a plan type)",
        "Invalid gap-report options: expect[0]: Too small: expected number to be >=1; expect[1]: Too big: expected number to be <=17",
        "Invalid gap-report options: threshold: Too big: expected number to be <=1",
        "Invalid gap-report options: weakThreshold: weakThreshold must not exceed threshold",
        "Invalid gap-report options: core[0]: core goal 3 is not in expect",
        "Invalid gap-report options: core[0]: core goal 14 is not expected by pcaet",
        "Invalid gap-report options: treshold: unknown field",
      ]
    `);
  });

  it('throws UNKNOWN_PLAN_TYPE with suggestions, INVALID_INPUT for bad programmes', () => {
    expect(thrown(() => gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaett' })).code).toBe('UNKNOWN_PLAN_TYPE');
    const duplicate = thrown(() => gapReport([PCAET_RESULTS[0]!, PCAET_RESULTS[0]!], { framework: sdgFramework, planType: 'pcaet' }));
    expect(duplicate.code).toBe('INVALID_INPUT');
    expect(duplicate.message).toBe('Duplicate programme id "PCAET-A" at [1]: ids must be unique in a plan.');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const noId = thrown(() => scorePlan(createEngine(), [{ text: 'Plan vélo' } as any]));
    expect(noId.message).toBe('Invalid programme: [0].id: Invalid input: expected string, received undefined');
    // A text is not a scored programme: the report never scores.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(thrown(() => gapReport([{ id: 'a', text: 'Plan vélo' } as any], { framework: sdgFramework, planType: 'pcaet' })).message).toMatch(/score the plan first with scorePlan\(engine, programmes\)/);
  });

  it('reports every expected goal missing for an empty plan', () => {
    const r = gapReport([], { framework: sdgFramework, planType: 'pat', threshold: 0.35 });
    expect(r.expected.missing).toEqual([1, 2, 3, 8, 12, 13, 15]);
    expect(r.coverage).toBe(0);
    expect(r.concentration.value).toBeNull();
    expect(r.targetGaps.every((g) => g.targets.every((t) => t.closest === null))).toBe(true);
  });
});

describe('concentration', () => {
  it('is 1 / 0 when every label is on one goal, spread when labels are even', () => {
    expect(concentration([{ goals: [7] }, { goals: [7] }])).toMatchObject({ value: 1, top: [7], entropy: 0 });
    const even = concentration([{ goals: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] }]);
    expect(even.value).toBeCloseTo(2 / 17, 12);
    expect(even.entropy).toBeCloseTo(1, 12);
  });
});

describe('compareReports', () => {
  const before = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'pcaet', threshold: 0.35 });
  const after = gapReport(
    [
      ...PCAET_RESULTS.filter((r) => r.id !== 'PCAET-C'),
      scoreResult('PCAET-F', { 3: 0.58, 11: 0.4 }, { '3.9': 0.57, '11.6': 0.4 }),
      scoreResult('PCAET-G', { 9: 0.2, 7: 0.5 }, { '7.2': 0.5 }),
    ],
    { framework: sdgFramework, planType: 'pcaet', threshold: 0.35 },
  );
  const diff = compareReports(before, after);

  it('lists goals gained and lost', () => {
    expect(diff.goals.gained).toEqual([
      { goal: 3, from: 'weak', to: 'covered' },
      { goal: 9, from: 'missing', to: 'weak' },
    ]);
    expect(diff.goals.lost).toEqual([{ goal: 15, from: 'covered', to: 'missing' }]);
    expect(diff.goals.expectation).toEqual([]);
  });

  it('lists targets gained and lost, programmes added and removed, coverage delta', () => {
    expect(diff.targets.gained).toEqual(['3.9', '7.2', '11.6']);
    expect(diff.targets.lost).toEqual(['13.1', '15.2']);
    expect(diff.programmes).toEqual({ added: ['PCAET-F', 'PCAET-G'], removed: ['PCAET-C'] });
    expect(diff.coverage.before).toBeCloseTo(5.5 / 8, 12);
    expect(diff.coverage.after).toBeCloseTo(5.5 / 8, 12); // +3 covered, +9 weak, -15 covered
    expect(diff.coverage.delta).toBeCloseTo(0, 12);
  });

  it('puts goals whose expectation changed apart', () => {
    const other = gapReport(PCAET_RESULTS, { framework: sdgFramework, planType: 'plpdma', threshold: 0.35 });
    const change = compareReports(before, other);
    expect(change.planType).toEqual({ before: 'pcaet', after: 'plpdma' });
    expect(change.goals.expectation.map((c) => c.goal)).toEqual([2, 3, 7, 9, 15]);
    expect(change.goals.gained).toEqual([]);
  });

  it('rejects something that is not a gap report', () => {
    expect(thrown(() => compareReports({} as GapReport, after)).code).toBe('INVALID_INPUT');
  });
});

describe('gapReport with the engine on the French fixtures', () => {
  const engine = createEngine();
  const pcaet = frenchProgrammes().filter((row) => row.plan_type === 'pcaet');
  // The programmes the engine labels with a core goal of the PCAET (3, 7, 13), per goal.
  const labelledWith = (goal: number) => pcaet.filter((row) => engine.score(asProgramme(row)).labels.includes(goal as never));

  it('uses the fixture as described: 12 PCAET actions, 2 of them on goal 3', () => {
    expect(pcaet).toHaveLength(12);
    expect(pcaet.filter((row) => row.goals.includes(3)).map((r) => r.id)).toEqual(['PCAET-04', 'PCAET-05']);
  });

  it.each([7, 13])('reports core goal %i missing once the programmes the engine finds it in are left out, covered when one comes back', (goal) => {
    const serving = labelledWith(goal);
    expect(serving.length).toBeGreaterThan(0);
    const without = pcaet.filter((row) => !serving.includes(row));
    const missing = gapReport(scorePlan(engine, without.map(asProgramme)), { planType: 'pcaet' });
    expect(missing.goals[goal - 1]).toMatchObject({ goal, status: expect.stringMatching(/missing|weak/), core: true });
    expect([...missing.expected.coreMissing, ...missing.expected.coreWeak]).toContain(goal);
    const back = gapReport(scorePlan(engine, [...without, serving[0]!].map(asProgramme)), { planType: 'pcaet' });
    expect(back.goals[goal - 1]).toMatchObject({ goal, status: 'covered', programmes: [serving[0]!.id] });
    expect(back.coverage).toBeGreaterThan(missing.coverage);
  });

  it('compares the 2026 and 2027 versions of the Val d’Oise PCAET: programmes added and removed, goals gained', () => {
    const v2026 = gapReport(scorePlan(engine, markdownPlan('pcaet-valdoise-2026.md')), { planType: 'pcaet' });
    const v2027 = gapReport(scorePlan(engine, markdownPlan('pcaet-valdoise-2027.md')), { planType: 'pcaet' });
    // The 2027 version adds the air-quality action (A6.1): goal 3 gets closer to covered.
    expect(v2027.goals[2]!.best).toBeGreaterThan(v2026.goals[2]!.best);
    const diff = compareReports(v2026, v2027);
    expect(diff.programmes).toEqual({ added: ['A2.3', 'A6.1'], removed: ['A5.2'] });
    for (const change of diff.goals.gained) expect(v2027.goals[change.goal - 1]!.status).toBe(change.to);
    expect(Math.sign(diff.coverage.delta)).toBe(Math.sign(v2027.coverage - v2026.coverage));
  });

  it('carries evidence excerpts from the programme text for weak goals', () => {
    const report = gapReport(scorePlan(engine, pcaet.map(asProgramme)), { planType: 'pcaet', threshold: 0.9, weakThreshold: 0.2 });
    const weak = report.goals.filter((g) => g.status === 'weak');
    expect(weak.length).toBeGreaterThan(0);
    for (const goal of weak) {
      for (const e of goal.evidence!) {
        expect(e.matched.length).toBeGreaterThan(0);
        const row = pcaet.find((r) => r.id === e.programme)!;
        const words = e.excerpt!.replace(/…/g, '').trim();
        expect(`${row.title}\n${row.description}`.replace(/\s+/g, ' ')).toContain(words);
      }
    }
  });
});

describe('IdStore (the ids of a large plan, packed)', () => {
  it('gives every id back in input order across blocks and table growth, and finds duplicates in sealed blocks', () => {
    const store = new IdStore();
    // Short, long (a substring of a longer text, as a CSV field is), accented and astral ids.
    const ids = Array.from({ length: 5000 }, (_, i) =>
      i % 3 === 0 ? `A-${i}` : i % 3 === 1 ? `programme d'action n° ${i} — Écoquartier`.slice(0, 40) : `🌍${i}é`,
    );
    for (const [i, id] of ids.entries()) {
      expect(store.has(id)).toBe(false);
      expect(store.add(id)).toBe(i);
    }
    expect(store.add(ids[3]!)).toBe(-1);
    expect(store.length).toBe(5000);
    expect(Array.from({ length: store.length }, (_, i) => store.get(i))).toEqual(ids);
    for (const i of [0, 1023, 1024, 2047, 4999]) expect(store.has(ids[i]!)).toBe(true);
    expect(store.has('A-5001')).toBe(false);
    expect(store.has('')).toBe(false);
  });

  it('reads a slot of its table back only for a repeated id, almost never for a new one (fingerprints)', () => {
    const slots = memorySlots();
    let reads = 0;
    const counted = { ...slots, get: (slot: number) => (reads++, slots.get(slot)) };
    const store = new IdStore(new PackedStrings(), counted);
    for (let i = 0; i < 50_000; i++) expect(store.add(`D${String(i).padStart(7, '0')}`)).toBe(i);
    // 50,000 new ids, each visiting one or two used slots: a few reads in 65,535 visits at most.
    expect(reads).toBeLessThan(10);
    reads = 0;
    expect(store.add('D0031415')).toBe(-1);
    expect(store.has('D0049999')).toBe(true);
    expect(store.has('D0050000')).toBe(false);
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(reads).toBeLessThan(5);
  });

  it('a list whose sort runs failed to be written leaves nothing behind for the next list', () => {
    // 70,000 programmes for goal 7 (more than a sort run), one in two for goal 11; the run store
    // fails its first write, as a full disk would, then works again.
    let failing = true;
    const runs = (): RunBytes => {
      let data = new Uint8Array(0);
      return {
        write(bytes, position) {
          if (failing) {
            failing = false;
            throw new Error('ENOSPC (simulated)');
          }
          const larger = new Uint8Array(Math.max(data.length, position + bytes.length));
          larger.set(data);
          larger.set(bytes, position);
          data = larger;
        },
        read: (bytes, position) => bytes.set(data.subarray(position, position + bytes.length)),
        close: () => void (data = new Uint8Array(0)),
      };
    };
    const accumulator = createGapAccumulator({ framework: sdgFramework, expect: [7, 11] }, { sortRuns: runs });
    for (let i = 0; i < 70_000; i++) accumulator.add(scoreResult(`P${i}`, { 7: 0.9, ...(i % 2 ? { 11: 0.8 } : {}) }, {}));
    const report = accumulator.lazyReport();
    expect(() => [...report.goals[6]!.programmes]).toThrow('ENOSPC (simulated)');
    const goal11 = [...report.goals[10]!.programmes];
    expect(goal11).toHaveLength(35_000);
    expect(goal11.slice(0, 3)).toEqual(['P1', 'P10001', 'P10003']);
    expect(new Set([...report.goals[6]!.programmes]).size).toBe(70_000);
  });

  it('refuses a slot map whose rebuild window is not a whole number ≥ 1', () => {
    for (const rebuildWindow of [0, Number.NaN, 1.5, -2]) {
      expect(() => new IdStore(new PackedStrings(), { ...memorySlots(), rebuildWindow, setRange: () => {} })).toThrow(`rebuildWindow must be a whole number ≥ 1, got ${rebuildWindow}`);
    }
  });

  it('hands a table rebuilt after growth to a windowed slot map by windows, never as a whole table', () => {
    const slots = memorySlots();
    const ranges: number[][] = [];
    let sets = 0;
    let size = 0;
    const windowed = {
      ...slots,
      rebuildWindow: 1024,
      reset: (n: number) => ((size = n), slots.reset(n)),
      set: (slot: number, index: number) => (sets++, slots.set(slot, index)),
      setRange: (from: number, indexes: Int32Array) => {
        ranges.push([from, indexes.length]);
        indexes.forEach((index, k) => slots.set(from + k, index));
      },
    };
    const store = new IdStore(new PackedStrings(), windowed);
    const id = (i: number) => `W${(i * 7919) % 100_003}`;
    for (let i = 0; i < 10_000; i++) expect(store.add(id(i))).toBe(i);
    // Growths at 1,025, 2,049, 4,097 and 8,193 ids: tables of 4,096 to 32,768 slots, by windows of 1,024.
    expect(size).toBe(32_768);
    expect(Math.max(...ranges.map(([, n]) => n!))).toBe(1024);
    // The last growth: 32 windows, in order, covering the table.
    expect(ranges.slice(-32).map(([from]) => from)).toEqual(Array.from({ length: 32 }, (_, k) => k * 1024));
    // One `set` per id placed between growths, none while a table is rebuilt.
    expect(sets).toBe(10_000 - 4);
    for (const i of [0, 1024, 1025, 4096, 8192, 9999]) expect(store.add(id(i))).toBe(-1);
    expect(store.has(id(10_000))).toBe(false);
  });

  it('the gap report refuses a duplicate id far from its first occurrence', () => {
    const results = Array.from({ length: 3000 }, (_, i) => scoreResult(`P${i}`, { 7: 0.9 }, {}));
    results.push(scoreResult('P12', { 7: 0.9 }, {}));
    expect(thrown(() => gapReport(results, { framework: sdgFramework, expect: [7] })).message).toBe('Duplicate programme id "P12" at [3000]: ids must be unique in a plan.');
    const report = gapReport(results.slice(0, 3000), { framework: sdgFramework, expect: [7] });
    expect(report.goals[6]!.programmes.slice(0, 3)).toEqual(['P0', 'P1', 'P10']);
    expect(report.programmes.at(-1)!.id).toBe('P2999');
  });

  it('shares its id store with the reader that filled it ahead: the same report, the ids kept once', () => {
    const results = Array.from({ length: 3000 }, (_, i) => scoreResult(`P${i}`, { 7: (i % 7) / 7, 11: 0.5 }, {}));
    const ids = new IdStore();
    for (const r of results.slice(0, 2000)) ids.add(r.id); // a reader ahead of the scoring
    const shared = createGapAccumulator({ framework: sdgFramework, expect: [7, 11] }, { ids });
    for (const r of results) shared.add(r);
    expect(ids.length).toBe(3000);
    expect(JSON.stringify(shared.report())).toBe(JSON.stringify(gapReport(results, { framework: sdgFramework, expect: [7, 11] })));
    const wrong = createGapAccumulator({ framework: sdgFramework, expect: [7] }, { ids });
    expect(() => wrong.add(results[1]!)).toThrow('gap report: programme [0] is "P1", its shared id store holds "P0"');
  });

  it('a lazy report is a snapshot: programmes added after it show in none of its lists', () => {
    const accumulator = createGapAccumulator({ framework: sdgFramework, expect: [7] });
    accumulator.add(scoreResult('A', { 7: 0.9 }));
    accumulator.add(scoreResult('O1', { 7: 0.1 }));
    const lazy = accumulator.lazyReport();
    accumulator.add(scoreResult('B', { 7: 0.95 }));
    accumulator.add(scoreResult('O2', { 7: 0.2 }));
    expect([...lazy.goals[6]!.programmes]).toEqual(['A']);
    expect([...lazy.orphans]).toEqual(['O1']);
    expect([...lazy.programmes].map((p) => p.id)).toEqual(['A', 'O1']);
    expect(accumulator.report().goals[6]!.programmes).toEqual(['B', 'A']);
  });
});
