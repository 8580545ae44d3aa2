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
  | 'CSV_FORMAT'
  | 'CSV_MISSING_COLUMN'
  | 'FILE_UNREADABLE'
  | 'FILE_BINARY'
  | 'USAGE'
  | 'CONFIG';

export class SdgAlignError extends Error {
  override readonly name = 'SdgAlignError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export const isSdgAlignError = (value: unknown): value is SdgAlignError => value instanceof SdgAlignError;

/** Result of the non-throwing variants (`safeScore`, `safeParseQuery`…), as zod's `safeParse`. */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: SdgAlignError };
