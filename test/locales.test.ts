import { describe, expect, it } from 'vitest';
import { SdgAlignError } from '../src/errors.js';
import {
  browserLocale,
  catalogue,
  detectLocale,
  en,
  formatDate,
  formatDuration,
  formatError,
  formatNumber,
  formatPercent,
  fr,
  frenchPunctuation,
  roundTo,
  t,
} from '../src/locales/index.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every key path of a catalogue (functions and strings are leaves). */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe('catalogues', () => {
  it('French and English hold the same message ids', () => {
    expect(paths(fr).sort()).toEqual(paths(en).sort());
  });

  it('every French help text and message is written with French typography (no plain space before : ; ? !)', () => {
    const texts = [...Object.values(fr.cli.flags), ...Object.values(fr.cli.commands).flatMap((c) => Object.values(c)), ...Object.values(fr.cli.formats)];
    for (const text of texts) expect(text, text).not.toMatch(/ [:;?!](\s|$)/);
  });
});

describe('t', () => {
  it('gives a sentence with its parameters, in each language', () => {
    expect(t('fr', 'cli.scoreSummary', { rows: 20_000, ms: 3_400, empty: 2, closed: false })).toBe(`20${NNBSP}000 lignes notées en 3,4${NBSP}s, 2 sans texte.`);
    expect(t('en', 'cli.scoreSummary', { rows: 20_000, ms: 3_400, empty: 2, closed: false })).toBe('20,000 rows scored in 3.4 s, 2 without text.'.replace(' s,', `${NBSP}s,`));
    expect(t('fr', 'report.title')).toBe('Rapport d’écarts ODD');
  });

  it('refuses an unknown locale', () => {
    expect(() => catalogue('de' as 'fr')).toThrow(/expected "fr" or "en", got "de"/);
  });
});

describe('numbers', () => {
  it('rounds on the decimal value people read', () => {
    expect(roundTo(0.285, 2)).toBe(0.29);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.12344, 4)).toBe(0.1234);
    expect(roundTo(-0.0000001, 2)).toBe(0);
    expect(roundTo(1e-7, 4)).toBe(0);
  });

  it('writes French numbers with a decimal comma and thin spaces between thousands', () => {
    expect(formatNumber(0.4231, 'fr', 4)).toBe('0,4231');
    expect(formatNumber(20_000, 'fr')).toBe(`20${NNBSP}000`);
    expect(formatNumber(1234, 'fr')).toBe('1234');
    expect(formatNumber(1_234_567.891, 'fr', 1)).toBe(`1${NNBSP}234${NNBSP}567,9`);
    expect(formatNumber(20_000, 'en')).toBe('20,000');
    expect(formatNumber(0.4231, 'en', 2)).toBe('0.42');
  });

  it('writes percentages with a no-break space in French', () => {
    expect(formatPercent(0.5625, 'fr')).toBe(`56${NBSP}%`);
    expect(formatPercent(0.5625, 'en', 1)).toBe('56.3%');
  });

  it('writes durations and ISO dates in words', () => {
    expect(formatDuration(3_400, 'fr')).toBe(`3,4${NBSP}s`);
    expect(formatDuration(125_000, 'en')).toBe(`2${NBSP}min 05${NBSP}s`);
    expect(formatDate('2026-03-15', 'fr')).toBe('15 mars 2026');
    expect(formatDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatDate('2026-03', 'en')).toBe('March 2026');
    expect(formatDate('printemps 2026', 'fr')).toBe('printemps 2026');
  });

  it('puts a no-break space before high punctuation, not inside URLs or positions', () => {
    expect(frenchPunctuation('Seuil : 0,5 ; voir https://a.b/c ? oui !')).toBe(`Seuil${NBSP}: 0,5${NBSP}; voir https://a.b/c${NBSP}? oui${NBSP}!`);
    expect(frenchPunctuation('a.csv:3:4: x')).toBe(`a.csv:3:4${NBSP}: x`);
  });
});

describe('detectLocale', () => {
  it.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LC_ALL: 'fr_CA', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'fr_BE', LANG: 'en_US' }, 'fr'],
    [{ LC_ALL: '', LANG: 'fr' }, 'fr'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
  ] as const)('%j → %s', (env, locale) => {
    expect(detectLocale(env)).toBe(locale);
  });

  it('reads a browser’s languages', () => {
    expect(browserLocale(['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(browserLocale('en-GB')).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});

describe('formatError', () => {
  it('writes an error of the catalogue in French, from its details', () => {
    const error = new SdgAlignError('CSV_MISSING_COLUMN', { file: 'a.csv', column: 'résumé', columns: ['id', 'texte'], option: '--text-column' });
    expect(error.message).toBe('a.csv: no column "résumé" (--text-column); the columns are: "id", "texte".');
    expect(formatError(error, 'en')).toBe(error.message);
    expect(formatError(error, 'fr')).toBe(`a.csv${NBSP}: pas de colonne «${NBSP}résumé${NBSP}» (--text-column)${NBSP}; les colonnes sont${NBSP}: «${NBSP}id${NBSP}», «${NBSP}texte${NBSP}».`);
  });

  it('writes a usage error with a flag value problem in French', () => {
    const error = new SdgAlignError('USAGE', { messageId: 'badValue', command: 'score', flag: 'threshold', problem: { kind: 'number', min: 0, max: 1, got: '"2"' } });
    expect(error.message).toBe('--threshold: expected a number from 0 to 1 (such as 0.4 or 0,4), got "2".');
    expect(formatError(error, 'fr')).toBe(`--threshold${NBSP}: un nombre de 0 à 1 est attendu (comme 0,4 ou 0.4), reçu "2".`);
  });

  it('keeps the technical detail of a program’s mistake, in a French sentence', () => {
    const error = new SdgAlignError('INVALID_OPTIONS', 'Invalid engine option "threshold": Too big: expected number to be <=1.', {
      field: 'threshold',
      issues: [{ code: 'too_big', origin: 'number', maximum: 1, inclusive: true, path: ['threshold'] }],
    });
    expect(formatError(error, 'fr')).toBe(`Option invalide «${NBSP}threshold${NBSP}»${NBSP}: trop grand${NBSP}: un nombre ≤ 1 est attendu`);
  });

  it('gives other errors by their message', () => {
    expect(formatError(new Error('boom'), 'fr')).toBe('boom');
    expect(formatError('plain', 'fr')).toBe('plain');
  });
});
