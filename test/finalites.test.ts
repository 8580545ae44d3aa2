import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FINALITE_DATA, FINALITE_LINK_DATA, type FinaliteLinkRecord, type FinaliteRecord } from '../src/finalites/data.js';
import {
  coverageByFinalite,
  FINALITE_IDS,
  finaliteLinks,
  finalites,
  finalitesOfGoal,
  findFinalite,
  getFinalite,
  goalsOfFinalite,
} from '../src/finalites/index.js';
import { getPlanType } from '../src/plans/index.js';
import { findTarget } from '../src/taxonomy/index.js';
import { thrown } from './helpers/errors.js';

// ---------------------------------------------------------------------------------------------
// Schema of the hand-written data (kept in the test: the data is static, checked once here).

/** Non-empty, trimmed, NFC, ASCII apostrophe (the project's text convention). */
const text = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), 'must be trimmed')
  .refine((s) => s === s.normalize('NFC'), 'must be NFC')
  .refine((s) => !s.includes('\u2019'), "must use the ASCII apostrophe (')");

/** A French sentence: some accent-free French function words must be there (an English note fails). */
const FRENCH_WORDS = /\b(?:le|la|les|des|du|de|et|est|une?|aux?|pour|qui|sont)\b/gi;
const frenchNote = text.refine((s) => (s.match(FRENCH_WORDS)?.length ?? 0) >= 3, 'must be written in French');

const finaliteSchema = z.strictObject({
  id: z.enum(FINALITE_IDS),
  number: z.number().int().min(1).max(5),
  fr: text,
  frLegal: text.refine((s) => !/[;.]$/.test(s), 'no final « ; » or « . »'),
  en: text,
  earlier: z.array(
    z.strictObject({
      frLegal: text,
      until: z.iso.date(),
      replacedBy: text.regex(/^loi n° \d{4}-\d+ du /, 'names the law'),
    }),
  ),
});

const linkSchema = z
  .strictObject({
    goal: z.number().int().min(1).max(17),
    finalite: z.enum(FINALITE_IDS),
    strength: z.enum(['primary', 'secondary']),
    targets: z.array(z.string()).min(1),
    provenance: z.strictObject({
      kind: z.enum(['published', 'judgement']),
      source: text.optional(),
      note: frenchNote,
    }),
  })
  .superRefine((link, ctx) => {
    if (link.provenance.kind === 'published' && !link.provenance.source) {
      ctx.addIssue({ code: 'custom', path: ['provenance', 'source'], message: 'a published link names its source' });
    }
    if (link.provenance.kind === 'judgement' && link.provenance.source !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['provenance', 'source'], message: 'a judgement link has no source' });
    }
    link.targets.forEach((id, i) => {
      const target = findTarget(id);
      if (!target || target.id !== id || target.goal !== link.goal) {
        ctx.addIssue({ code: 'custom', path: ['targets', i], message: `${id} is not a target of goal ${link.goal}` });
      }
    });
  });

const crosswalkSchema = z
  .strictObject({ finalites: z.array(finaliteSchema).length(5), links: z.array(linkSchema) })
  .superRefine(({ finalites: list, links }, ctx) => {
    list.forEach((f, i) => {
      if (f.number !== i + 1) ctx.addIssue({ code: 'custom', path: ['finalites', i, 'number'], message: `expected ${i + 1}` });
      if (f.id !== FINALITE_IDS[i]) ctx.addIssue({ code: 'custom', path: ['finalites', i, 'id'], message: `expected ${FINALITE_IDS[i]}` });
    });
    const pairs = new Set<string>();
    links.forEach((l, i) => {
      const pair = `${l.goal}/${l.finalite}`;
      if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['links', i], message: `duplicate link ${pair}` });
      pairs.add(pair);
    });
    for (let goal = 1; goal <= 17; goal++) {
      if (!links.some((l) => l.goal === goal && l.strength === 'primary')) {
        ctx.addIssue({ code: 'custom', path: ['links'], message: `goal ${goal} has no primary finalité` });
      }
    }
    for (const id of FINALITE_IDS) {
      if (!links.some((l) => l.finalite === id && l.strength === 'primary')) {
        ctx.addIssue({ code: 'custom', path: ['links'], message: `finalité ${id} is no goal's primary finalité` });
      }
    }
  });

const issuesOf = (finalitesData: readonly FinaliteRecord[], links: readonly FinaliteLinkRecord[]): string[] => {
  const result = crosswalkSchema.safeParse({ finalites: finalitesData, links });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const link = (goal: number, finalite: string): FinaliteLinkRecord => {
  const found = FINALITE_LINK_DATA.find((l) => l.goal === goal && l.finalite === finalite);
  if (!found) throw new Error(`no link ${goal}/${finalite}`);
  return found;
};

describe('finalités data', () => {
  it('satisfies the schema: 5 finalités 1–5, NFC texts, every goal with a primary link, no duplicate pair, French notes', () => {
    expect(issuesOf(FINALITE_DATA, FINALITE_LINK_DATA)).toEqual([]);
  });

  it('the schema rejects broken data', () => {
    const [first, ...rest] = FINALITE_DATA;
    const nfd = [{ ...first!, fr: 'Biodiversité'.normalize('NFD') }, ...rest];
    expect(issuesOf(nfd, FINALITE_LINK_DATA)).toEqual(['finalites.0.fr: must be NFC']);

    expect(issuesOf(FINALITE_DATA.slice(0, 4), FINALITE_LINK_DATA)).toEqual([expect.stringMatching(/^finalites: .*5/)]);

    const without13 = FINALITE_LINK_DATA.filter((l) => l.goal !== 13);
    expect(issuesOf(FINALITE_DATA, without13)).toEqual(['links: goal 13 has no primary finalité']);

    const duplicate = [...FINALITE_LINK_DATA, { ...link(7, 'climat'), strength: 'secondary' as const }];
    expect(issuesOf(FINALITE_DATA, duplicate)).toEqual([`links.${FINALITE_LINK_DATA.length}: duplicate link 7/climat`]);

    const published = FINALITE_LINK_DATA.map((l) => (l === link(6, 'biodiversite') ? { ...l, provenance: { ...l.provenance, kind: 'published' as const } } : l));
    expect(issuesOf(FINALITE_DATA, published)).toEqual([`links.${FINALITE_LINK_DATA.indexOf(link(6, 'biodiversite'))}.provenance.source: a published link names its source`]);

    const english = FINALITE_LINK_DATA.map((l) => (l === link(14, 'biodiversite') ? { ...l, provenance: { ...l.provenance, note: 'Protecting seas and coasts preserves biodiversity.' } } : l));
    expect(issuesOf(FINALITE_DATA, english)).toEqual([`links.${FINALITE_LINK_DATA.indexOf(link(14, 'biodiversite'))}.provenance.note: must be written in French`]);

    const wrongTarget = FINALITE_LINK_DATA.map((l) => (l === link(13, 'climat') ? { ...l, targets: ['13.1', '7.2'] } : l));
    expect(issuesOf(FINALITE_DATA, wrongTarget)).toEqual([`links.${FINALITE_LINK_DATA.indexOf(link(13, 'climat'))}.targets.1: 7.2 is not a target of goal 13`]);
  });

  it('has the legal wordings of article L. 110-1, III, and the earlier wordings of the 2° and the 5°', () => {
    expect(finalites.map((f) => [f.number, f.id, f.frLegal])).toEqual([
      [1, 'climat', 'La lutte contre le changement climatique'],
      [
        2,
        'biodiversite',
        "La préservation de la biodiversité, des milieux, des ressources ainsi que la sauvegarde des services qu'ils fournissent et des usages qui s'y rattachent",
      ],
      [3, 'cohesion', 'La cohésion sociale et la solidarité entre les territoires et les générations'],
      [4, 'epanouissement', "L'épanouissement de tous les êtres humains"],
      [5, 'economie-circulaire', 'La transition vers une économie circulaire'],
    ]);
    expect(getFinalite('economie-circulaire').earlier.map((e) => [e.frLegal, e.until])).toEqual([
      ['Une dynamique de développement suivant des modes de production et de consommation responsables', '2015-08-18'],
    ]);
    expect(getFinalite('biodiversite').earlier.map((e) => e.until)).toEqual(['2016-08-09']);
    expect(['climat', 'cohesion', 'epanouissement'].map((id) => getFinalite(id).earlier.length)).toEqual([0, 0, 0]);
    expect(getFinalite('cohesion').en).toBe('Social cohesion and solidarity between territories and between generations');
  });

  it('says that every link is judgement: no published table could be consulted', () => {
    expect(finaliteLinks.every((l) => l.provenance.kind === 'judgement')).toBe(true);
    expect(finaliteLinks.every((l) => l.provenance.note.startsWith('Jugement du projet.'))).toBe(true);
    expect(finaliteLinks).toHaveLength(33);
    expect(finaliteLinks.filter((l) => l.strength === 'primary')).toHaveLength(18);
  });

  it('is browser-safe: the module imports nothing from node:', () => {
    for (const file of ['index.ts', 'data.ts']) {
      const source = readFileSync(new URL(`../src/finalites/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/from\s+['"]node:/);
    }
  });
});

describe('getFinalite / findFinalite', () => {
  it('finds a finalité by slug, number or numeric string', () => {
    expect(getFinalite('cohesion').number).toBe(3);
    expect(getFinalite(' Climat ').id).toBe('climat');
    expect(getFinalite(5).id).toBe('economie-circulaire');
    expect(getFinalite('2').id).toBe('biodiversite');
    expect(finalites.map((f) => f.id)).toEqual([...FINALITE_IDS]);
    expect(findFinalite('social')).toBeUndefined();
    expect(findFinalite(0)).toBeUndefined();
    expect(findFinalite(2.5)).toBeUndefined();
  });

  it('throws UNKNOWN_FINALITE for an unknown id or number', () => {
    const error = thrown(() => getFinalite('economie'));
    expect(error.code).toBe('UNKNOWN_FINALITE');
    expect(error.message).toContain('"economie-circulaire"');
    expect(error.details).toEqual({ finalite: 'economie', known: [...FINALITE_IDS] });
    expect(thrown(() => getFinalite(6)).code).toBe('UNKNOWN_FINALITE');
    expect(thrown(() => getFinalite('')).code).toBe('UNKNOWN_FINALITE');
  });
});

describe('finalitesOfGoal', () => {
  it('gives the links of a goal, primary first, then by finalité number', () => {
    expect(finalitesOfGoal(8).map((l) => [l.finalite, l.strength])).toEqual([
      ['cohesion', 'primary'],
      ['economie-circulaire', 'primary'],
      ['epanouissement', 'secondary'],
    ]);
    expect(finalitesOfGoal('13').map((l) => [l.finalite, l.strength])).toEqual([['climat', 'primary']]);
    const water = finalitesOfGoal(6);
    expect(water.map((l) => l.finalite)).toEqual(['biodiversite', 'epanouissement']);
    expect(water[1]!.targets).toEqual(['6.1', '6.2']);
  });

  it('gives every goal at least one primary finalité', () => {
    for (let goal = 1; goal <= 17; goal++) expect(finalitesOfGoal(goal)[0]!.strength, `goal ${goal}`).toBe('primary');
  });

  it('throws UNKNOWN_GOAL for a bad goal', () => {
    expect(thrown(() => finalitesOfGoal(18)).code).toBe('UNKNOWN_GOAL');
    expect(thrown(() => finalitesOfGoal(0)).code).toBe('UNKNOWN_GOAL');
  });
});

describe('goalsOfFinalite', () => {
  it('groups the goals of a finalité, by strength', () => {
    expect(goalsOfFinalite('climat')).toEqual([7, 11, 13, 15]);
    expect(goalsOfFinalite('climat', { strength: 'primary' })).toEqual([7, 13]);
    expect(goalsOfFinalite(1, { strength: 'secondary' })).toEqual([11, 15]);
    expect(goalsOfFinalite('biodiversite', { strength: 'primary' })).toEqual([6, 14, 15]);
    expect(goalsOfFinalite('cohesion', { strength: 'primary' })).toEqual([1, 5, 8, 10, 11, 16, 17]);
    expect(goalsOfFinalite('epanouissement', { strength: 'primary' })).toEqual([2, 3, 4]);
    expect(goalsOfFinalite('economie-circulaire', { strength: 'primary' })).toEqual([8, 9, 12]);
  });

  it('puts every goal under at least one finalité as primary', () => {
    const primaryGoals = new Set(FINALITE_IDS.flatMap((id) => goalsOfFinalite(id, { strength: 'primary' })));
    expect([...primaryGoals].sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('throws UNKNOWN_FINALITE and INVALID_OPTIONS', () => {
    expect(thrown(() => goalsOfFinalite('planete')).code).toBe('UNKNOWN_FINALITE');
    const error = thrown(() => goalsOfFinalite('climat', { strength: 'main' as never }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toContain('"main"');
  });
});

describe('coverageByFinalite', () => {
  // A PCAET whose programmes cover energy (7), cities (11), climate (13) and land (15), given in
  // any order with a repeat.
  const PCAET_COVERED = [15, 7, 13, 11, 7];

  it('groups a PCAET covering 7, 11, 13, 15 by finalité, over all 17 goals', () => {
    const coverage = coverageByFinalite(PCAET_COVERED);
    expect(coverage.map((c) => c.finalite)).toEqual([...FINALITE_IDS]);
    const [climat, biodiversite, cohesion, epanouissement, circulaire] = coverage;
    expect(climat).toEqual({
      finalite: 'climat',
      number: 1,
      fr: 'Lutte contre le changement climatique',
      goals: [7, 11, 13, 15],
      primary: [7, 13],
      covered: [7, 11, 13, 15],
      missing: [],
      share: 1,
    });
    expect(biodiversite).toMatchObject({ goals: [2, 6, 11, 12, 14, 15], primary: [6, 14, 15], covered: [11, 15], missing: [2, 6, 12, 14] });
    expect(biodiversite!.share).toBeCloseTo(2 / 6, 12);
    expect(cohesion).toMatchObject({ goals: [1, 3, 4, 5, 7, 8, 9, 10, 11, 16, 17], covered: [7, 11] });
    expect(cohesion!.share).toBeCloseTo(2 / 11, 12);
    expect(epanouissement).toMatchObject({ goals: [1, 2, 3, 4, 5, 6, 8, 16], covered: [], share: 0 });
    expect(circulaire).toMatchObject({ goals: [2, 8, 9, 12], covered: [], missing: [2, 8, 9, 12], share: 0 });
  });

  it('counts only the expected goals of the plan type when given', () => {
    const expected = getPlanType('pcaet').goals; // [2, 3, 7, 9, 11, 12, 13, 15]
    expect(expected).toEqual([2, 3, 7, 9, 11, 12, 13, 15]);
    const coverage = coverageByFinalite(PCAET_COVERED, expected);
    expect(coverage.map((c) => [c.finalite, c.goals, c.covered, c.share])).toEqual([
      ['climat', [7, 11, 13, 15], [7, 11, 13, 15], 1],
      ['biodiversite', [2, 11, 12, 15], [11, 15], 0.5],
      ['cohesion', [3, 7, 9, 11], [7, 11], 0.5],
      ['epanouissement', [2, 3], [], 0],
      ['economie-circulaire', [2, 9, 12], [], 0],
    ]);
  });

  it('counts primary links only when asked, and gives null for a finalité with nothing expected', () => {
    const primary = coverageByFinalite(PCAET_COVERED, undefined, { strength: 'primary' });
    expect(primary.map((c) => [c.finalite, c.goals, c.covered])).toEqual([
      ['climat', [7, 13], [7, 13]],
      ['biodiversite', [6, 14, 15], [15]],
      ['cohesion', [1, 5, 8, 10, 11, 16, 17], [11]],
      ['epanouissement', [2, 3, 4], []],
      ['economie-circulaire', [8, 9, 12], []],
    ]);
    // A plan expected to serve energy and climate only: three finalités have nothing to cover.
    const narrow = coverageByFinalite([7], [7, 13], { strength: 'primary' });
    expect(narrow.map((c) => [c.finalite, c.goals, c.missing, c.share])).toEqual([
      ['climat', [7, 13], [13], 0.5],
      ['biodiversite', [], [], null],
      ['cohesion', [], [], null],
      ['epanouissement', [], [], null],
      ['economie-circulaire', [], [], null],
    ]);
    expect(coverageByFinalite([], []).every((c) => c.share === null)).toBe(true);
    expect(coverageByFinalite([]).every((c) => c.share === 0 && c.covered.length === 0)).toBe(true);
  });

  it('is pure: the same input gives the same output, the input is untouched', () => {
    const input = [...PCAET_COVERED];
    expect(coverageByFinalite(input)).toEqual(coverageByFinalite([7, 11, 13, 15]));
    expect(input).toEqual(PCAET_COVERED);
  });

  it('rejects goals outside 1–17 and bad arguments', () => {
    const error = thrown(() => coverageByFinalite([7, 18]));
    expect(error.code).toBe('UNKNOWN_GOAL');
    expect(error.message).toContain('coveredGoals[1]');
    expect(thrown(() => coverageByFinalite([7], [0])).message).toContain('expectedGoals[0]');
    expect(thrown(() => coverageByFinalite(['7' as never])).code).toBe('UNKNOWN_GOAL');
    expect(thrown(() => coverageByFinalite(7 as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => coverageByFinalite([7], undefined, { strength: 'both' as never })).code).toBe('INVALID_OPTIONS');
  });
});
