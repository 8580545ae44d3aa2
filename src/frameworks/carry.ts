/**
 * How a framework travels with what was scored against it, from the engine to the renderings:
 * `scoreAll`'s documents, `scorePlan`'s plan and `gapReport`'s report hold it as a non-enumerable
 * `framework` property. So the report and the renderers read goals, targets, names and colours
 * from the value at run time instead of importing the SDG data (a page bundling `gapReport` and
 * `renderHtml` does not carry the taxonomy), and the JSON of a report stays what it was (a
 * non-enumerable property is not serialised). A copy (`{ ...report }`, JSON) does not keep it:
 * pass `framework` in the options then.
 */
import type { Framework } from './types.js';

/** Attaches `framework` to `value` (not enumerable, not serialised); returns `value`. */
export function carryFramework<T extends object>(value: T, framework: Framework): T & { readonly framework: Framework } {
  Object.defineProperty(value, 'framework', { value: framework, enumerable: false, configurable: true });
  return value as T & { readonly framework: Framework };
}

/** The framework a value carries, if any. */
export function carriedFramework(value: unknown): Framework | undefined {
  const f = value !== null && typeof value === 'object' ? (value as { framework?: unknown }).framework : undefined;
  return f !== null && typeof f === 'object' && Array.isArray((f as Framework).goals) ? (f as Framework) : undefined;
}
