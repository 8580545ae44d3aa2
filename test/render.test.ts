import { describe, expect, it } from 'vitest';
import { sdgFramework } from '../src/frameworks/sdg.js';
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
  { framework: sdgFramework, expect: [3, 7, 13], core: [3], threshold: 0.35 },
);

/** A PCAET whose programme titles try to inject markup. */
const hostile = gapReport(
  [
    Object.assign(scoreResult('<img src=x onerror=alert(1)>', { 7: 0.7, 3: 0.2 }, {}, { 3: ['<b>air</b>'] }), { title: '<script>alert(1)</script>' }),
    Object.assign(scoreResult('"quoted" & \'single\'', { 13: 0.5 }), { title: 'Fin des foyers ouverts <style>body{display:none}</style>' }),
  ],
  { framework: sdgFramework, planType: 'pcaet', threshold: 0.35 },
);

describe('renderMarkdown', () => {
  it('renders a small report in French', () => {
    expect(renderMarkdown(small, { locale: 'fr' })).toMatchInlineSnapshot(`
      "# Rapport d’écarts ODD

      - Type de plan : ODD attendus fixés par l’utilisateur
      - Programmes : 3
      - Couverture des ODD attendus : **83 %** — sur les 3 ODD attendus, 2 sont traités par au moins un programme et 1 l’est faiblement (un ODD faible compte pour moitié).

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

      ## ODD faibles : indices trouvés

      ### ODD 3 — Bonne santé et bien-être

      - R-02 — Plan vélo (0,21) — mots trouvés : « qualité de l’air », « santé »

      ## Les cinq finalités du développement durable

      Les ODD traités, regroupés selon les cinq finalités de l’article L110-1 du Code de l’environnement, sur lesquelles les collectivités de plus de 50 000 habitants rendent compte chaque année (rapport sur la situation en matière de développement durable).

      | Finalité | ODD liés | Traités | Attendus, non traités |
      | --- | --- | --- | --- |
      | 1° Lutte contre le changement climatique | **7**, 11, **13**, 15 | 7, 11, 13 (75 %) | — |
      | 2° Biodiversité, milieux et ressources | 2, **6**, 11, 12, **14**, **15** | 11 (17 %) | — |
      | 3° Cohésion sociale et solidarités | **1**, 3, 4, **5**, 7, **8**, 9, **10**, **11**, **16**, **17** | 7, 11 (18 %) | 3 |
      | 4° Épanouissement de tous les êtres humains | 1, **2**, **3**, **4**, 5, 6, 8, 16 | — (0 %) | 3 |
      | 5° Transition vers une économie circulaire | 2, **8**, **9**, **12** | — (0 %) | — |

      _Chaque lien entre un ODD et une finalité relève du jugement, rédigé pour sdg-align d’après les textes des ODD et de leurs cibles : aucune table de correspondance publiée par le CGDD n’a pu être consultée._

      ## Cibles non traitées

      Cibles des ODD attendus qu’aucun programme ne traite (score inférieur au seuil des cibles).

      - **ODD 3 — Bonne santé et bien-être**
        - Autres cibles : 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 3.a, 3.b, 3.c, 3.d (leur texte est en annexe)
      - **ODD 7 — Énergie propre et d'un coût abordable**
        - Autres cibles : 7.1, 7.2, 7.a, 7.b (leur texte est en annexe)
      - **ODD 13 — Mesures relatives à la lutte contre les changements climatiques**
        - Autres cibles : 13.1, 13.3, 13.a, 13.b (leur texte est en annexe)

      ## ODD traités sans être attendus

      - · ODD 11 — Villes et communautés durables — 0,64

      ## Programmes sans ODD

      Aucun de leurs scores n’atteint le seuil.

      - R-03

      ## Les programmes : les mots derrière chaque ODD

      Pour chaque programme, les ODD pour lesquels il compte, les mots trouvés et leur place dans son texte.

      ### R-01 — Rénovation énergétique \\| habitat

      - ODD 7 — Énergie propre et d'un coût abordable (0,82) — aucun mot-clé : le texte est proche de l’ODD dans son ensemble
      - ODD 13 — Mesures relatives à la lutte contre les changements climatiques (0,41) — aucun mot-clé : le texte est proche de l’ODD dans son ensemble

      ### R-02 — Plan vélo

      - ODD 11 — Villes et communautés durables (0,64) — aucun mot-clé : le texte est proche de l’ODD dans son ensemble

      ## Annexe technique

      Comment les chiffres ci-dessus sont calculés.

      - Seuil : un programme traite un ODD quand son score (une probabilité) atteint 0,35 ; un ODD attendu est faible quand son meilleur score atteint 0,18 sans atteindre 0,35 ; une cible est traitée à partir de 0,35.
      - Couverture des ODD attendus : (couverts + ½ × faibles) / attendus
      - Concentration : Les deux ODD les plus fréquents (ODD 7, ODD 11) portent 67 % des étiquettes.
      - Répartition des étiquettes sur les 17 ODD : 0,39 (0 = toutes sur un seul ODD, 1 = également réparties sur les 17 ; c’est l’entropie de Shannon normalisée).

      ### Les autres cibles non traitées

      - **3.1** D’ici à 2030, faire passer le taux mondial de mortalité maternelle au-dessous de 70 pour 100 000 naissances vivantes
        - Indicateurs : 3.1.1 Taux de mortalité maternelle ; 3.1.2 Proportion d’accouchements assistés par du personnel de santé qualifié
      - **3.2** D’ici à 2030, éliminer les décès évitables de nouveau-nés et d’enfants de moins de 5 ans, tous les pays devant chercher à ramener la mortalité néonatale à 12 pour 1 000 naissances vivantes au plus et la mortalité des enfants de moins de 5 ans à 25 pour 1 000 naissances vivantes au plus
        - Indicateurs : 3.2.1 Taux de mortalité des enfants de moins de 5 ans ; 3.2.2 Taux de mortalité néonatale
      - **3.3** D’ici à 2030, mettre fin à l’épidémie de sida, à la tuberculose, au paludisme et aux maladies tropicales négligées et combattre l’hépatite, les maladies transmises par l’eau et autres maladies transmissibles
        - Indicateurs : 3.3.1 Nombre de nouvelles infections à VIH pour 1 000 personnes séronégatives, par sexe, âge et appartenance à un groupe de population à risque ; 3.3.2 Incidence de la tuberculose pour 100 000 habitants ; 3.3.3 Incidence du paludisme pour 1 000 habitants ; 3.3.4 Incidence de l’hépatite B pour 100 000 habitants ; 3.3.5 Nombre de personnes pour lesquelles des interventions contre les maladies tropicales négligées sont nécessaires
      - **3.4** D’ici à 2030, réduire d’un tiers, par la prévention et le traitement, le taux de mortalité prématurée due à des maladies non transmissibles et promouvoir la santé mentale et le bien-être
        - Indicateurs : 3.4.1 Taux de mortalité attribuable à des maladies cardiovasculaires, au cancer, au diabète ou à des maladies respiratoires chroniques ; 3.4.2 Taux de mortalité par suicide
      - **3.5** Renforcer la prévention et le traitement de l’abus de substances psychoactives, notamment de stupéfiants et d’alcool
        - Indicateurs : 3.5.1 Couverture des interventions thérapeutiques \\(services pharmacologiques, psychosociaux, services de désintoxication et de postcure\\) pour les troubles liés à la toxicomanie ; 3.5.2 Consommation d’alcool \\(en litres d’alcool pur\\) par habitant \\(âgé de 15 ans ou plus\\) au cours d’une année civile
      - **3.6** D’ici à 2020, diminuer de moitié à l’échelle mondiale le nombre de décès et de blessures dus à des accidents de la route
        - Indicateurs : 3.6.1 Taux de mortalité lié aux accidents de la route
      - **3.7** D’ici à 2030, assurer l’accès de tous à des services de soins de santé sexuelle et procréative, y compris à des fins de planification familiale, d’information et d’éducation, et veiller à la prise en compte de la santé procréative dans les stratégies et programmes nationaux
        - Indicateurs : 3.7.1 Proportion de femmes en âge de procréer \\(15 à 49 ans\\) qui utilisent des méthodes modernes de planification familiale ; 3.7.2 Taux de natalité chez les adolescentes \\(10 à 14 ans et 15 à 19 ans\\) pour 1 000 adolescentes du même groupe d’âge
      - **3.8** Faire en sorte que chacun bénéficie d’une couverture sanitaire universelle, comprenant une protection contre les risques financiers et donnant accès à des services de santé essentiels de qualité et à des médicaments et vaccins essentiels sûrs, efficaces, de qualité et d’un coût abordable
        - Indicateurs : 3.8.1 Couverture des services de santé essentiels ; 3.8.2 Proportion de la population consacrant une grande part de ses dépenses ou de ses revenus domestiques aux services de soins de santé
      - **3.9** D’ici à 2030, réduire nettement le nombre de décès et de maladies dus à des substances chimiques dangereuses et à la pollution et à la contamination de l’air, de l’eau et du sol
        - Indicateurs : 3.9.1 Taux de mortalité attribuable à la pollution de l’air dans les habitations et à la pollution de l’air ambiant ; 3.9.2 Taux de mortalité attribuable à l’insalubrité de l’eau, aux déficiences du système d’assainissement et au manque d’hygiène \\(accès à des services WASH inadéquats\\) ; 3.9.3 Taux de mortalité attribuable à un empoisonnement accidentel
      - **3.a** Renforcer dans tous les pays, selon qu’il convient, l’application de la Convention-cadre de l’Organisation mondiale de la Santé pour la lutte antitabac
        - Indicateurs : 3.a.1 Prévalence de la consommation actuelle de tabac chez les personnes de 15 ans ou plus \\(taux comparatifs par âge\\)
      - **3.b** Appuyer la recherche et le développement de vaccins et de médicaments contre les maladies, transmissibles ou non, qui touchent principalement les habitants des pays en développement, donner accès, à un coût abordable, aux médicaments et vaccins essentiels, conformément à la Déclaration de Doha sur l’Accord sur les aspects des droits de propriété intellectuelle qui touchent au commerce \\(ADPIC\\) et la santé publique, qui réaffirme le droit qu’ont les pays en développement de tirer pleinement parti des dispositions de cet accord qui ménagent une flexibilité lorsqu’il s’agit de protéger la santé publique et, en particulier, d’assurer l’accès universel aux médicaments
        - Indicateurs : 3.b.1 Proportion de la population cible ayant reçu tous les vaccins prévus par le programme national ; 3.b.2 Montant total net de l’aide publique au développement consacré à la recherche médicale et aux soins de santé de base ; 3.b.3 Proportion des établissements de santé disposant constamment d’un ensemble de médicaments essentiels à un coût abordable
      - **3.c** Accroître considérablement le budget de la santé et le recrutement, le perfectionnement, la formation et le maintien en poste du personnel de santé dans les pays en développement, notamment dans les pays les moins avancés et les petits États insulaires en développement
        - Indicateurs : 3.c.1 Densité et répartition du personnel de santé
      - **3.d** Renforcer les moyens dont disposent tous les pays, en particulier les pays en développement, en matière d’alerte rapide, de réduction des risques et de gestion des risques sanitaires nationaux et mondiaux
        - Indicateurs : 3.d.1 Application du Règlement sanitaire international \\(RSI\\) et degré de préparation aux urgences sanitaires ; 3.d.2 Pourcentage de septicémies causées par un organisme résistant aux antimicrobiens donné
      - **7.1** D’ici à 2030, garantir l’accès de tous à des services énergétiques fiables et modernes, à un coût abordable
        - Indicateurs : 7.1.1 Proportion de la population ayant accès à l’électricité ; 7.1.2 Proportion de la population utilisant principalement des carburants et technologies propres
      - **7.2** D’ici à 2030, accroître nettement la part de l’énergie renouvelable dans le bouquet énergétique mondial
        - Indicateurs : 7.2.1 Part de l’énergie renouvelable dans la consommation finale d’énergie
      - **7.a** D’ici à 2030, renforcer la coopération internationale en vue de faciliter l’accès aux sciences et technologies de l’énergie propre, notamment les énergies renouvelables, l’efficacité énergétique et les nouvelles technologies de combustion propre des combustibles fossiles, et encourager l’investissement dans l’infrastructure énergétique et les technologies propres dans le domaine de l’énergie
        - Indicateurs : 7.a.1 Flux financiers internationaux à destination des pays en développement à l’appui de la recherche-développement dans le domaine des énergies propres et de la production d’énergie renouvelable, notamment au moyen de systèmes hybrides
      - **7.b** D’ici à 2030, développer l’infrastructure et améliorer la technologie afin de fournir des services énergétiques modernes et durables à tous les habitants des pays en développement, en particulier des pays les moins avancés, des petits États insulaires en développement et des pays en développement sans littoral, dans le respect des programmes d’aide qui les concernent
        - Indicateurs : 7.b.1 Puissance installée du parc d’énergie renouvelable dans les pays en développement \\(en watts par habitant\\) \\(identique à l’indicateur proposé en remplacement de l’indicateur 12.a.1 ci-dessous\\)
      - **13.1** Renforcer, dans tous les pays, la résilience et les capacités d’adaptation face aux aléas climatiques et aux catastrophes naturelles liées au climat
        - Indicateurs : 13.1.1 Nombre de personnes décédées, disparues ou directement touchées lors de catastrophes, pour 100 000 personnes ; 13.1.2 Nombre de pays ayant adopté et mis en place des stratégies nationales de réduction des risques, conformément au Cadre de Sendai pour la réduction des risques de catastrophe \\(2015‐2030\\) ; 13.1.3 Proportion d’administrations locales ayant adopté et mis en place des stratégies locales de réduction des risques de catastrophe, conformément aux stratégies suivies à l’échelle nationale
      - **13.3** Améliorer l’éducation, la sensibilisation et les capacités individuelles et institutionnelles en ce qui concerne l’adaptation aux changements climatiques, l’atténuation de leurs effets et la réduction de leur impact et les systèmes d’alerte rapide
        - Indicateurs : 13.3.1 Degré d’intégration de i\\) l’éducation à la citoyenneté mondiale et ii\\) l’éducation au développement durable dans a\\) les politiques nationales d’éducation, b\\) les programmes d’enseignement, c\\) la formation des enseignants et d\\) l’évaluation des étudiants \\(identique à l’amélioration à apporter aux indicateurs 4.7.1 et 12.8.1, figurant à l’annexe III\\)
      - **13.a** Mettre en œuvre l’engagement que les pays développés parties à la Convention-cadre des Nations Unies sur les changements climatiques ont pris de mobiliser ensemble auprès de multiples sources 100 milliards de dollars par an d’ici à 2020 pour répondre aux besoins des pays en développement en ce qui concerne les mesures concrètes d’atténuation et la transparence de leur mise en œuvre et rendre le Fonds vert pour le climat pleinement opérationnel en le dotant dans les plus brefs délais des moyens financiers nécessaires
        - Indicateurs : 13.a.1 Montant \\(en dollars des États-Unis\\) des ressources fournies et mobilisées par année relativement à l’objectif collectif actuel de mobilisation, soit 100 milliards de dollars jusqu’en 2025
      - **13.b** Promouvoir des mécanismes de renforcement des capacités afin que les pays les moins avancés et les petits États insulaires en développement se dotent de moyens efficaces de planification et de gestion pour faire face aux changements climatiques, l’accent étant mis, notamment, sur les femmes, les jeunes, la population locale et les groupes marginalisés
        - Indicateurs : 13.b.1 Nombre de pays les moins avancés et de petits États insulaires en développement ayant prévu des contributions déterminées au niveau national, des stratégies à long terme, des plans nationaux d’adaptation ou des stratégies, tel qu’il ressort des communications relatives à l’adaptation et des communications nationales \\(reprend l’indicateur proposé en remplacement de l’indicateur 13.2.1, avec une modification mineure\\)

      ### Provenance des liens

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
      - Coverage of expected goals: **83%** — of the 3 expected goals, 2 are covered by at least one programme and 1 only weakly (a weak goal counts half).

      ## Missing expected goals

      No expected goal is missing.

      ## The 17 goals

      ✓ covered · ~ weak · ✗ missing · · not expected

      | | SDG | Status | Best score | Share of programmes | Programmes |
      | :-: | --- | --- | --: | --: | --- |
      | ~ | SDG 3 — Good health and well-being (core) | weak | 0.21 | 0% |  |
      | ✓ | SDG 7 — Affordable and clean energy | covered | 0.82 | 33% | R-01 |
      | ✓ | SDG 13 — Climate action | covered | 0.41 | 33% | R-01 |
      | · | SDG 11 — Sustainable cities and communities | not expected, addressed | 0.64 | 33% | R-02 |"
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
      '[^provenance]: La plupart des liens entre ce type de plan et les ODD relèvent du jugement, reconstitué à partir de sources publiques\u00a0; ce n’est pas une transcription de la figure du CEREMA.',
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
    const md = renderMarkdown(gapReport([scoreResult('https://evil.example/phish', { 7: 0.1 }), scoreResult('www.evil.example', { 7: 0.05 })], { framework: sdgFramework, expect: [7], threshold: 0.35 }), { locale: 'en' });
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
    // The only links are in-page anchors: the footnote, the programmes' sections, back to the heat map.
    for (const [, target] of html.matchAll(/href="([^"]*)"/g)) expect(target).toMatch(/^#(provenance-note|heatmap|p-\d+)$/);
    for (const [, target] of html.matchAll(/href="#([^"]*)"/g)) expect(html).toContain(`id="${target}"`);
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
    for (const report of [small, hostile, gapReport([], { framework: sdgFramework, planType: 'pat', threshold: 0.35 })]) {
      expect([...renderJsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2));
    }
    // Every seventh programme addresses neither goal when its goal-7 score is low: orphans, ranked.
    const many = Array.from({ length: 700 }, (_, i) => scoreResult(`P${i}`, { 7: (i % 10) / 10, 13: i % 7 ? 0.4 : 0.1 }, { '7.3': 0.5 }));
    const accumulator = createGapAccumulator({ framework: sdgFramework, expect: [7, 13], threshold: 0.35 });
    for (const r of many) accumulator.add(r);
    const whole = JSON.stringify(accumulator.report(), null, 2);
    const pieces = [...renderJsonChunks(accumulator.lazyReport())];
    expect(pieces.join('')).toBe(whole);
    const top = (i: number) => Math.max((i % 10) / 10, i % 7 ? 0.4 : 0.1);
    const orphans = Array.from({ length: 700 }, (_, i) => i)
      .filter((i) => top(i) < 0.35)
      .sort((a, b) => top(b) - top(a) || (`P${a}` < `P${b}` ? -1 : 1))
      .map((i) => `P${i}`);
    expect(orphans.length).toBeGreaterThan(30);
    expect(accumulator.report().orphans).toEqual(orphans);
    expect([...accumulator.lazyReport().orphans]).toEqual(orphans);
    // Long lists come in slices of 256 elements or about 16 K characters: no piece holds the 700
    // programmes, or a goal's 420 ids, and none is a string V8 would put past its young generation.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 2);
    expect(whole.length).toBeGreaterThan(100_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(17 * 1024);
  });
});
