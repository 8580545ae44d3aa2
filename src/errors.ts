/**
 * Typed errors: a `code` for programs, a sentence for people, `details` with the data (typed per
 * code: `ErrorDetailsMap` in src/locales/types.ts). Every error the library throws on purpose is an
 * `SdgAlignError`; `formatError(error, locale)` gives its sentence in French or English.
 */
import { enErrors } from './locales/en.js';
import type { ErrorDetails, ErrorDetailsMap } from './locales/types.js';

export type { ErrorDetails, ErrorDetailsMap } from './locales/types.js';

export type ErrorCode =
  | 'UNKNOWN_GOAL'
  | 'UNKNOWN_TARGET'
  | 'UNKNOWN_PLAN_TYPE'
  | 'UNKNOWN_FINALITE'
  | 'INVALID_OPTIONS'
  | 'INVALID_INPUT'
  | 'QUERY_SYNTAX'
  | 'QUERY_TOO_COMPLEX'
  | 'CSV_FORMAT'
  | 'CSV_MISSING_COLUMN'
  | 'CSV_AMBIGUOUS_COLUMN'
  | 'REVIEW_FORMAT'
  | 'FILE_UNREADABLE'
  | 'FILE_UNWRITABLE'
  | 'FILE_BINARY'
  | 'ENCODING'
  | 'USAGE'
  | 'CONFIG';

/**
 * The brand every `SdgAlignError` carries. A registered symbol (`Symbol.for`) is the same in every
 * copy of the library a program loads (the ESM and the CJS build, two versions in node_modules),
 * where `instanceof` only knows its own copy's class.
 */
const BRAND = Symbol.for('sdg-align.error');

const isBranded = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;

/**
 * Codes whose English sentence is written from the details by the catalogue (`src/locales/en.ts`):
 * `new SdgAlignError(code, details)` takes no message. The others (a program's mistakes: options,
 * queries, inputs of the library) carry the sentence written where they are thrown.
 */
export type StructuredCode = Exclude<ErrorCode, 'INVALID_OPTIONS' | 'INVALID_INPUT' | 'QUERY_SYNTAX' | 'QUERY_TOO_COMPLEX'>;

export class SdgAlignError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'SdgAlignError';
  readonly code: C;
  readonly details: ErrorDetails<C>;

  /** The message is the catalogue's English sentence for these details. */
  constructor(code: C & StructuredCode, details: ErrorDetails<C>, options?: { cause?: unknown });
  /** An error with its own sentence (details: the data a program may read, typed by code). */
  constructor(code: C, message: string, details?: ErrorDetails<C>, options?: { cause?: unknown });
  constructor(code: C, messageOrDetails: string | ErrorDetails<C>, detailsOrOptions?: ErrorDetails<C> | { cause?: unknown }, maybeOptions?: { cause?: unknown }) {
    const structured = typeof messageOrDetails !== 'string';
    const details = ((structured ? messageOrDetails : detailsOrOptions) ?? {}) as ErrorDetails<C>;
    const options = (structured ? detailsOrOptions : maybeOptions) as { cause?: unknown } | undefined;
    const message = structured ? (enErrors[code] as (d: ErrorDetailsMap[C], english: string) => string)(details, '') : messageOrDetails;
    super(message, options);
    this.code = code;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** Narrows the error to one code, so that `details` is typed: `if (e.is('CSV_MISSING_COLUMN')) e.details.columns`. */
  is<K extends ErrorCode>(code: K): this is SdgAlignError<K> {
    return (this.code as ErrorCode) === code;
  }

  /** `error instanceof SdgAlignError` holds for an error of any copy of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBranded(value);
  }
}

export const isSdgAlignError = (value: unknown): value is SdgAlignError => isBranded(value);

/** Result of the non-throwing variants (`engine.safeScore`, `safeParseQuery`), as zod's `safeParse`. */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: SdgAlignError };

/**
 * Runs `fn`; an `SdgAlignError` becomes `{ success: false, error }`, anything else (a bug) is
 * thrown on. For callers that batch many inputs and want to collect the bad ones.
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (isSdgAlignError(error)) return { success: false, error };
    throw error;
  }
}
