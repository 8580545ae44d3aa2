import { describe, expect, it } from 'vitest';
import {
  GOAL_NUMBERS,
  SdgAlignError,
  TARGET_ID_PATTERN,
  findGoal,
  findTarget,
  getGoal,
  getTarget,
  goalOfTarget,
  goals,
  isSdgAlignError,
  targets,
  targetsOf,
} from '../src/index.js';
import { taxonomySchema } from '../src/taxonomy/schema.js';

/** Targets per goal in A/RES/70/1 (numbered and lettered together). */
const TARGET_COUNTS = [7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19];

/** Official colours from the UN SDG communications guidelines (goal 1 to 17). */
const OFFICIAL_COLOURS = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];

const isNfcText = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0 && s === s.normalize('NFC');

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('goals', () => {
  it('holds the 17 goals in order', () => {
    expect(goals).toHaveLength(17);
    expect(goals.map((g) => g.goal)).toEqual([...Array(17).keys()].map((i) => i + 1));
    expect(GOAL_NUMBERS).toEqual(goals.map((g) => g.goal));
  });

  it('has non-empty English and French short titles and titles in NFC', () => {
    for (const g of goals) {
      for (const text of [g.en.short, g.en.title, g.fr.short, g.fr.title]) {
        expect(isNfcText(text), `goal ${g.goal}: ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });

  it('carries the official UN colours', () => {
    expect(goals.map((g) => g.colour.toUpperCase())).toEqual(OFFICIAL_COLOURS);
    for (const g of goals) expect(g.colour).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('has the UN wording', () => {
    expect(goals[5]?.en.short).toBe('Clean water and sanitation');
    expect(goals[5]?.fr.short).toBe('Eau propre et assainissement');
    expect(goals[12]?.en.title).toBe('Take urgent action to combat climate change and its impacts');
  });

  it('passes taxonomySchema together with the targets', () => {
    const result = taxonomySchema().safeParse({ goals, targets });
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('is rejected by taxonomySchema when a text is not NFC or a colour is malformed', () => {
    const nfd = goals.map((g, i) => (i === 0 ? { ...g, fr: { ...g.fr, short: g.fr.short.normalize('NFD') } } : g));
    expect(taxonomySchema().safeParse({ goals: nfd, targets }).success).toBe(false);
    const badColour = goals.map((g, i) => (i === 0 ? { ...g, colour: 'red' } : g));
    expect(taxonomySchema().safeParse({ goals: badColour, targets }).success).toBe(false);
    expect(taxonomySchema().safeParse({ goals: goals.slice(1), targets }).success).toBe(false);
  });
});

describe('targets', () => {
  it('holds the 169 targets', () => {
    expect(targets).toHaveLength(169);
  });

  it('has the official number of targets per goal', () => {
    const counts = GOAL_NUMBERS.map((n) => targets.filter((t) => t.goal === n).length);
    expect(counts).toEqual(TARGET_COUNTS);
    expect(TARGET_COUNTS.reduce((a, b) => a + b, 0)).toBe(169);
  });

  it('has unique, well-formed ids whose prefix is the goal', () => {
    expect(new Set(targets.map((t) => t.id)).size).toBe(169);
    for (const t of targets) {
      expect(t.id).toMatch(TARGET_ID_PATTERN);
      expect(Number(t.id.split('.')[0])).toBe(t.goal);
    }
  });

  it('is in UN order: goal by goal, numbered targets before lettered ones', () => {
    const rank = (id: string): [number, number] => {
      const [goal = '', sub = ''] = id.split('.');
      return [Number(goal), /^\d+$/.test(sub) ? Number(sub) : 100 + sub.charCodeAt(0)];
    };
    for (let i = 1; i < targets.length; i++) {
      const [g0, s0] = rank(targets[i - 1]!.id);
      const [g1, s1] = rank(targets[i]!.id);
      expect(g1 > g0 || (g1 === g0 && s1 > s0), `${targets[i - 1]!.id} before ${targets[i]!.id}`).toBe(true);
    }
  });

  it('has non-empty English and French texts in NFC', () => {
    for (const t of targets) {
      expect(isNfcText(t.en), `${t.id} en`).toBe(true);
      expect(isNfcText(t.fr), `${t.id} fr`).toBe(true);
    }
  });

  it('each target passes targetSchema via taxonomySchema, and a bad id fails', () => {
    const broken = targets.map((t, i) => (i === 0 ? { ...t, id: '18.1' } : t));
    expect(taxonomySchema().safeParse({ goals, targets: broken }).success).toBe(false);
  });
});

describe('getGoal', () => {
  it('returns a goal by number or numeric string', () => {
    expect(getGoal(7).goal).toBe(7);
    expect(getGoal('7')).toBe(getGoal(7));
    expect(getGoal(' 17 ').en.short).toBe('Partnerships for the goals');
    expect(getGoal(1).fr.short).toBe('Pas de pauvreté');
  });

  it.each([0, 18, -1, 1.5, Number.NaN, '', 'seven', '7a'])('throws UNKNOWN_GOAL for %j', (bad) => {
    const error = thrown(() => getGoal(bad as number));
    expect(error).toBeInstanceOf(SdgAlignError);
    expect(isSdgAlignError(error)).toBe(true);
    expect((error as SdgAlignError).code).toBe('UNKNOWN_GOAL');
    expect((error as SdgAlignError).details).toEqual({ goal: bad });
  });

  it('says which goal and what is valid', () => {
    expect(() => getGoal(18)).toThrowErrorMatchingInlineSnapshot(
      `[SdgAlignError: Unknown goal 18: goals are numbered 1 to 17.]`,
    );
    expect(() => getGoal('ODD 6')).toThrowErrorMatchingInlineSnapshot(
      `[SdgAlignError: Unknown goal "ODD 6": goals are numbered 1 to 17.]`,
    );
  });
});

describe('findGoal', () => {
  it('returns the goal for 1 to 17', () => {
    for (const n of GOAL_NUMBERS) expect(findGoal(n)?.goal).toBe(n);
    expect(findGoal('13')?.en.short).toBe('Climate action');
  });

  it.each([0, 18, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '', ' ', 'x', '6.a'])('returns undefined for %j', (bad) => {
    expect(findGoal(bad as number)).toBeUndefined();
  });
});

describe('getTarget', () => {
  it('returns a target by id', () => {
    expect(getTarget('6.2').goal).toBe(6);
    expect(getTarget('17.19').en).toMatch(/^By 2030, build on existing initiatives/);
    expect(getTarget('1.1').fr).toContain('1,25 dollar');
  });

  it('accepts surrounding spaces and upper-case letters', () => {
    expect(getTarget(' 6.A ')).toBe(getTarget('6.a'));
    expect(getTarget(' 6.A ').id).toBe('6.a');
  });

  it.each(['6.z', '18.1', '6', '6.', '.2', '', '6,2', 'ODD 6.2', '6.20'])('throws UNKNOWN_TARGET for %j', (bad) => {
    const error = thrown(() => getTarget(bad));
    expect(error).toBeInstanceOf(SdgAlignError);
    expect((error as SdgAlignError).code).toBe('UNKNOWN_TARGET');
    expect((error as SdgAlignError).details).toEqual({ target: bad });
  });

  it('says which id and what ids look like', () => {
    expect(() => getTarget('6.z')).toThrowErrorMatchingInlineSnapshot(
      `[SdgAlignError: Unknown target "6.z": target ids look like "6.2" or "6.a" (169 targets).]`,
    );
  });
});

describe('findTarget', () => {
  it('finds every target by its own id', () => {
    for (const t of targets) expect(findTarget(t.id)).toBe(t);
  });

  it('normalises case and spaces', () => {
    expect(findTarget('11.B')?.id).toBe('11.b');
    expect(findTarget('\t13.1\n')?.id).toBe('13.1');
  });

  it.each(['6.z', '18.1', '0.1', '', '   ', '6.2.1', '6-2'])('returns undefined for %j', (bad) => {
    expect(findTarget(bad)).toBeUndefined();
  });

  it('returns undefined for a non-string', () => {
    expect(findTarget(6.2 as unknown as string)).toBeUndefined();
    expect(findTarget(undefined as unknown as string)).toBeUndefined();
  });
});

describe('targetsOf', () => {
  it('returns the targets of a goal in UN order', () => {
    expect(targetsOf(6).map((t) => t.id)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
    expect(targetsOf('7').map((t) => t.id)).toEqual(['7.1', '7.2', '7.3', '7.a', '7.b']);
  });

  it('partitions the 169 targets', () => {
    const all = GOAL_NUMBERS.flatMap((n) => targetsOf(n));
    expect(all).toEqual([...targets]);
    expect(GOAL_NUMBERS.map((n) => targetsOf(n).length)).toEqual(TARGET_COUNTS);
  });

  it('throws UNKNOWN_GOAL for a goal that does not exist', () => {
    expect(() => targetsOf(18)).toThrow(SdgAlignError);
    expect((thrown(() => targetsOf(0)) as SdgAlignError).code).toBe('UNKNOWN_GOAL');
  });
});

describe('goalOfTarget', () => {
  it('gives the goal number of a target id', () => {
    expect(goalOfTarget('6.a')).toBe(6);
    expect(goalOfTarget('17.19')).toBe(17);
    expect(goalOfTarget(' 11.B ')).toBe(11);
    for (const t of targets) expect(goalOfTarget(t.id)).toBe(t.goal);
  });

  it('throws UNKNOWN_TARGET for an unknown id', () => {
    const error = thrown(() => goalOfTarget('99.1'));
    expect(isSdgAlignError(error) && error.code).toBe('UNKNOWN_TARGET');
    expect(() => goalOfTarget('99.1')).toThrowErrorMatchingInlineSnapshot(
      `[SdgAlignError: Unknown target "99.1": target ids look like "6.2" or "6.a" (169 targets).]`,
    );
  });
});

describe('indicators', () => {
  it('ships the UN indicators of each target, in English and French, without the obsolete ones', async () => {
    const { getTarget, indicators, findIndicator } = await import('../src/taxonomy/index.js');
    expect(indicators.length).toBe(248);
    expect(getTarget('6.1').indicators.map((i) => i.id)).toEqual(['6.1.1']);
    expect(getTarget('6.1').indicators[0]!.fr).toMatch(/^Proportion de la population utilisant des services d’alimentation en eau potable gérés en toute sécurité/);
    expect(findIndicator('1.a.3')).toBeUndefined(); // obsolete
    expect(findIndicator('11.5.3')!.fr).toBeNull(); // English only
    for (const i of indicators) expect(i.en === i.en.normalize('NFC') && (i.fr === null || i.fr === i.fr.normalize('NFC'))).toBe(true);
  });
});
