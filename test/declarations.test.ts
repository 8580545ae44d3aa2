/** The public declarations a user's editor shows: documented, and free of zod's own types. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './helpers/cli.js';

describe('dist/*.d.ts', () => {
  let declarations = '';
  beforeAll(() => {
    ensureBuilt();
    const dist = join(ROOT, 'dist');
    declarations = readdirSync(dist)
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
  }, 120_000);

  it('import nothing from zod and name none of its types', () => {
    expect(declarations).not.toMatch(/from ['"]zod|\bz\.(?:core|Zod)|\$Zod|ZodMini/);
  });

  it('document every engine option (hover docs)', () => {
    const body = /interface EngineOptions \{([\s\S]*?)\n\}/.exec(declarations)?.[1];
    expect(body).toBeDefined();
    const fields = [...body!.matchAll(/^\s+readonly (\w+)\?:/gm)].map((m) => m[1]);
    expect(fields).toEqual(expect.arrayContaining(['language', 'fallbackLanguage', 'threshold', 'level', 'sources', 'customEntries', 'maxEvidence', 'features']));
    for (const field of fields) expect(body, field).toMatch(new RegExp(`\\*/\\n\\s+readonly ${field}\\?:`));
  });
});
