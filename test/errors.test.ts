/** `SdgAlignError` and `isSdgAlignError`, also across the two builds a program may load (ESM and CJS). */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SdgAlignError, isSdgAlignError } from '../src/errors.js';
import { ROOT, ensureBuilt } from './helpers/cli.js';

type Core = typeof import('../src/index.js');

describe('isSdgAlignError', () => {
  beforeAll(() => ensureBuilt());

  it('is true for an SdgAlignError, false for other values', () => {
    expect(isSdgAlignError(new SdgAlignError('USAGE', 'x'))).toBe(true);
    expect(isSdgAlignError(new Error('x'))).toBe(false);
    expect(isSdgAlignError({ code: 'USAGE', message: 'x' })).toBe(false);
    expect(isSdgAlignError(null)).toBe(false);
  });

  it('recognises an error thrown by the other build (ESM ↔ CJS): the brand is a Symbol.for', async () => {
    const esm = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Core;
    const cjs = createRequire(import.meta.url)(join(ROOT, 'dist', 'index.cjs')) as Core;
    const fromCjs = (() => {
      try {
        cjs.getGoal(99);
      } catch (error) {
        return error;
      }
    })();
    const fromEsm = (() => {
      try {
        esm.getGoal(99);
      } catch (error) {
        return error;
      }
    })();
    expect(fromCjs).toBeInstanceOf(Error);
    expect(esm.isSdgAlignError(fromCjs)).toBe(true);
    expect(cjs.isSdgAlignError(fromEsm)).toBe(true);
    expect(isSdgAlignError(fromCjs)).toBe(true);
    expect(fromCjs instanceof esm.SdgAlignError).toBe(true);
  });
});
