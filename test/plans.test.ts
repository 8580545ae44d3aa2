import { describe, expect, it } from 'vitest';
import {
  createPlanTypeRegistry,
  detectPlanType,
  editDistance,
  findPlanType,
  getPlanType,
  planTypeRecordSchema,
  planTypes,
} from '../src/plans/index.js';
import { PLAN_TYPE_DATA } from '../src/plans/plan-types.generated.js';
import { thrown } from './helpers/errors.js';

describe('plan-type data', () => {
  // Validated here, not at import: see the comment on planTypeRecordSchema.
  it('every generated record satisfies planTypeRecordSchema', () => {
    const issues = PLAN_TYPE_DATA.flatMap((record) => planTypeRecordSchema().safeParse(record).error?.issues ?? []);
    expect(issues).toEqual([]);
  });

  it('has 50 types with unique ids', () => {
    expect(planTypes).toHaveLength(50);
    expect(new Set(planTypes.map((t) => t.id)).size).toBe(50);
  });

  it('rejects a record whose core goal is not among its goals', () => {
    const pcaet = PLAN_TYPE_DATA[0]!;
    const result = planTypeRecordSchema().safeParse({ ...pcaet, sdgs_core: [3, 7, 14] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i: { path: readonly PropertyKey[] }) => i.path.join('.'))).toContain('sdgs_core.2');
  });
});

describe('planTypes links', () => {
  it('gives every expected goal of the PCAET with core flag and provenance', () => {
    const pcaet = getPlanType('pcaet');
    expect(pcaet.links.map((l) => l.goal)).toEqual([2, 3, 7, 9, 11, 12, 13, 15]);
    expect(pcaet.links.filter((l) => l.core).map((l) => l.goal)).toEqual([3, 7, 13]);
    const goal13 = pcaet.links.find((l) => l.goal === 13)!;
    expect(goal13.kind).toBe('cited');
    expect(goal13.provenance).toMatch(/^cited: Comité 21, Infos 21 n°198/);
    expect(pcaet.links.find((l) => l.goal === 3)).toEqual({ goal: 3, core: true, provenance: 'judgement', kind: 'judgement' });
  });

  it('says that most links are judgement', () => {
    const links = planTypes.flatMap((t) => t.links);
    const judgement = links.filter((l) => l.kind === 'judgement').length;
    expect(judgement / links.length).toBeGreaterThan(0.5);
    // Every type lists a link for each of its goals, in goal order.
    for (const t of planTypes) expect(t.links.map((l) => l.goal)).toEqual(t.goals);
  });

  it('holds the goal list once: goals and coreGoals are views of links, left out of a spread or JSON', () => {
    const pcaet = getPlanType('pcaet');
    expect(pcaet.goals).toEqual([2, 3, 7, 9, 11, 12, 13, 15]);
    expect(pcaet.coreGoals).toEqual([3, 7, 13]);
    expect(pcaet.goals).toBe(pcaet.goals); // computed once
    expect(Object.isFrozen(pcaet) && Object.isFrozen(pcaet.goals)).toBe(true);
    const json = JSON.parse(JSON.stringify(pcaet)) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain('goals');
    expect(Object.keys(json).filter((k) => /_/.test(k))).toEqual([]); // one casing: camelCase
    expect(json.nameFr).toBe('Plan climat-air-énergie territorial');
    expect(json.legalBasis).toMatch(/^Code de l'environnement/);
  });
});

describe('getPlanType', () => {
  it.each([
    ['pcaet'],
    ['PCAET'],
    ['Plan climat-air-énergie territorial'],
    ['plan climat air energie'],
    ['  PLAN   CLIMAT–AIR–ÉNERGIE  '],
    ['PCET'],
    ['Territorial climate-air-energy plan'],
  ])('finds pcaet from %j', (query) => {
    expect(getPlanType(query).id).toBe('pcaet');
  });

  it.each([
    ['plui-h', 'plui'],
    ['PLUi', 'plui'],
    ['plu', 'plu'],
    ['Schéma de cohérence territoriale', 'scot'],
    ['ecoquartier', 'ecoquartier'],
    ['Eco-quartier', 'ecoquartier'],
    ['Action Coeur de Ville', 'acv'],
    ['contrat de ville', 'contrat-de-ville'],
    ['Territoire zéro chômeur de longue durée', 'tzcld'],
  ])('finds %j → %s', (query, id) => {
    expect(getPlanType(query).id).toBe(id);
  });

  it('suggests the closest ids for a misspelt type', () => {
    const error = thrown(() => getPlanType('pcaett'));
    expect(error.code).toBe('UNKNOWN_PLAN_TYPE');
    expect(error.message).toMatchInlineSnapshot(
      `"Unknown plan type "pcaett". Did you mean "pcaet" (PCAET)? Plan types are found by id, acronym, name or alias (50 types, see planTypes)."`,
    );
    expect(error.details).toEqual({ planType: 'pcaett', suggestions: ['pcaet'] });
  });

  it('suggests several types when several are close', () => {
    const error = thrown(() => getPlanType('PLUX'));
    expect(error.message).toMatchInlineSnapshot(
      `"Unknown plan type "PLUX". Did you mean "plu" (PLU), "plui" (PLUi), "plh" (PLH)? Plan types are found by id, acronym, name or alias (50 types, see planTypes)."`,
    );
  });

  it('suggests nothing for a name far from every type', () => {
    const error = thrown(() => getPlanType('programme de rénovation des piscines municipales'));
    expect(error.message).toMatchInlineSnapshot(
      `"Unknown plan type "programme de rénovation des piscines municipales". Plan types are found by id, acronym, name or alias (50 types, see planTypes)."`,
    );
  });
});

describe('findPlanType', () => {
  it('returns undefined for an unknown type, the type otherwise', () => {
    expect(findPlanType('plan de gestion des piscines')).toBeUndefined();
    expect(findPlanType('')).toBeUndefined();
    expect(findPlanType('PAT')?.id).toBe('pat');
  });
});

describe('detectPlanType', () => {
  it.each([
    ['Plan climat-air-énergie territorial 2026-2032 de la CC du Val', 'pcaet'],
    ['PCAET 2024-2030 — programme d’actions', 'pcaet'],
    ['Révision générale du PLUi de la communauté de communes du Pays de Gex', 'plui'],
    ['PLUi-H du Grand Chambéry : orientations d’aménagement', 'plui'],
    ['Modification simplifiée n°3 du PLU de Mérignac', 'plu'],
    ['PROJET ALIMENTAIRE TERRITORIAL DU GRAND ANNECY', 'pat'],
    ['Contrat local de santé 2024-2028 de la ville de Niort', 'cls'],
    ['Programme local de l’habitat 2025-2030 — diagnostic', 'plh'],
    ['Schéma directeur cyclable de la métropole', 'plan-velo'],
    ['Convention ORT de Vernèche', 'ort'],
  ])('%j → %s', (title, id) => {
    expect(detectPlanType(title)?.id).toBe(id);
  });

  it('prefers the longest alias: "projet de territoire pour la gestion de l’eau" is a PTGE, not a projet de territoire', () => {
    expect(detectPlanType('Projet de territoire pour la gestion de l’eau du bassin de la Sèvre')?.id).toBe('ptge');
    expect(detectPlanType('Projet de territoire 2026-2032 de la CA du Pays de Vernèche')?.id).toBe('projet-de-territoire');
  });

  it('matches acronyms in their own case only, so French words do not fire', () => {
    // "pas" would be the SCoT's PAS, "clé" the SAGE's CLE, "pat" the PAT.
    expect(detectPlanType('Ne pas oublier la clé du local technique')).toBeUndefined();
    expect(detectPlanType('Le PAS du SCoT du Pays de Rennes')?.id).toBe('scot');
  });

  it('returns undefined for a title that names no plan type', () => {
    expect(detectPlanType('Compte rendu du conseil municipal du 12 mars 2026')).toBeUndefined();
    expect(detectPlanType('Rénovation de la piscine municipale')).toBeUndefined();
    expect(detectPlanType('')).toBeUndefined();
  });

  it('matches whole words only', () => {
    // "PLUS" and "plumes" contain "PLU"/"plu" but are not the PLU.
    expect(detectPlanType('PLUS DE PLUMES POUR LES OISEAUX')).toBeUndefined();
  });
});

describe('createPlanTypeRegistry', () => {
  it('adds a custom type with provenance "custom", keeping the built-in ones', () => {
    const registry = createPlanTypeRegistry([
      { id: 'plan-piscines', nameFr: 'Plan piscines', aliases: ['plan aquatique'], goals: [3, 6, 11], coreGoals: [3] },
    ]);
    expect(registry.planTypes).toHaveLength(51);
    const type = registry.getPlanType('Plan aquatique');
    expect(type.id).toBe('plan-piscines');
    expect(type.custom).toBe(true);
    expect(type.links).toEqual([
      { goal: 3, core: true, provenance: 'custom', kind: 'custom' },
      { goal: 6, core: false, provenance: 'custom', kind: 'custom' },
      { goal: 11, core: false, provenance: 'custom', kind: 'custom' },
    ]);
    expect(registry.detectPlanType('Plan aquatique 2026 de Vernèche')?.id).toBe('plan-piscines');
    expect(registry.getPlanType('pcaet').custom).toBe(false);
    // The default registry is untouched.
    expect(findPlanType('plan aquatique')).toBeUndefined();
  });

  it('overrides a built-in type with the same id', () => {
    const registry = createPlanTypeRegistry([{ id: 'pcaet', acronym: 'PCAET', goals: [3, 7, 11, 13], coreGoals: [7, 13] }]);
    expect(registry.planTypes).toHaveLength(50);
    const pcaet = registry.getPlanType('PCAET');
    expect(pcaet.goals).toEqual([3, 7, 11, 13]);
    expect(pcaet.coreGoals).toEqual([7, 13]);
    expect(pcaet.links.every((l) => l.provenance === 'custom')).toBe(true);
    // Aliases of the replaced record are gone with it.
    expect(registry.findPlanType('plan climat')).toBeUndefined();
  });

  it('holds only the custom types with replace: true', () => {
    const registry = createPlanTypeRegistry([{ id: 'mon-plan', goals: [11] }], { replace: true });
    expect(registry.planTypes.map((t) => t.id)).toEqual(['mon-plan']);
    expect(registry.findPlanType('pcaet')).toBeUndefined();
    expect(registry.getPlanType('MON-PLAN').acronym).toBe('MON-PLAN');
  });

  it('rejects an invalid entry with INVALID_OPTIONS naming each field path', () => {
    const error = thrown(() =>
      createPlanTypeRegistry([
        { id: 'ok', goals: [1] },
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        { id: 'Mon Plan', goals: [3, 18], coreGoals: [4], targets: ['3.9', '6.x'], sdgs_core: [3] } as any,
      ]),
    );
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid custom plan type: custom[1].id: ids are lower-case slugs such as "pcaet" or "contrat-de-ville"; custom[1].goals[1]: Too big: expected number to be <=17; custom[1].targets[1]: target ids look like "6.2" or "6.a"; custom[1].sdgs_core: unknown field; custom[1].coreGoals[0]: core goal 4 is not in goals"`,
    );
    expect(error.is('INVALID_OPTIONS') && error.details.index).toBe(1);
  });

  it('checks that core goals and targets belong to the expected goals', () => {
    const error = thrown(() => createPlanTypeRegistry([{ id: 'mon-plan', goals: [11, 13], coreGoals: [3], targets: ['11.2', '6.1'] }]));
    expect(error.message).toMatchInlineSnapshot(
      `"Invalid custom plan type: custom[0].coreGoals[0]: core goal 3 is not in goals; custom[0].targets[1]: target 6.1 belongs to goal 6, which is not in goals"`,
    );
  });

  it('rejects duplicate custom ids and bad options', () => {
    expect(thrown(() => createPlanTypeRegistry([{ id: 'a', goals: [1] }, { id: 'a', goals: [2] }])).message).toBe(
      'Invalid custom plan type: custom[1].id: duplicate id "a"',
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(thrown(() => createPlanTypeRegistry([], { replace: 'yes' } as any)).message).toMatch(/^Invalid plan-type registry options: options\.replace: /);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('pcaet', 'pcaet')).toBe(0);
    expect(editDistance('pcaett', 'pcaet')).toBe(1);
    expect(editDistance('plu', 'plh')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
