/**
 * Shared settings of the fuzz campaign (`npm run fuzz`, also run by `.ci/run`): one fixed seed, so
 * a CI failure replays as it happened (`FUZZ_SEED=<seed> npm run fuzz`), and a run count per
 * property (`FUZZ_SCALE=0.1` for a quick run). fast-check prints the seed and the path of a
 * failing case; every property also names the seed in its title.
 */
import fc from 'fast-check';

export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** fast-check parameters for a property of `runs` inputs (scaled). */
export const params = (runs: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.max(1, Math.round(runs * SCALE)), endOnFailure: true });

/** Text that is hard on a text pipeline: Latin words with accents, emoji (ZWJ sequences, flags), RTL scripts, combining marks, CJK and Thai runs, controls, long words. */
export const hostileText = (maxLength = 60): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('eau', 'potable', 'énergétique', 'rénovation', 'logements', 'sociaux', 'drinking', 'water', 'poverty', 'school', "l'eau", 'l’accès', 'éco-quartier', 'co2', '2030', '1,25', 'œuvre', 'ÉNERGIE', 'e\u0301nergie', 'vélos') },
        { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '\t', '. ', ', ', ' – ', '-', '’', "'", '"', '«', '»', '(', ')', '\u00AD', '\u00A0', '\u200B', '\uFEFF', '\r\n') },
        { weight: 2, arbitrary: fc.constantFrom('😀', '👩‍👩‍👧', '🇫🇷', '❤️', '\u0301', '\u0327', '\u20DD', 'مياه الشرب', 'מים', '\u202E', '\u200F', '饮用水安全', 'น้ำดื่ม', 'Москва', 'αγροτικές', '\u0000', '\u0007', '\uD800', '\uDFFF') },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.integer({ min: 60, max: 300 }).chain((n) => fc.constantFrom('a', 'é', '水', 'x1').map((c) => c.repeat(n))) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));
