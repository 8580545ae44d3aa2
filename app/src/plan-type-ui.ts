/**
 * The plan type: a search field over the 50 types (acronym, names, aliases; case and accents
 * ignored, as `getPlanType` matches) and a list box. Enter in the field picks the first match,
 * Down arrow moves into the list.
 */
import { planTypeKey, planTypes, type PlanType } from '../../src/plans/index.js';
import { planTypeName } from '../../src/render/locale.js';
import { t, type Locale } from './i18n.js';

export interface PlanTypeElements {
  readonly search: HTMLInputElement;
  readonly list: HTMLSelectElement;
  readonly count: HTMLElement;
}

const searchable = new Map<string, string>(planTypes.map((p) => [p.id, planTypeKey([p.id, p.acronym, p.nameFr, p.nameEn, ...p.aliases].join(' '))]));

/** The plan types whose acronym, names or aliases contain every word of `query`. */
export function matchPlanTypes(query: string): readonly PlanType[] {
  const words = planTypeKey(query).split(' ').filter(Boolean);
  return words.length ? planTypes.filter((p) => words.every((w) => searchable.get(p.id)!.includes(w))) : planTypes;
}

/** Fills the list with the matches of the search field (the selected type stays listed). */
export function renderPlanTypes(el: PlanTypeElements, locale: Locale, selected: string | undefined): void {
  const matches = matchPlanTypes(el.search.value);
  const shown = selected && !matches.some((p) => p.id === selected) ? [...planTypes.filter((p) => p.id === selected), ...matches] : matches;
  el.list.replaceChildren(new Option(t(locale, 'app.planNone'), ''), ...shown.map((p) => new Option(planTypeName(p, locale), p.id)));
  el.list.value = selected ?? '';
  el.count.textContent = t(locale, matches.length > 1 ? 'app.planCount' : 'app.planCountOne', { n: matches.length, total: planTypes.length });
}

/** Wires the search field and the list: `onChange` gets the plan-type id, or undefined for none. */
export function wirePlanTypes(el: PlanTypeElements, onSearch: () => void, onChange: (id: string | undefined) => void): void {
  el.search.addEventListener('input', onSearch);
  el.search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const first = matchPlanTypes(el.search.value)[0];
      if (first) onChange(first.id);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      el.list.focus();
    }
  });
  el.list.addEventListener('change', () => onChange(el.list.value || undefined));
}
