import { expect } from 'vitest';
import { SdgAlignError } from '../../src/errors.js';

/** The `SdgAlignError` a call throws (fails the test when it does not throw, or throws something else). */
export function thrown(fn: () => unknown): SdgAlignError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SdgAlignError);
    return error as SdgAlignError;
  }
  throw new Error('expected an error');
}
