/**
 * Typed errors: a `code` for programs, a sentence for people, `details` with the data.
 * Every error the library throws on purpose is an `SdgAlignError`.
 */
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

export class SdgAlignError extends Error {
  override readonly name = 'SdgAlignError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
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
