import { describe, expect, it } from 'vitest';
import { goals as allGoals } from '../src/taxonomy/index.js';
import { createGapAccumulator, gapReport } from '../src/report/index.js';
import { renderJsonChunks } from '../src/render/json.js';
import { renderHtml, renderHtmlParts } from '../src/render/html.js';
import { escapeMarkdown, renderMarkdown } from '../src/render/markdown.js';
import { renderWheel, segmentOpacity } from '../src/render/wheel.js';
import { scoreResult } from './helpers/results.js';

/** A three-action plan expected to serve goals 3, 7 and 13 (3 core). */
const small = gapReport(
  [
    Object.assign(scoreResult('R-01', { 7: 0.82, 13: 0.41 }, { '7.3': 0.8, '13.2': 0.4 }), { title: 'Rénovation énergétique | habitat' }),
    Object.assign(scoreResult('R-02', { 3: 0.21, 11: 0.64 }, { '11.2': 0.62, '3.9': 0.15 }, { 3: ['qualité de l’air', 'santé'] }), { title: 'Plan vélo' }),
    scoreResult('R-03', { 16: 0.05 }),
  ],
  { expect: [3, 7, 13], core: [3], threshold: 0.35 },
);

/** A PCAET whose programme titles try to inject markup. */
const hostile = gapReport(
  [
    Object.assign(scoreResult('<img src=x onerror=alert(1)>', { 7: 0.7, 3: 0.2 }, {}, { 3: ['<b>air</b>'] }), { title: '<script>alert(1)</script>' }),
    Object.assign(scoreResult('"quoted" & \'single\'', { 13: 0.5 }), { title: 'Fin des foyers ouverts <style>body{display:none}</style>' }),
  ],
  { planType: 'pcaet', threshold: 0.35 },
);

describe('renderMarkdown', () => {
  it('renders a small report in French', () => {
    expect(renderMarkdown(small, { locale: 'fr' })).toMatchInlineSnapshot(`
      "# Rapport d’écarts ODD

      - Type de plan : ODD attendus fixés par l’utilisateur
      - Programmes : 3
      - Seuil : 0,35 · Seuil « faible » : 0,18
      - Couverture des ODD attendus : **83 %** ((couverts + ½ × faibles) / attendus)

      ## ODD attendus manquants

      Aucun ODD attendu ne manque.

      ## Les 17 ODD

      ✓ couvert · ~ faible · ✗ manquant · · non attendu

      | | ODD | Statut | Meilleur score | Part des programmes | Programmes |
      | :-: | --- | --- | --: | --: | --- |
      | ~ | ODD 3 — Bonne santé et bien-être (essentiel) | faible | 0,21 | 0 % |  |
      | ✓ | ODD 7 — Énergie propre et d'un coût abordable | couvert | 0,82 | 33 % | R-01 |
      | ✓ | ODD 13 — Mesures relatives à la lutte contre les changements climatiques | couvert | 0,41 | 33 % | R-01 |
      | · | ODD 11 — Villes et communautés durables | non attendu, traité | 0,64 | 33 % | R-02 |
      | · | ODD 1 — Pas de pauvreté | non attendu | 0,00 | 0 % |  |
      | · | ODD 2 — Faim "zéro" | non attendu | 0,00 | 0 % |  |
      | · | ODD 4 — Éducation de qualité | non attendu | 0,00 | 0 % |  |
      | · | ODD 5 — Égalité entre les sexes | non attendu | 0,00 | 0 % |  |
      | · | ODD 6 — Eau propre et assainissement | non attendu | 0,00 | 0 % |  |
      | · | ODD 8 — Travail décent et croissance économique | non attendu | 0,00 | 0 % |  |
      | · | ODD 9 — Industrie, innovation et infrastructure | non attendu | 0,00 | 0 % |  |
      | · | ODD 10 — Inégalités réduites | non attendu | 0,00 | 0 % |  |
      | · | ODD 12 — Consommation et production responsables | non attendu | 0,00 | 0 % |  |
      | · | ODD 14 — Vie aquatique | non attendu | 0,00 | 0 % |  |
      | · | ODD 15 — Vie terrestre | non attendu | 0,00 | 0 % |  |
      | · | ODD 16 — Paix, justice et institutions efficaces | non attendu | 0,05 | 0 % |  |
      | · | ODD 17 — Partenariats pour la réalisation des objectifs | non attendu | 0,00 | 0 % |  |

      ## ODD faibles : indices trouvés

      ### ODD 3 — Bonne santé et bien-être

      - R-02 — Plan vélo (0,21) — mots trouvés : « qualité de l’air », « santé »

      ## Cibles non traitées

      Cibles des ODD attendus qu’aucun programme ne traite (score inférieur au seuil des cibles).

      - **ODD 3 — Bonne santé et bien-être**
        - 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 3.a, 3.b, 3.c … et 1 de plus
      - **ODD 7 — Énergie propre et d'un coût abordable**
        - 7.1, 7.2, 7.a, 7.b
      - **ODD 13 — Mesures relatives à la lutte contre les changements climatiques**
        - 13.1, 13.3, 13.a, 13.b

      ## ODD traités sans être attendus

      - · ODD 11 — Villes et communautés durables — 0,64

      ## Programmes sans ODD

      Aucun de leurs scores n’atteint le seuil.

      - R-03

      ## Concentration

      - Les deux ODD les plus fréquents (ODD 7, ODD 11) portent 67 % des étiquettes.
      - Entropie de Shannon normalisée : 0,39 (0 = un seul ODD, 1 = réparti sur les 17).

      ## Provenance des liens

      | ODD | Lien | Source |
      | --- | --- | --- |
      | ODD 3 — Bonne santé et bien-être (essentiel) | utilisateur |  |
      | ODD 7 — Énergie propre et d'un coût abordable | utilisateur |  |
      | ODD 13 — Mesures relatives à la lutte contre les changements climatiques | utilisateur |  |

      _Produit par sdg-align (schemaVersion 1)._
      "
    `);
  });

  it('renders the same report in English', () => {
    const md = renderMarkdown(small, { locale: 'en' });
    expect(md.split('\n').slice(0, 20).join('\n')).toMatchInlineSnapshot(`
      "# SDG gap report

      - Plan type: Expected goals set by the user
      - Programmes: 3
      - Threshold: 0.35 · Weak threshold: 0.18
      - Coverage of expected goals: **83%** ((covered + ½ × weak) / expected)

      ## Missing expected goals

      No expected goal is missing.

      ## The 17 goals

      ✓ covered · ~ weak · ✗ missing · · not expected

      | | SDG | Status | Best score | Share of programmes | Programmes |
      | :-: | --- | --- | --: | --: | --- |
      | ~ | SDG 3 — Good health and well-being (core) | weak | 0.21 | 0% |  |
      | ✓ | SDG 7 — Affordable and clean energy | covered | 0.82 | 33% | R-01 |
      | ✓ | SDG 13 — Climate action | covered | 0.41 | 33% | R-01 |"
    `);
    expect(md).toContain('- R-02 — Plan vélo (0.21) — matched words: « qualité de l’air », « santé »');
    expect(md).toContain('The two most frequent goals (SDG 7, SDG 11) hold 67% of the labels.');
  });

  it('lists missing goals first, with the core ones marked, and the provenance footnote for a built-in plan type', () => {
    const md = renderMarkdown(hostile, { locale: 'fr' });
    const rows = md.split('\n').filter((line) => /^\| [✓~✗·] \|/.test(line));
    expect(rows).toHaveLength(17);
    expect(rows.slice(0, 6).map((r) => r.slice(0, 12))).toEqual(['| ✗ | ODD 2 ', '| ✗ | ODD 9 ', '| ✗ | ODD 11', '| ✗ | ODD 12', '| ✗ | ODD 15', '| ~ | ODD 3 ']);
    expect(md).toContain('- ✗ ODD 2 — Faim "zéro" — meilleur score 0,00');
    expect(md).toContain('Type de plan\u00a0: PCAET — Plan climat-air-énergie territorial[^provenance]');
    expect(md).toContain(
      '[^provenance]: La plupart des liens entre ce type de plan et les ODD relèvent du jugement, reconstitué à partir de sources publiques ; ce n’est pas une transcription de la figure du CEREMA.',
    );
    expect(renderMarkdown(hostile, { locale: 'en' })).toContain(
      '[^provenance]: Most goal links of this plan type are judgement reconstructed from public sources, not a transcription of the CEREMA figure.',
    );
    expect(md).toContain('| ODD 13 — Mesures relatives à la lutte contre les changements climatiques (essentiel) | cité | Comité 21, Infos 21 n°198');
  });

  it('escapes user text: no raw HTML, no broken table', () => {
    const md = renderMarkdown(hostile, { locale: 'en' });
    expect(md).not.toMatch(/<script|<img|<style|<b>/);
    expect(md).toContain('&lt;script\\>alert\\(1\\)&lt;/script\\> (0,20)'.replace(',', '.'));
    expect(escapeMarkdown('a | b\nc *d* <x>')).toBe('a \\| b c \\*d\\* &lt;x\\>');
  });

  it('escapes bare URLs, www. names and e-mail addresses, which GitHub would turn into links', () => {
    expect(escapeMarkdown('https://evil.example/a http://x.example WWW.evil.example ftp://f.example mail@evil.example')).toBe(
      'https\\://evil.example/a http\\://x.example WWW\\.evil.example ftp\\://f.example mail\\@evil.example',
    );
    const md = renderMarkdown(gapReport([scoreResult('https://evil.example/phish', { 7: 0.1 }), scoreResult('www.evil.example', { 7: 0.05 })], { expect: [7], threshold: 0.35 }), { locale: 'en' });
    expect(md).toContain('https\\://evil.example/phish');
    expect(md).not.toMatch(/https?:\/\/|(^|[^\\])www\./im);
    // Every table row keeps its 7 pipes even with a "|" in a title.
    const table = renderMarkdown(small, { locale: 'fr' })
      .split('\n')
      .filter((line) => line.startsWith('| ') && line.includes('ODD '));
    for (const row of table.filter((r) => /^\| [✓~✗·] /.test(r))) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  it('rejects an unknown locale', () => {
    expect(() => renderMarkdown(small, { locale: 'de' as never })).toThrow(/"locale": expected "fr" or "en"/);
  });
});

describe('renderWheel', () => {
  it('draws 17 segments in the official colours, shaded by best score', () => {
    const svg = renderWheel(small, { locale: 'en' });
    const segments = [...svg.matchAll(/<path class="sdg-segment" data-goal="(\d+)" data-status="([a-z-]+)" d="[^"]+" fill="(#[0-9A-F]{6})" fill-opacity="([\d.]+)"/g)];
    expect(segments.map((s) => Number(s[1]))).toEqual(allGoals.map((g) => g.goal));
    expect(segments.map((s) => s[3])).toEqual(allGoals.map((g) => g.colour));
    const opacity = Object.fromEntries(segments.map((s) => [s[1], Number(s[4])]));
    expect(opacity['7']).toBe(1); // covered
    expect(opacity['3']).toBeCloseTo(0.12 + 0.88 * (0.21 / 0.35), 2); // weak: half-tone
    expect(opacity['5']).toBe(0.12); // no evidence
    expect(svg).toContain('<title>SDG 3 — Good health and well-being (core): weak (best score 0.21)</title>');
    expect(svg).not.toMatch(/https?:|xlink|href/);
  });

  it('outlines expected goals, dashed when missing', () => {
    const svg = renderWheel(hostile, { locale: 'fr' });
    expect(svg).toMatch(/data-goal="9" data-status="missing"[^>]*stroke="#1b1b1b" stroke-width="3" stroke-dasharray="7 5"/);
    expect(svg).toMatch(/data-goal="7" data-status="covered"[^>]*stroke="#1b1b1b" stroke-width="3">/);
    expect(svg).toMatch(/data-goal="1" data-status="not-expected"[^>]*stroke="#ffffff"/);
  });

  it('segmentOpacity grows with the score up to the threshold', () => {
    expect(segmentOpacity(0, 0.35)).toBe(0.12);
    expect(segmentOpacity(0.35, 0.35)).toBe(1);
    expect(segmentOpacity(0.9, 0.35)).toBe(1);
    expect(segmentOpacity(0.175, 0.35)).toBe(0.56);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(hostile, { locale: 'fr' });

  it('is one self-contained page: nothing to fetch, no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    // No src= attribute in any tag. Quoted values are blanked first: escaped user text may say
    // "src=" inside a title="…" value, where it is inert.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
    // The only link is the in-page footnote anchor.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['#provenance-note']);
  });

  it('has the wheel (17 segments with titles), the heatmap, the gap tables and the footnote', () => {
    expect(html.match(/class="sdg-segment"/g)).toHaveLength(17);
    for (const g of allGoals) expect(html).toContain(`data-goal="${g.goal}" data-status=`);
    expect(html.match(/<path class="sdg-segment"[^>]*><title>[^<]+<\/title><\/path>/g)).toHaveLength(17);
    const heatmap = html.slice(html.indexOf('<table class="heatmap">'), html.indexOf('</table>', html.indexOf('<table class="heatmap">')));
    expect(heatmap.match(/<tr>/g)).toHaveLength(3); // header + 2 programmes
    expect(heatmap.match(/<td class="cell/g)).toHaveLength(34);
    expect(html).toContain('<table class="targets">');
    expect(html).toContain('<h2>ODD attendus manquants</h2>');
    expect(html).toContain('<p class="footnote" id="provenance-note">* La plupart des liens');
  });

  it('is readable on paper and on a 360 px phone', () => {
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
    expect(html).toContain('@media (max-width: 480px)');
    expect(html).toMatch(/\.scroll \{ overflow-x: auto;/);
    expect(html).toMatch(/\.wheel svg \{ display: block; width: 100%; height: auto; \}/);
    expect(html).toContain('viewBox="0 0 400 400"');
  });

  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<style>body{display:none}');
    expect(html).not.toContain('<b>air</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
    expect(html).toContain('« &lt;b&gt;air&lt;/b&gt; »');
    // Exactly one <style> element: ours.
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('is deterministic and localised', () => {
    expect(renderHtml(hostile, { locale: 'fr' })).toBe(html);
    const en = renderHtml(hostile, { locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Missing expected goals</h2>');
    expect(en).toContain('Most goal links of this plan type are judgement');
  });
});

describe('renderHtmlParts', () => {
  it('gives the title, style sheet and body that renderHtml puts into its page', () => {
    const parts = renderHtmlParts(hostile, { locale: 'en' });
    const html = renderHtml(hostile, { locale: 'en' });
    expect(parts.locale).toBe('en');
    expect(parts.title).toBe('SDG gap report — PCAET — Territorial climate-air-energy plan');
    expect(html).toContain(`<style>\n${parts.css}\n</style>`);
    expect(html).toContain(`<body>\n${parts.body}\n</body>\n</html>\n`);
    expect(parts.body.startsWith('<header>')).toBe(true);
    expect(parts.body).not.toMatch(/<\/?(html|head|body|style)\b/);
  });
});

describe('renderJsonChunks', () => {
  it('joined, is JSON.stringify(report, null, 2), for a report and for its lazy form', () => {
    for (const report of [small, hostile, gapReport([], { planType: 'pat', threshold: 0.35 })]) {
      expect([...renderJsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2));
    }
    const many = Array.from({ length: 700 }, (_, i) => scoreResult(`P${i}`, { 7: (i % 10) / 10, 13: 0.4 }, { '7.3': 0.5 }));
    const accumulator = createGapAccumulator({ expect: [7, 13], threshold: 0.35 });
    for (const r of many) accumulator.add(r);
    const whole = JSON.stringify(accumulator.report(), null, 2);
    const pieces = [...renderJsonChunks(accumulator.lazyReport())];
    expect(pieces.join('')).toBe(whole);
    // Long lists come in slices of 256 elements: no piece holds the 700 programmes, or a goal's 420 ids.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 2);
  });
});
