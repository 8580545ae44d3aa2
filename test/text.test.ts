import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text as publicText } from '../src/index.js';
import {
  analyze,
  detectLanguage,
  foldCase,
  matchKey,
  normalizeText,
  phraseStems,
  stem,
  stripAccents,
  tokenize,
  words,
  type AnalyzedText,
} from '../src/text/index.js';
import type { Language } from '../src/taxonomy/index.js';
import { MAX_STEMMED_LENGTH } from '../src/text/stem.js';
import { streamWords } from '../src/text/analyze.js';
import { CompiledMatcher } from '../src/query/match.js';
import { parseQuery } from '../src/query/parse.js';

// Sentences in the style of French deliberations, PCAET and PLUi documents, and English council plans.
const FR = {
  ges: "La collectivité s'engage à réduire de 40 % les émissions de gaz à effet de serre d'ici 2030.",
  eau: "Le plan prévoit l'extension du réseau de chaleur et l'amélioration de la qualité de l'eau.",
  ecoles: "Les travaux d'économie d'énergie dans les écoles seront engagés jusqu'au 31 décembre 2026.",
  inondation:
    "Le conseil communautaire considère qu'il convient d'agir lorsqu'une inondation survient, puisqu'aucun ouvrage ne protège le centre-bourg.",
  pcaet:
    "La mise en œuvre du PCAET s'appuie sur le développement des EnR et sur l'objectif ZAN fixé par la loi Climat et résilience.",
  ecoquartier: "L'éco-quartier des Rives accueillera 250 logements sociaux et une crèche.",
  budget: "Le budget consacré aux mobilités douces s'élève à 1,25 million d'euros.",
} as const;

const EN = {
  ges: 'The council will reduce greenhouse gas emissions across the district by 40% by 2030.',
  homes: 'Our local plan sets out how the borough will deliver affordable homes and protect green spaces.',
  air: 'The authority is working with residents to improve air quality around schools.',
} as const;

/** The UN French text of target 1.1, as published: typographic apostrophes and U+2010 in "États‐Unis". */
const UN_TARGET_1_1_FR =
  'D’ici à 2030, éliminer complètement l’extrême pauvreté dans le monde entier (s’entend actuellement du fait de vivre avec moins de 1,25 dollar des États‐Unis par jour)';

const FRENCH_PARAGRAPHS = [
  "Le présent Plan climat-air-énergie territorial (PCAET) fixe la stratégie de la communauté de communes pour la période 2024-2030. Il vise la réduction des consommations d'énergie du territoire, le développement des énergies renouvelables et l'adaptation au changement climatique.",
  "La rénovation énergétique des bâtiments publics constitue une priorité : les écoles, les gymnases et la médiathèque feront l'objet d'un audit avant le 31 décembre 2025. Le coût des travaux est estimé à 1,25 million d'euros.",
  "Dans le cadre de l'objectif « zéro artificialisation nette » (ZAN), le PLUi privilégie la densification des centres-bourgs et la reconquête des friches plutôt que l'extension urbaine sur les terres agricoles.",
  "Le syndicat des eaux poursuivra la sécurisation de l'alimentation en eau potable et la mise en conformité des stations d'épuration, afin d'améliorer la qualité des cours d'eau jusqu'à l'estuaire.",
  "Un conseil local de santé mentale, un contrat local de santé et un projet alimentaire territorial 🌱 seront élaborés avec les associations, les agriculteurs et les habitants.",
];

/** The original text of each content word (what evidence would quote). */
const contentWords = (text: string, language: Language): string[] => {
  const a = analyze(text, language);
  return a.starts.map((s, i) => text.slice(s, a.ends[i]));
};

/** Offsets are within bounds, increasing, non-overlapping; returns the problems found. */
function offsetProblems(text: string, starts: readonly number[], ends: readonly number[]): string[] {
  const problems: string[] = [];
  if (starts.length !== ends.length) problems.push(`lengths ${starts.length} ≠ ${ends.length}`);
  let previousEnd = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(end)) problems.push(`#${i}: non-integer offset`);
    if (start < previousEnd) problems.push(`#${i}: start ${start} < previous end ${previousEnd}`);
    if (end <= start) problems.push(`#${i}: empty or reversed [${start}, ${end})`);
    if (end > text.length) problems.push(`#${i}: end ${end} > length ${text.length}`);
    previousEnd = end;
  }
  return problems;
}

const expectSameAnalysis = (a: AnalyzedText, b: AnalyzedText): void => {
  expect(a.language).toBe(b.language);
  expect(a.stems).toEqual(b.stems);
};

describe('normalizeText', () => {
  it('composes NFD input to NFC', () => {
    const nfc = 'Sécurité énergétique, précarité, écoquartier, maîtrise foncière';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeText(nfd)).toBe(nfc);
  });

  it("turns ’ and ʼ into '", () => {
    expect(normalizeText('l’eau potable')).toBe("l'eau potable");
    expect(normalizeText('dʼénergie')).toBe("d'énergie");
    expect(normalizeText(UN_TARGET_1_1_FR)).toContain("D'ici à 2030, éliminer complètement l'extrême pauvreté");
  });

  it('turns U+2010 and U+2011 into -', () => {
    expect(normalizeText('éco\u2010quartier')).toBe('éco-quartier');
    expect(normalizeText('centre\u2011bourg')).toBe('centre-bourg');
    expect(normalizeText(UN_TARGET_1_1_FR)).toContain('des États-Unis par jour');
  });

  it('spells out œ and æ, keeps case and accents', () => {
    expect(normalizeText('La mise en Œuvre du vœu')).toBe('La mise en OEuvre du voeu');
    expect(normalizeText('Cæsar')).toBe('Caesar');
    expect(normalizeText('Élaboration du PCAET')).toBe('Élaboration du PCAET');
  });

  it('drops soft hyphens', () => {
    expect(normalizeText('trans\u00ADport')).toBe('transport');
  });

  it('is idempotent on real text and on the tricky compositions', () => {
    for (const s of [...Object.values(FR), UN_TARGET_1_1_FR, 'œ\u0301', 'e\u00AD\u0301', '\u1FEF', 'ﬁ']) {
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
    }
  });

  it('leaves the empty string empty', () => {
    expect(normalizeText('')).toBe('');
  });
});

describe('matchKey of a key', () => {
  it('is the key itself, also for æ with an accent (found by fuzzing)', () => {
    for (const word of ['Ǣ', 'ǣ', 'Ǽ', 'ǽ', 'Œuvre', 'énergie']) expect(matchKey(matchKey(word))).toBe(matchKey(word));
    expect(matchKey('Ǣsir')).toBe('aesir');
  });
});

describe('foldCase', () => {
  it('lower-cases French and English', () => {
    expect(foldCase('ÉNERGIES RENOUVELABLES')).toBe('énergies renouvelables');
    expect(foldCase('Local Plan')).toBe('local plan');
  });
});

describe('stripAccents', () => {
  it('removes diacritics from NFC and NFD text', () => {
    expect(stripAccents('énergétique')).toBe('energetique');
    expect(stripAccents('Crèche, maïs, garçon, forêt')).toBe('Creche, mais, garcon, foret');
    expect(stripAccents('énergétique'.normalize('NFD'))).toBe('energetique');
  });
});

describe('matchKey', () => {
  it('gives one key for every spelling of a word', () => {
    const keys = ['Œuvre', 'oeuvre', 'ŒUVRE', 'œuvre'.normalize('NFD')].map(matchKey);
    expect(new Set(keys)).toEqual(new Set(['oeuvre']));
    expect(matchKey('Énergétique')).toBe(matchKey('energetique'));
    expect(matchKey('l’eau')).toBe("l'eau");
  });
});

describe('tokenize', () => {
  it('returns each word with offsets into the original text', () => {
    const tokens = tokenize(FR.ges);
    expect(tokens.slice(0, 4)).toEqual([
      { text: 'La', start: 0, end: 2 },
      { text: 'collectivité', start: 3, end: 15 },
      { text: 's', start: 16, end: 17 },
      { text: 'engage', start: 18, end: 24 },
    ]);
    for (const t of tokens) expect(FR.ges.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps slices exact on every sample, NFD input, emoji and ligatures included', () => {
    const samples = [
      ...Object.values(FR),
      ...Object.values(EN),
      UN_TARGET_1_1_FR,
      FR.pcaet.normalize('NFD'),
      '🌍♻️ Objectif zéro déchet 👩‍👩‍👧 pour 2030 ✅',
      'La mise en œuvre, l’Œuvre et les ﬁnancements',
    ];
    for (const sample of samples) {
      const tokens = tokenize(sample);
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) expect(sample.slice(t.start, t.end)).toBe(t.text);
      expect(offsetProblems(sample, tokens.map((t) => t.start), tokens.map((t) => t.end))).toEqual([]);
    }
  });

  it('keeps an NFD accented word in one token', () => {
    const nfd = 'rénovation énergétique'.normalize('NFD');
    expect(tokenize(nfd).map((t) => t.text)).toEqual(['rénovation'.normalize('NFD'), 'énergétique'.normalize('NFD')]);
  });

  it('splits French elisions at the apostrophe, straight or typographic', () => {
    expect(tokenize("l'eau").map((t) => t.text)).toEqual(['l', 'eau']);
    expect(tokenize('d’énergie').map((t) => t.text)).toEqual(['d', 'énergie']);
    expect(tokenize("jusqu'au").map((t) => t.text)).toEqual(['jusqu', 'au']);
  });

  it('splits hyphenated compounds into both parts, whatever the hyphen', () => {
    for (const hyphen of ['-', '\u2010', '\u2011']) {
      expect(tokenize(`éco${hyphen}quartier`).map((t) => t.text)).toEqual(['éco', 'quartier']);
      expect(tokenize(`centre${hyphen}bourg`).map((t) => t.text)).toEqual(['centre', 'bourg']);
    }
  });

  it('keeps a word broken by a soft hyphen whole', () => {
    expect(tokenize('les trans\u00ADports collectifs').map((t) => t.text)).toEqual([
      'les',
      'trans\u00ADports',
      'collectifs',
    ]);
  });

  it('keeps numbers, decimals with a comma or point, and digits glued to letters', () => {
    expect(tokenize(FR.budget).map((t) => t.text)).toContain('1,25');
    expect(tokenize('réduire de 40 % d’ici 2030, puis 3.5 t de CO2.').map((t) => t.text)).toEqual([
      'réduire',
      'de',
      '40',
      'd',
      'ici',
      '2030',
      'puis',
      '3.5',
      't',
      'de',
      'CO2',
    ]);
  });

  it('does not make tokens of emoji, variation selectors or skin tones', () => {
    expect(tokenize('🌍 ♻️ ❤️ 👍🏽 👩‍👩‍👧 ✅')).toEqual([]);
    expect(tokenize('Tri ♻️ des déchets').map((t) => t.text)).toEqual(['Tri', 'des', 'déchets']);
  });

  it('gives nothing for empty and whitespace-only strings', () => {
    for (const blank of ['', ' ', '\n\t  \r\n', '\u00A0\u202F\u3000']) expect(tokenize(blank)).toEqual([]);
  });
});

describe('stem', () => {
  it('gives accent-insensitive French stems', () => {
    expect(stem('énergétique', 'fr')).toBe(stem('energetique', 'fr'));
    expect(stem('énergétique', 'fr')).toBe('energet');
    expect(stem('collectivités', 'fr')).toBe(stem('collectivité', 'fr'));
  });

  it('stems English words with Porter', () => {
    expect(stem('emissions', 'en')).toBe('emiss');
    expect(stem('schools', 'en')).toBe(stem('school', 'en'));
  });

  it('keeps short words and numbers whole', () => {
    expect(stem('bus', 'en')).toBe('bus');
    expect(stem('zan', 'fr')).toBe('zan');
    expect(stem('2030', 'fr')).toBe('2030');
    expect(stem('1,25', 'fr')).toBe('1,25');
  });
});

describe('stem: long words and other scripts', () => {
  it('does not stem a word longer than MAX_STEMMED_LENGTH (Porter is quadratic on long runs)', () => {
    const long = 'a'.repeat(MAX_STEMMED_LENGTH - 10) + 'ations';
    expect(long.length).toBeLessThanOrEqual(MAX_STEMMED_LENGTH);
    expect(stem(long, 'en')).not.toBe(long);
    const tooLong = `${long}ations${'s'.repeat(10)}`;
    expect(stem(tooLong, 'en')).toBe(tooLong);
  });

  it('does not stem words in scripts neither language uses (only accents go, as for every stem)', () => {
    expect(stem('водоснабжение', 'fr')).toBe('водоснабжение');
    expect(stem('αγροτικές', 'fr')).toBe('αγροτικες');
    expect(stem('饮用水', 'en')).toBe('饮用水');
  });

  it('a 160,000-character word (Chinese or Thai without spaces) is one word, neither stemmed nor matched nor counted', () => {
    const run = '饮用水安全'.repeat(32_000);
    const analysis = analyze(`Drinking water ${run} for all`, 'en');
    expect(analysis.keys).toEqual(['drinking', 'water']);
    const stream = streamWords(words(`potable ${run}`), 'en');
    expect([stream.stems[1], stream.keys[1], stream.content[1]]).toEqual(['', '', 1]);
  }, 10_000);

  it('an over-long Latin word matches no prefix and no phrase', () => {
    const matcher = new CompiledMatcher<null>('fr');
    matcher.add({ id: 'agri', query: parseQuery('agri*'), data: null });
    const hits = (t: string) => matcher.match(streamWords(words(t), 'fr')).map((m) => m.id);
    expect(hits('agriculteurs')).toEqual(['agri']);
    expect(hits(`agriculture${'x'.repeat(MAX_STEMMED_LENGTH)}`)).toEqual([]);
  });
});

describe('words', () => {
  it('gives the normalised surface and the accent-free key with original offsets', () => {
    const [first] = words('Œuvre');
    expect(first).toMatchObject({ surface: 'oeuvre', key: 'oeuvre', start: 0, end: 5 });
    const [second] = words('ÉNERGÉTIQUE'.normalize('NFD'));
    expect(second?.surface).toBe('énergétique');
    expect(second?.key).toBe('energetique');
  });
});

describe('analyze', () => {
  it('keeps the noun of an elision and drops the elided article', () => {
    expect(contentWords("l'eau", 'fr')).toEqual(['eau']);
    expect(contentWords('l’eau', 'fr')).toEqual(['eau']);
    expect(contentWords("d'énergie", 'fr')).toEqual(['énergie']);
    expect(contentWords(FR.eau, 'fr')).toEqual([
      'plan',
      'prévoit',
      'extension',
      'réseau',
      'chaleur',
      'amélioration',
      'qualité',
      'eau',
    ]);
  });

  it("drops qu', jusqu', lorsqu' and puisqu' and keeps the words that follow", () => {
    expect(contentWords("jusqu'au 31 décembre", 'fr')).toEqual(['31', 'décembre']);
    expect(contentWords("lorsqu'une inondation survient", 'fr')).toEqual(['inondation', 'survient']);
    expect(contentWords('puisqu’aucun ouvrage', 'fr')).toEqual(['aucun', 'ouvrage']);
    const sentence = contentWords(FR.inondation, 'fr');
    expect(sentence).toEqual(expect.arrayContaining(['considère', 'convient', 'agir', 'inondation', 'ouvrage']));
    for (const elided of ['qu', 'il', 'd', 'lorsqu', 'puisqu', 'une']) expect(sentence).not.toContain(elided);
  });

  it('gives the same stems for œuvre and oeuvre, in any case', () => {
    const stems = ['mise en œuvre', 'mise en oeuvre', 'MISE EN ŒUVRE', 'Mise en Œuvre'].map((s) => analyze(s, 'fr').stems);
    for (const s of stems) expect(s).toEqual(stems[0]);
    expect(stems[0]).toContain('oeuvr');
  });

  it('is accent- and case-insensitive', () => {
    expect(analyze('rénovation énergétique', 'fr').stems).toEqual(analyze('RENOVATION ENERGETIQUE', 'fr').stems);
    expect(analyze('Rénovation Énergétique', 'fr').stems).toEqual(['renov', 'energet']);
  });

  it('gives the same stems for NFD input, with offsets into the NFD text', () => {
    const nfd = FR.pcaet.normalize('NFD');
    const a = analyze(nfd, 'fr');
    expectSameAnalysis(a, analyze(FR.pcaet, 'fr'));
    expect(a.starts.map((s, i) => nfd.slice(s, a.ends[i]).normalize('NFC'))).toEqual(contentWords(FR.pcaet, 'fr'));
  });

  it('treats typographic apostrophes and hyphens as the ASCII ones', () => {
    const typographic = FR.inondation.replaceAll("'", '’').replace('centre-bourg', 'centre\u2011bourg');
    expectSameAnalysis(analyze(typographic, 'fr'), analyze(FR.inondation, 'fr'));
  });

  it('gives both parts of hyphenated compounds', () => {
    expect(contentWords(FR.ecoquartier, 'fr')).toEqual(expect.arrayContaining(['éco', 'quartier']));
    expect(analyze('centre-bourg', 'fr').stems).toEqual(analyze('centre bourg', 'fr').stems);
    expect(analyze('éco-quartier', 'fr').stems).toEqual(['eco', 'quarti']);
  });

  it('keeps acronyms as content words', () => {
    expect(contentWords(FR.pcaet, 'fr')).toEqual(expect.arrayContaining(['PCAET', 'EnR', 'ZAN']));
    expect(analyze(FR.pcaet, 'fr').stems).toEqual(expect.arrayContaining(['pcaet', 'enr', 'zan']));
  });

  it('keeps years and decimal numbers', () => {
    expect(analyze(FR.ges, 'fr').stems).toEqual(expect.arrayContaining(['40', '2030']));
    expect(analyze(FR.budget, 'fr').stems).toContain('1,25');
    expect(contentWords(UN_TARGET_1_1_FR, 'fr')).toEqual(expect.arrayContaining(['2030', '1,25', 'États', 'Unis']));
  });

  it('analyses English council prose', () => {
    expect(contentWords(EN.ges, 'en')).toEqual(['council', 'reduce', 'greenhouse', 'gas', 'emissions', 'district', '40', '2030']);
    expect(analyze(EN.air, 'en').stems).toEqual(expect.arrayContaining(['air', 'qualiti', 'school']));
  });

  it('is not disturbed by emoji, and points past them exactly', () => {
    const sample = '♻️ Tri des déchets 🌍 : objectif zéro déchet en 2030 👍🏽 ❤️';
    const a = analyze(sample, 'fr');
    expect(a.stems).toEqual(['tri', 'dechet', 'objectif', 'zero', 'dechet', '2030'].map((w) => stem(w, 'fr')));
    expect(a.stems.every((s) => s.length > 0)).toBe(true);
    expect(contentWords(sample, 'fr')).toEqual(['Tri', 'déchets', 'objectif', 'zéro', 'déchet', '2030']);
  });

  it('slices each content word exactly out of text with ligatures and astral characters', () => {
    const sample = '𝐏𝐂𝐀𝐄𝐓 : la mise en œuvre des ﬁnancements 🌱 pour l’Œuvre commune';
    const a = analyze(sample, 'fr');
    expect(offsetProblems(sample, a.starts, a.ends)).toEqual([]);
    expect(contentWords(sample, 'fr')).toEqual(expect.arrayContaining(['œuvre', 'Œuvre', '𝐏𝐂𝐀𝐄𝐓']));
  });

  it('gives no words for empty and whitespace-only strings', () => {
    for (const blank of ['', '   ', '\n\n\t', '\u00A0']) {
      for (const language of ['fr', 'en'] as const) {
        expect(analyze(blank, language)).toMatchObject({ language, stems: [], starts: [], ends: [] });
      }
    }
  });

  it('analyses a 5 MB document', () => {
    const paragraph = `${FRENCH_PARAGRAPHS.join('\n\n')}\n\n`;
    const repeats = Math.ceil((5 * 1024 * 1024) / paragraph.length);
    const big = paragraph.repeat(repeats);
    expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const a = analyze(big, 'fr');
    const once = analyze(paragraph, 'fr');
    expect(a.stems).toHaveLength(repeats * once.stems.length);
    expect(a.stems.slice(-once.stems.length)).toEqual(once.stems);
    expect(a.starts).toHaveLength(a.stems.length);
    expect(a.ends[a.ends.length - 1]).toBeLessThanOrEqual(big.length);
    expect(detectLanguage(big)).toBe('fr');
  });
});

describe('phraseStems', () => {
  it('analyses a lexicon phrase as documents are analysed', () => {
    expect(phraseStems("l'efficacité énergétique", 'fr')).toEqual(analyze('efficacité energetique', 'fr').stems);
    expect(phraseStems('renewable energy', 'en')).toEqual(['renew', 'energi']);
  });
});

describe('detectLanguage', () => {
  it.each(Object.entries(FR).filter(([key]) => key !== 'budget'))('detects French (%s)', (_, sentence) => {
    expect(detectLanguage(sentence)).toBe('fr');
  });

  it('detects French in the UN target texts and in NFD text', () => {
    expect(detectLanguage(UN_TARGET_1_1_FR)).toBe('fr');
    expect(detectLanguage(FR.pcaet.normalize('NFD'))).toBe('fr');
  });

  it.each(Object.entries(EN))('detects English (%s)', (_, sentence) => {
    expect(detectLanguage(sentence)).toBe('en');
  });

  it.each(['', '   ', 'OK', 'PCAET 2026', 'Agenda 2030', 'ODD 13', 'Plan climat', 'Net zero', '🌍♻️', '2030'])(
    'says und for short or ambiguous %j',
    (sample) => {
      expect(detectLanguage(sample)).toBe('und');
    },
  );

  it('says und for a text with as much French as English', () => {
    expect(detectLanguage('le conseil et la ville with the council and the city dans les quartiers of')).toBe('und');
  });
});

describe('text (public namespace)', () => {
  it('exposes the pipeline', () => {
    expect(publicText.analyze).toBe(analyze);
    expect(publicText.tokenize).toBe(tokenize);
    expect(publicText.normalizeText).toBe(normalizeText);
  });
});

describe('properties', () => {
  /** Characters that stress the pipeline, mixed with arbitrary code points and lone surrogates. */
  const tricky = fc.constantFrom(
    'e', 'É', 'é', '\u0301', '\u0327', "'", '’', 'ʼ', '-', '\u2010', '\u2011', '\u00AD', 'œ', 'Œ', 'æ', 'ﬁ',
    ',', '.', '1', '9', ' ', '\n', '🌍', '♻', '\uFE0F', '\u200D', '🏽', '𝐏', 'İ', 'ß', 'ς', '\uD800', '\uDC00', 'l', 'd', 'qu',
  );
  const unit = fc.oneof(
    { arbitrary: tricky, weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), weight: 1 },
  );
  const anyText = fc.oneof(
    fc.array(unit, { maxLength: 60 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const language = fc.constantFrom<Language>('fr', 'en');

  it('tokenize: offsets are increasing, within bounds, non-overlapping, and slices round-trip', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tokens = tokenize(s);
        expect(offsetProblems(s, tokens.map((t) => t.start), tokens.map((t) => t.end))).toEqual([]);
        for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('analyze never throws, and its offsets are sound', () => {
    fc.assert(
      fc.property(anyText, language, (s, lang) => {
        const a = analyze(s, lang);
        expect(a.language).toBe(lang);
        expect(a.starts).toHaveLength(a.stems.length);
        expect(a.ends).toHaveLength(a.stems.length);
        expect(offsetProblems(s, a.starts, a.ends)).toEqual([]);
        for (const st of a.stems) expect(st.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('analyze gives the same stems for a text and its NFC, NFD forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), language, (s, lang) => {
        expect(analyze(s.normalize('NFD'), lang).stems).toEqual(analyze(s.normalize('NFC'), lang).stems);
      }),
      { numRuns: 300 },
    );
  });

  it('detectLanguage never throws and answers fr, en or und', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(['fr', 'en', 'und']).toContain(detectLanguage(s));
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeText is idempotent and leaves no typographic apostrophe or hyphen', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once).toBe(once.normalize('NFC'));
        expect(once).not.toMatch(/[\u2019\u02BC\u2010\u2011\u00ADœŒæÆ]/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the hand-written tokenizer', () => {
  it('finds exactly the words of WORD_PATTERN, on random text of letters, marks, digits, soft hyphens, separators and astral characters', async () => {
    const fc = (await import('fast-check')).default;
    const { eachToken, WORD_PATTERN } = await import('../src/text/tokenize.js');
    const pieces = ['a', 'É', 'é', 'e\u0301', 'ß', 'Ω', 'ж', '中', 'ٹ', '٣', '²', '½', '7', '0', '\u00AD', '.', ',', ' ', '-', "'", '’', '\u0301', '\uFE0F', '😀', '𝐀', '𝟙', '\uD83D', '\uDE00', '\n', '\t', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const scanned: [string, number, number][] = [];
        eachToken(text, (w, s, e) => scanned.push([w, s, e]));
        const expected = [...text.matchAll(new RegExp(WORD_PATTERN.source, 'gu'))].map((m): [string, number, number] => [m[0], m.index, m.index + m[0].length]);
        expect(scanned).toEqual(expected);
      }),
      { numRuns: 20_000, seed: 20261201 },
    );
  });
});
