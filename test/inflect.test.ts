import { describe, expect, it } from 'vitest';
import { CompiledMatcher } from '../src/query/match.js';
import { parseQuery } from '../src/query/parse.js';
import { acronymKey, documentAcronymKey, englishInflectionKey, frenchInflectionKey, isAcronymSpelling } from '../src/text/inflect.js';
import { streamWords, words } from '../src/text/analyze.js';
import type { Language } from '../src/taxonomy/index.js';

/** The ids of the entries of `queries` that match `text`. */
function matching(language: Language, queries: Record<string, string>, text: string): string[] {
  const m = new CompiledMatcher<null>(language);
  for (const [id, query] of Object.entries(queries)) m.add({ id, query: parseQuery(query, id), data: null });
  return m.match(streamWords(words(text), language)).map((x) => x.id);
}

describe('inflection keys', () => {
  it('bring English plurals to the singular, and only plurals', () => {
    expect(['countries', 'country'].map(englishInflectionKey)).toEqual(['country', 'country']);
    expect(['taxes', 'churches', 'classes', 'goals', 'women', 'children'].map(englishInflectionKey)).toEqual(['tax', 'church', 'class', 'goal', 'woman', 'child']);
    // Singulars ending in s stay as they are; short words are their own key.
    expect(['virus', 'analysis', 'famous', 'gas', 'bus'].map(englishInflectionKey)).toEqual(['virus', 'analysis', 'famous', 'gas', 'bus']);
    // Not stems: these words keep apart.
    expect(englishInflectionKey('humanities')).not.toBe(englishInflectionKey('human'));
    expect(englishInflectionKey('accountability')).not.toBe(englishInflectionKey('account'));
  });

  it('bring French plurals and feminines to the masculine singular', () => {
    expect(['reseaux', 'hopitaux', 'agricultrices', 'sportives', 'naturelles', 'europeennes', 'premieres'].map(frenchInflectionKey)).toEqual(
      ['reseau', 'hopital', 'agriculteur', 'sportif', 'naturel', 'europeen', 'premier'],
    );
    expect(frenchInflectionKey('velos')).toBe(frenchInflectionKey('velo'));
    expect(frenchInflectionKey('preservatifs')).not.toBe(frenchInflectionKey('preservation'));
    // `mère` is not the feminine of `mer`.
    expect(frenchInflectionKey('meres')).not.toBe(frenchInflectionKey('mer'));
  });
});

describe('acronyms', () => {
  it('are words written with two capitals or more', () => {
    expect(['PLUi', 'SCoT', 'EnR', 'CO2', 'HIV', 'SMEs'].every(isAcronymSpelling)).toBe(true);
    expect(['Paris', 'vélo', 'pluies'].some(isAcronymSpelling)).toBe(false);
    expect(['PLUi', 'SMEs', 'ARS'].map(acronymKey)).toEqual(['PLUI', 'SME', 'ARS']);
  });

  it('are found only where the text writes a capital', () => {
    expect(documentAcronymKey('pluies')).toBe('');
    expect(documentAcronymKey('PLUi')).toBe('PLUI');
    expect(documentAcronymKey('NGOs')).toBe('NGO');
    expect(documentAcronymKey('Scots')).toBe('');
    expect(documentAcronymKey('Insee')).toBe('INSEE');
  });
});

describe('the matcher on one-word entries and acronyms', () => {
  it('finds a one-word entry in its inflections, not in words of the same stem', () => {
    expect(matching('en', { h: 'humanities' }, 'A degree in the humanities.')).toEqual(['h']);
    expect(matching('en', { h: 'humanities' }, 'Human rights and human dignity.')).toEqual([]);
    expect(matching('en', { a: 'accountability' }, 'Open a bank account.')).toEqual([]);
    expect(matching('fr', { p: 'préservatifs' }, 'La préservation des zones humides.')).toEqual([]);
    expect(matching('fr', { p: 'préservatifs' }, 'Distribution de préservatifs gratuits.')).toEqual(['p']);
    expect(matching('fr', { v: 'vélo' }, 'Des vélos en libre-service.')).toEqual(['v']);
  });

  it('keeps stems inside phrases: a phrase matches its other inflections', () => {
    expect(matching('fr', { r: '"rénovation énergétique"' }, 'Les rénovations énergétiques des écoles.')).toEqual(['r']);
  });

  it('matches an acronym as written, never a common word of the same letters', () => {
    const q = { plui: 'PLUi', scot: 'SCoT', aids: 'AIDS' };
    expect(matching('fr', q, 'Les pluies d’automne ont gonflé la rivière.')).toEqual([]);
    expect(matching('fr', q, 'La révision du PLUi et du SCoT du Grand Val.')).toEqual(['plui', 'scot']);
    expect(matching('fr', q, 'LE PLUI ET LE SCOT')).toEqual(['plui', 'scot']);
    expect(matching('en', q, 'First aids and teaching aids.')).toEqual([]);
    expect(matching('en', q, 'Treatment of HIV and AIDS.')).toEqual(['aids']);
  });
});
