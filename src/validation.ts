/**
 * Validation with zod/mini (a few KB in a browser bundle, where zod's classic API weighs tens),
 * schemas built on first use (importing a lookup builds none), and our own wording of its issues:
 * zod/mini carries codes and data, not sentences.
 */
import type * as z from 'zod/mini';

/** A value built on its first use, then kept (schemas: importing a module builds none). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Field path of an issue, as our messages print it: `customEntries[0].query`, `custom[0].coreGoals[1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** What a value is, in an issue's words: `undefined`, `null`, `array`, `string`… */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** The value at `path` inside `root` (undefined when the path leaves the value). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const UNSPECIFIED = 'Invalid input';

/** One issue as a sentence (English, zod's classic wording); `input` is the validated value, for "received …". */
export function describeIssue(issue: z.core.$ZodIssue, input?: unknown): string {
  // Our own checks (refinements, regex with a message) carry their sentence.
  if (issue.message && issue.message !== UNSPECIFIED) return issue.message;
  switch (issue.code) {
    case 'too_big': {
      const bound = `${issue.inclusive ? '<=' : '<'}${String(issue.maximum)}`;
      return issue.origin === 'number' || issue.origin === 'bigint' ? `Too big: expected ${issue.origin} to be ${bound}` : `Too big: expected ${issue.origin} to have ${bound} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    }
    case 'too_small': {
      const bound = `${issue.inclusive ? '>=' : '>'}${String(issue.minimum)}`;
      return issue.origin === 'number' || issue.origin === 'bigint' ? `Too small: expected ${issue.origin} to be ${bound}` : `Too small: expected ${issue.origin} to have ${bound} ${issue.origin === 'string' ? 'characters' : 'items'}`;
    }
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${kindOf(valueAt(input, issue.path))}`;
    case 'invalid_value':
      return `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `Invalid ${issue.format}`;
    default:
      return UNSPECIFIED;
  }
}

/** `custom[0].coreGoals[0]: core goal 3 is not in goals; …`: each issue with its field path (unknown keys named). */
export function formatIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }, prefix: PropertyKey[] = [], input?: unknown): string {
  return error.issues
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`).join('; ');
      }
      return `${formatPath(path) || '(root)'}: ${describeIssue(issue, input)}`;
    })
    .join('; ');
}

/** An issue a public schema reports: what went wrong (`code`, `message`) and where (`path`). */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * What the schemas of the public surface offer (`goalSchema()`, `planTypeRecordSchema()`…): zod's
 * `safeParse`, described without zod's own types, so that the declarations a user sees do not
 * change with zod's internals.
 */
export interface Validator<T> {
  safeParse(
    value: unknown,
  ): { readonly success: true; readonly data: T; readonly error?: undefined } | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly ValidationIssue[] } };
}
