/**
 * The SDGs as a `Framework`: the 17 goals in their UN colours, the 169 targets and their
 * indicators (src/taxonomy), the 50 French plan types (src/plans), the finalités crosswalk
 * (src/finalites). Its lexicon and descriptors are compiled at build time (`npm run model`,
 * scoring/model-build.ts), not held here: an engine over it loads the compiled model.
 */
import { coverageByFinalite, finalites } from '../finalites/index.js';
import { detectPlanType, findPlanType, getPlanType, planTypes } from '../plans/index.js';
import { goals, targets } from '../taxonomy/index.js';
import type { Framework } from './types.js';

export const sdgFramework: Framework = /* @__PURE__ */ (() => ({
  id: 'sdg',
  names: { fr: 'Objectifs de développement durable', en: 'Sustainable Development Goals' },
  goals: goals.map((g) => ({ goal: g.goal, colour: g.colour, code: { fr: `ODD ${g.goal}`, en: `SDG ${g.goal}` }, names: { fr: g.fr, en: g.en } })),
  targets: targets.map((t) => ({
    id: t.id,
    goal: t.goal,
    texts: { fr: t.fr, en: t.en },
    indicators: t.indicators.map((i) => ({ id: i.id, texts: { fr: i.fr, en: i.en } })),
  })),
  languages: ['fr', 'en'],
  planTypes: { planTypes, getPlanType, findPlanType, detectPlanType },
  finalites: {
    coverage: (addressed) => coverageByFinalite(addressed),
    name: (number, language) => {
      const f = finalites[number - 1];
      return f && (language === 'en' ? f.en : f.fr);
    },
  },
}))();
