/**
 * Le catalogue français. Typographie française : virgule décimale, espace insécable avant `:` `;`
 * `?` `!` et `%`, « guillemets » ; vocabulaire des collectivités (ODD, cible, programme, fiche action).
 */
import { formatter, frenchPunctuation, NBSP as S } from './format.js';
import type { AppMessages, Catalogue, CliMessages, CommandHelp, CheckMessages, DemoMessages, ErrorMessages, ExplainMessages, ReportMessages, ReviewMessages, ValueProblem } from './types.js';

const f = /* @__PURE__ */ formatter('fr');
const Q = (v: unknown): string => f.quote(v);
const C = f.colon;
/** « 1 ligne notée », « 20 000 lignes notées ». */
const plural = (n: number, one: string, many: string): string => `${f.number(n)} ${n <= 1 ? one : many}`;

export function problemFr(p: ValueProblem): string {
  switch (p.kind) {
    case 'one-of':
      return `une valeur parmi ${p.values.join(', ')} est attendue, reçu ${p.got}`;
    case 'number':
      return `un nombre de ${f.number(p.min)} à ${f.number(p.max)} est attendu (comme 0,4 ou 0.4), reçu ${p.got}`;
    case 'whole':
      return `un nombre entier de ${p.min} à ${p.max} est attendu, reçu ${p.got}`;
    case 'text':
      return `un texte non vide est attendu, reçu ${p.got}`;
    case 'columns':
      return `des noms de colonnes sont attendus, reçu ${p.got}`;
    case 'goals':
      return `des numéros d’ODD de 1 à 17 sont attendus, comme 7,11,13${p.got === undefined ? '' : `, reçu ${p.got}`}`;
    case 'delimiter':
      return `un seul caractère est attendu (ou comma, semicolon, tab), reçu ${p.got}`;
    case 'encoding':
      return `auto, utf8 ou windows-1252 est attendu, reçu ${p.got}`;
    case 'boolean':
      return `true ou false est attendu, reçu ${p.got}`;
  }
}

const READ_REASONS: Readonly<Record<string, string>> = { ENOENT: 'fichier introuvable', EISDIR: 'c’est un dossier, pas un fichier', EACCES: 'permission refusée', EPERM: 'permission refusée' };

const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'dossier introuvable',
  ENOTDIR: 'une partie du chemin n’est pas un dossier',
  EISDIR: 'c’est un dossier',
  EACCES: 'permission refusée',
  EPERM: 'permission refusée',
  EROFS: 'système de fichiers en lecture seule',
  ENOSPC: 'plus de place sur le disque',
  EDQUOT: 'quota de disque dépassé',
  EFBIG: 'fichier trop gros',
  EIO: 'erreur d’entrée-sortie',
  ELOOP: 'trop de liens symboliques',
  ENAMETOOLONG: 'nom de fichier trop long (255 octets au plus)',
  ENXIO: 'personne ne lit à l’autre bout',
  'read-only': 'le fichier est en lecture seule',
  'not-regular': 'ce n’est ni un fichier ordinaire, ni un périphérique, ni un tube nommé',
};

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');

/** Help texts are written with plain spaces before `:` and `;`; shown with no-break ones. */
const typoCommands = (commands: Record<string, CommandHelp>): Record<string, CommandHelp> =>
  Object.fromEntries(Object.entries(commands).map(([k, v]) => [k, typo(v as unknown as Record<string, string>) as unknown as CommandHelp]));
const typo = <T extends Record<string, string>>(texts: T): T => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, frenchPunctuation(v)])) as T;

/** A zod issue in French, for the standard codes; undefined for our own sentences (kept as written). */
function issueFr(issue: unknown): string | undefined {
  if (typeof issue !== 'object' || issue === null) return undefined;
  const i = issue as { code?: string; origin?: string; maximum?: unknown; minimum?: unknown; inclusive?: boolean; expected?: string; values?: unknown[]; keys?: string[]; message?: string };
  const custom = i.message && i.message !== 'Invalid input';
  switch (i.code) {
    case 'too_big':
      return i.origin === 'number' ? `trop grand${C}un nombre ${i.inclusive ? '≤' : '<'} ${String(i.maximum)} est attendu` : `trop long${C}${String(i.maximum)} éléments au plus`;
    case 'too_small':
      return i.origin === 'number' ? `trop petit${C}un nombre ${i.inclusive ? '≥' : '>'} ${String(i.minimum)} est attendu` : `trop court${C}${String(i.minimum)} éléments au moins`;
    case 'invalid_type':
      return custom ? undefined : `type invalide${C}${i.expected ?? 'une autre valeur'} attendu`;
    case 'invalid_value':
      return `valeur invalide${C}une valeur parmi ${(i.values ?? []).map((v) => JSON.stringify(v)).join('|')} est attendue`;
    case 'unrecognized_keys':
      return `champ${(i.keys ?? []).length > 1 ? 's' : ''} inconnu${(i.keys ?? []).length > 1 ? 's' : ''} ${(i.keys ?? []).join(', ')}`;
    default:
      return undefined;
  }
}

const columnName = (c: 'id' | 'goal' | 'decision'): string => ({ id: '« identifiant »', goal: '« ODD »', decision: '« décision »' })[c].replace(/ /g, S);

export const frErrors: ErrorMessages = {
  UNKNOWN_GOAL: (d) => `${d.list !== undefined ? `${d.list}[${d.index}]${C}` : ''}ODD inconnu ${Q(d.goal)}${C}les ODD sont numérotés de 1 à 17.`,
  UNKNOWN_TARGET: (d) => `Cible inconnue ${Q(d.target)}${C}une cible se note comme ${Q('6.2')} ou ${Q('6.a')} (169 cibles).`,
  UNKNOWN_PLAN_TYPE: (d) =>
    `${d.file !== undefined ? `${d.file}:${d.line}${C}` : ''}Type de plan inconnu ${Q(d.planType)}.${d.suggestions.length ? ` Vouliez-vous dire ${f.list(d.suggestions.map(Q))}${S}?` : ''} Un type de plan se désigne par son identifiant, son sigle, son nom ou un alias (voir ${Q('sdg-align plan-types')}).`,
  UNKNOWN_FINALITE: (d) => `Finalité inconnue ${Q(d.finalite)}${C}les finalités sont ${f.list(d.known.map(Q))}, ou leurs numéros de 1 à 5.`,
  INVALID_OPTIONS: (d, english) => {
    const issue = Array.isArray(d.issues) ? issueFr(d.issues[0]) : undefined;
    return `Option invalide${d.field ? ` ${Q(d.field)}` : ''}${C}${issue ?? english}`;
  },
  INVALID_INPUT: (d, english) => (d.messageId === 'emptyText' ? `${String(d.command)}${C}le texte est vide.` : `Entrée invalide${C}${english}`),
  QUERY_SYNTAX: (d, english) =>
    d.phrase !== undefined
      ? `Entrée ${Q(d.entry)}${C}${Q(d.phrase)} est un mot vide seul${S}; elle ne peut jamais correspondre.`
      : d.position !== undefined && d.query !== undefined
        ? `Erreur de syntaxe de requête${d.entry ? ` dans l’entrée ${Q(d.entry)}` : ''} à la position ${d.position + 1}${C}${d.problem}\n  ${d.query}\n  ${' '.repeat(d.position)}^`
        : english,
  QUERY_TOO_COMPLEX: (d, english) =>
    `Requête trop complexe${d.entry ? ` dans l’entrée ${Q(d.entry)}` : ''}${d.position !== undefined ? ` à la position ${d.position + 1}` : ''}${C}${d.problem ?? english}`,
  CSV_FORMAT: (d) => {
    switch (d.reason) {
      case 'unclosed-quote':
        return `${d.file}:${d.line}:${d.column}${C}CSV mal formé${C}un guillemet ouvre un champ qui ne se ferme jamais.`;
      case 'after-quote':
        return `${d.file}:${d.line}:${d.column}${C}CSV mal formé${C}${Q(d.char)} inattendu après un guillemet fermant (dans un champ entre guillemets, un guillemet se double${C}"").`;
      case 'field-too-long':
        return `${d.file}:${d.line}:${d.column}${C}CSV mal formé${C}champ de plus de ${f.number(d.max)} caractères${d.quoted ? ' (sans doute un guillemet jamais fermé)' : ''}.`;
      case 'too-many-fields':
        return `${d.file}:${d.line}${C}CSV mal formé${C}${d.fields} champs alors que l’en-tête a ${d.columns} colonnes (séparateur ${Q(d.delimiter)}${S}; est-ce le bon${S}?).`;
    }
  },
  CSV_MISSING_COLUMN: (d) =>
    `${d.file}${C}pas de colonne ${Q(d.column)}${d.option ? ` (${d.option})` : ''}${S}; les colonnes sont${C}${d.columns.length ? d.columns.map(Q).join(', ') : `(aucune${C}le fichier est vide)`}.`,
  CSV_AMBIGUOUS_COLUMN: (d) =>
    `${d.file}${C}les colonnes ${d.positions[0]! + 1} ${Q(d.columns[0])} et ${d.positions[1]! + 1} ${Q(d.columns[1])} répondent toutes deux au nom ${Q(d.column)}${S}; ${
      d.option ? `renommez-en une, ou donnez le nom exact de celle à utiliser (${d.option})` : 'renommez-en une'
    }.`,
  REVIEW_FORMAT: (d) => {
    switch (d.reason) {
      case 'missing-column':
        return `${d.file}${C}pas de colonne ${columnName(d.column)}${C}un fichier de revue a les colonnes identifiant, ODD, décision et note (ou id, goal, decision, note)${S}; les colonnes sont${C}${
          d.columns.length ? d.columns.map(Q).join(', ') : `(aucune${C}le fichier est vide)`
        }.`;
      case 'empty-id':
        return `${d.file}:${d.line}:${d.column}${C}l’identifiant est vide.`;
      case 'bad-goal':
        return `${d.file}:${d.line}:${d.column}${C}${Q(d.value)} n’est pas un ODD (de 1 à 17, comme 7 ou ODD 7).`;
      case 'bad-decision':
        return `${d.file}:${d.line}:${d.column}${C}décision ${Q(d.value)}${C}accepter ou rejeter est attendu (ou accept, reject, oui, non), ou rien pour laisser l’étiquette en suspens.`;
    }
  },
  FILE_UNREADABLE: (d) => `${d.file}${C}lecture impossible${C}${(d.code && READ_REASONS[d.code]) ?? d.reason ?? d.code ?? 'erreur inconnue'}.`,
  FILE_UNWRITABLE: (d) => `${d.file}${C}écriture impossible${C}${(d.reason && WRITE_REASONS[d.reason]) ?? (d.code && WRITE_REASONS[d.code]) ?? d.reason ?? d.code ?? 'erreur inconnue'}.`,
  FILE_BINARY: (d) => `${d.file}${C}ce fichier semble binaire (octets NUL dans les ${f.number(d.bytes)} premiers octets)${C}ce n’est ni du texte ni un CSV.`,
  ENCODING: (d) =>
    d.messageId === 'unencodable'
      ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}${d.column !== undefined ? `, colonne ${Q(d.column)}` : ''}${C}${Q(d.char)} (U+${hex(d.codePoint, 4)}) n’existe pas en Windows-1252${S}; écrivez plutôt en UTF-8 (--excel sans --encoding windows-1252${C}Excel lit l’UTF-8 avec BOM).`
      : `${d.file}:${d.line}:${d.column}${C}UTF-8 invalide (octet 0x${hex(d.byte, 2)}) dans un fichier lu en UTF-8 depuis son début${S}; convertissez le fichier en UTF-8, ou donnez --encoding windows-1252 (ou --encoding utf8 pour lire les octets invalides comme U+FFFD).`,
  USAGE: (d) => {
    switch (d.messageId) {
      case 'commandExpected':
        return `une commande est attendue avant ${d.option}.`;
      case 'unknownCommand':
        return `commande inconnue ${Q(d.command)}${d.suggestion ? ` (vouliez-vous dire ${Q(d.suggestion)}${S}?)` : ''}.`;
      case 'unknownOption':
        return `option inconnue ${d.option} pour ${Q(d.command)}${d.hint ? ` (vouliez-vous dire ${d.hint}${S}?)` : ''}.`;
      case 'optionTakesNoValue':
        return `l’option ${d.option} ne prend pas de valeur.`;
      case 'optionNeedsValue':
        return `l’option ${d.option} demande une valeur.`;
      case 'arguments':
        return `arguments${C}${d.text}`;
      case 'badValue':
        return `--${d.flag}${C}${problemFr(d.problem)}.`;
      case 'configAndNoConfig':
        return '--config et --no-config ne vont pas ensemble.';
      case 'oneFile':
        return `${d.command} prend un seul FICHIER${d.stdin ? ' (ou - pour l’entrée standard)' : ''}, ${d.count} donnés.`;
      case 'needsFile':
        return {
          csv: `${d.command} demande un FICHIER (ou - pour l’entrée standard).`,
          plan: `${d.command} demande un FICHIER (.csv, .md ou .txt).`,
          plans: `${d.command} demande au moins un FICHIER (.md, .txt ou .csv).`,
          scored: `${d.command} demande un FICHIER${C}un CSV écrit par sdg-align score (ou - pour l’entrée standard).`,
        }[d.kinds];
      case 'needsPlanTypeOrExpect':
        return `${d.command} demande --plan-type T (voir sdg-align plan-types) ou --expect 7,11,13.`;
      case 'planTypeAndExpect':
        return `${d.command} prend --plan-type ou --expect, pas les deux.`;
      case 'stdinOnce':
        return `${d.command}${C}l’entrée standard (-) ne se lit qu’une fois${S}; donnez - une seule fois.`;
      case 'planTypeUnknown':
        return `${d.command}${C}impossible de dire le type de plan de ${d.file}${d.title ? ` (titre ${Q(d.title)})` : ''}${C}donnez --plan-type T (voir ${Q('sdg-align plan-types')}) ou --require avec des ODD.`;
      case 'textAndFile':
        return `${d.command} prend un TEXTE ou --file F, pas les deux.`;
      case 'needsText':
        return `${d.command} demande un TEXTE (entre guillemets) ou --file F.`;
      case 'outputIsInput':
        return `--output ${d.output} est l’entrée ${d.input}${C}l’écrire détruirait les données en cours de lecture${S}; choisissez un autre fichier de sortie.`;
      case 'fileKind':
        return `${d.command}${C}${d.file}${C}un fichier .md, .txt ou .csv est attendu (ou donnez --input-format csv, md ou text).`;
      case 'flagNeeds':
        return `--${d.flag} demande ${d.needs}.`;
    }
  },
  CONFIG: (d) => {
    switch (d.messageId) {
      case 'unreadable':
        return `${d.file}${C}lecture du fichier de configuration impossible${C}${d.code === 'ENOENT' ? 'fichier introuvable' : (d.reason ?? d.code ?? 'erreur inconnue')}.`;
      case 'json':
        return `${d.file}${d.line !== undefined ? `:${d.line}:${d.column}` : ''}${C}JSON invalide${C}${d.reason}.`;
      case 'unknownKeys':
        return `${d.file}${C}option inconnue ${d.keys.map(Q).join(', ')} (les options portent le nom des drapeaux, par exemple ${Q('threshold')}, ${Q('idColumn')} ou ${Q('id-column')}, ou forment une section par commande${C}${d.commands
          .map(Q)
          .join(', ')}).`;
      case 'badValue':
        return `${d.file}${C}${d.field}${C}${problemFr(d.problem)}${d.command ? ` (pour ${Q(d.command)})` : ''}.`;
      case 'invalid':
        return `${d.file}${C}${d.field || '(racine)'}${C}${d.text}${d.text.endsWith('.') ? '' : '.'}`;
    }
  },
};

export const frCli: CliMessages = {
  errorLine: ({ message }) => `sdg-align${C}erreur${C}${message}`,
  warningLine: ({ message }) => `sdg-align${C}avertissement${C}${message}`,
  noteLine: ({ message }) => `sdg-align${C}remarque${C}${message}`,
  infoLine: ({ message }) => `sdg-align${C}${message}`,
  internalErrorLine: ({ detail }) => `sdg-align${C}erreur interne${C}${detail}`,
  usageHint: ({ command }) => `Aide${C}sdg-align ${command ? `${command} ` : ''}--help`,
  helpUsage: 'Utilisation',
  helpCommands: 'Commandes',
  helpOptions: 'Options',
  helpCommonOptions: 'Options de toutes les commandes',
  helpExamples: 'Exemples',
  helpExitCodes: `Codes de sortie${C}0 succès, 1 un contrôle a échoué, 2 erreur d’utilisation, de configuration ou d’entrée.`,
  helpDefault: ({ value }) => `(par défaut${C}${value})`,
  mainDescription:
    'Note les programmes et fiches actions des collectivités, en français ou en anglais, au regard des 17 objectifs de développement durable (ODD) de l’ONU et de leurs 169 cibles.',
  commands: /* @__PURE__ */ typoCommands({
    score: {
      summary: 'note chaque ligne d’un CSV (sortie CSV, JSON ou NDJSON)',
      description:
        'Note chaque ligne d’un fichier CSV (- lit l’entrée standard) et écrit un résultat par ligne, dans l’ordre du fichier, au fil de la lecture (la mémoire reste stable sur les gros fichiers).',
      notes:
        `Sortie CSV${C}colonnes id,language,goals,sdg1,...,sdg17 (après celles de --keep-columns)${S}; goals donne les ODD retenus, du plus fort au plus faible, séparés par « | »${S}; les scores ont 4 décimales. Avec --level target, une colonne de plus par cible, t1.1 ... t17.19 (ordre de l’ONU)${S}; avec --review, une colonne reviewed donne les ODD confirmés par une personne. Une cellule de texte qui commence par = + - @, une tabulation ou un retour chariot (même après des espaces ou des guillemets) reçoit une ' en tête, pour qu’un tableur ne l’exécute pas comme une formule${S}; une cellule qui contient « , », « ; », une tabulation, un guillemet ou un saut de ligne est mise entre guillemets. JSON${C}un tableau d’objets${S}; NDJSON${C}un objet par ligne.`,
    },
    gaps: {
      summary: 'rapport d’écarts d’un plan au regard de son type (Markdown, JSON, HTML)',
      description:
        'Rapport d’écarts des programmes d’un plan (un CSV, un programme par ligne, ou un fichier Markdown / texte découpé à ses titres) au regard des ODD attendus de son type de plan. Le rapport nomme le document (son premier titre, ou --title), la collectivité (--author) et la date (--date)\u00a0; le HTML s’imprime en A4.',
    },
    check: {
      summary: 'échoue (code 1) quand un plan manque des ODD requis ou essentiels',
      description:
        `Contrôle des plans (fichiers Markdown, texte ou CSV de programmes). Un fichier Markdown ou texte est découpé à ses titres (chaque titre et son texte forment un programme), ou, sans titres, aux lignes vides. Le type de plan vient de --plan-type, ou de la colonne --plan-type-column d’un CSV, ou est reconnu dans le titre du document (sinon dans le nom du fichier). Échoue (code 1) quand un ODD requis ou essentiel manque, ou quand la couverture est sous le minimum.`,
    },
    explain: {
      summary: 'montre les ODD, les cibles et les mots qui fondent un score',
      description: 'Affiche les ODD et les cibles que traite un texte et les indices qui le montrent, avec les mots trouvés entre crochets.',
    },
    'plan-types': {
      summary: 'liste les 50 types de plans français et les ODD qu’ils servent',
      description: 'Liste les types de plans français (PCAET, SCoT, PLU(i), PAT…) avec leurs ODD attendus et essentiels. Donnez un identifiant, un sigle ou un alias à --plan-type.',
    },
    'review-template': {
      summary: 'écrit le fichier de revue à remplir d’après un CSV noté',
      description:
        `Lit un CSV écrit par sdg-align score et écrit le fichier de revue qu’une personne remplit${C}une ligne par étiquette (identifiant, ODD, intitulé, score, décision, note), la décision vide. Écrivez accepter ou rejeter dans la colonne décision, puis donnez le fichier à score, gaps ou check avec --review.`,
    },
  }),
  flags: /* @__PURE__ */ typo({
    help: 'affiche l’aide (aussi : sdg-align <commande> --help)',
    version: 'affiche la version',
    config:
      'fichier d’options (par défaut : sdg-align.config.json dans le dossier courant ou au-dessus, jusqu’à la racine du dépôt ou au dossier personnel) ; les options de la ligne de commande l’emportent',
    'no-config': 'ne lit aucun fichier d’options',
    verbose: 'donne l’avancement et des détails sur la sortie d’erreur',
    locale: 'langue des messages et des rapports : fr ou en (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG ; fr* donne le français, sinon l’anglais)',
    'id-column': 'colonne de l’identifiant de la ligne (par défaut : le numéro de ligne, à partir de 1)',
    'gaps.id-column': 'colonne de l’identifiant du programme (par défaut : la première nommée id, code, identifiant, ref, référence, numéro, N° fiche, N° action ; sinon le numéro de ligne)',
    'text-column':
      'colonne(s) à noter, répétable ; plusieurs sont jointes par un saut de ligne. Par défaut : la première colonne nommée text, texte, description, descriptif, libellé, intitulé, contenu, content, body, résumé, summary, abstract ou « description de l’action » ; sinon celle qui a le plus de texte dans les 100 premières lignes. Les noms se comparent sans tenir compte des majuscules, des accents, des espaces, de « _ » et de « - ».',
    'title-column': 'colonne du titre du programme (par défaut : la première nommée title, titre, intitulé de l’action, nom de l’action, intitulé, nom, name), notée avec le texte',
    'plan-type-column': 'colonne du type de plan de chaque ligne : les lignes sont contrôlées comme un plan par type (jamais devinée d’après les noms de colonnes)',
    'keep-columns': 'colonnes de l’entrée recopiées avant les colonnes de scores, dans leur ordre : C[,C...] ou all (avec la protection contre les formules)',
    level: 'target : aussi une colonne de score par cible (par défaut : goal)',
    threshold: 'un ODD est retenu quand son score est >= X (0-1 ; 0,4 ou 0.4)',
    'gaps.threshold': 'un ODD est traité quand un programme atteint un score >= X (0,4 ou 0.4)',
    lang: 'langue du texte analysé : auto, fr ou en (par défaut : auto, ligne par ligne)',
    'score.format': 'format de sortie',
    'gaps.format': 'format de sortie',
    'check.format': 'format des constats',
    'plan-types.format': 'format de sortie',
    output: 'écrit dans FICHIER (d’un coup : un échec ne laisse aucun fichier)',
    'input-delimiter': 'séparateur du CSV lu : , ; tabulation (par défaut : reconnu sur l’en-tête)',
    encoding:
      'encodage de l’entrée : auto, utf8 ou windows-1252 (par défaut : auto, UTF-8 avec ou sans BOM, UTF-16 avec BOM, sinon Windows-1252) ; avec --excel, la sortie est écrite dans cet encodage aussi',
    excel: 'écrit le CSV comme Excel en français l’ouvre : séparateur « ; », virgule décimale, UTF-8 avec BOM, fins de ligne CRLF (= --delimiter ";" --decimal-comma --bom --crlf)',
    delimiter: 'séparateur du CSV écrit : , ; tabulation (par défaut : ,)',
    'decimal-comma': 'écrit les nombres avec une virgule décimale (0,4231)',
    bom: 'commence le CSV écrit par une marque d’ordre des octets UTF-8 (Excel le lit alors en UTF-8)',
    crlf: 'termine les lignes du CSV écrit par CRLF (Windows)',
    review:
      'un fichier de revue (identifiant,ODD,décision[,note] ; en-têtes anglais acceptés) : les étiquettes rejetées sont retirées, les acceptées gardées quel que soit leur score, et la sortie dit lesquelles une personne a confirmées',
    workers: 'fils de notation (celui-ci et N − 1 fils d’exécution), de 1 à min(64, 4 × cœurs) (par défaut : un par cœur, 4 au plus, pour les fichiers de 2 Mo ou plus sur 4 cœurs ou plus ; sinon 1)',
    'plan-type': 'identifiant, sigle ou alias du type de plan (voir : sdg-align plan-types)',
    'check.plan-type': 'type de plan de tous les fichiers (par défaut : reconnu)',
    expect: 'ODD attendus, au lieu d’un type de plan',
    require: 'ODD qui doivent être traités',
    'min-coverage': 'couverture minimale des ODD attendus (0-1 ; 0,7 ou 0.7)',
    'input-format': 'csv, md ou text (par défaut : d’après l’extension ; entrée standard : md si elle commence par un titre #, sinon csv)',
    title: 'titre du document dans le rapport (par défaut : le premier titre d’un plan .md ou .txt)',
    author: 'la collectivité (ou l’auteur) nommée dans le rapport',
    date: 'date du rapport (2026-03-15 s’écrit en toutes lettres)',
    file: 'lit le texte dans un fichier (- pour l’entrée standard)',
    'explain.locale': 'langue de l’explication (par défaut : d’après LC_ALL, LC_MESSAGES ou LANG s’ils sont définis, sinon celle du texte)',
  }),
  formats: /* @__PURE__ */ typo({
    'score.csv': 'CSV, une ligne par ligne lue',
    'score.json': 'un tableau JSON d’objets',
    'score.ndjson': 'un objet JSON par ligne',
    'report.md': 'Markdown (façon GitHub)',
    'report.html': 'une page HTML autonome (s’imprime en A4)',
    'report.json': 'le rapport en JSON (schemaVersion 1)',
    'check.text': 'fichier:ligne:col: gravité : message',
    'check.github': 'annotations ::error des workflows GitHub',
    'check.json': '{ schemaVersion, ok, summary, plans, findings }',
    'plan-types.text': 'une ligne par type de plan',
    'plan-types.json': 'un tableau JSON',
  }),
  configUsed: ({ path, fields }) => `configuration${C}${path}${fields.length ? ` (${fields.join(', ')})` : ' (aucune option pour cette commande)'}`,
  configNote: ({ file, fields }) => `options lues dans ${file}${C}${fields.join(', ')}.`,
  fileLanguage: ({ file, language }) => `${file}${C}les lignes trop courtes pour dire leur langue sont lues en ${language === 'fr' ? 'français' : 'anglais'}, la langue du fichier.`,
  csvRead: ({ file, encoding, delimiter, text, id, title }) =>
    `${file}${C}encodage ${encoding}, séparateur ${Q(delimiter)}, texte tiré de ${text.map(Q).join(' + ')}${title !== undefined ? `, titres de ${Q(title)}` : ''}, identifiants ${id !== undefined ? `de ${Q(id)}` : 'par numéro de ligne'}.`,
  noWorkerScript: ({ workers }) => `--workers ${workers}${C}pas de script de fil d’exécution construit (lancement depuis les sources)${S}; notation sur un seul fil.`,
  workerThreads: ({ workers }) => `notation sur ${workers} fils${C}celui-ci et ${workers - 1} fil${workers - 1 === 1 ? '' : 's'} d’exécution.`,
  outputClosed: 'sortie fermée avant la fin',
  progress: ({ unit, done, total, share, perSecond, elapsedMs, remainingMs }) =>
    `sdg-align${C}${plural(done, unit === 'rows' ? 'ligne notée' : 'programme noté', unit === 'rows' ? 'lignes notées' : 'programmes notés')}${total !== undefined ? ` sur ~${f.number(total)}` : ''}${
      share !== undefined ? ` (${f.percent(share)})` : ''
    }${perSecond !== undefined ? ` · ${f.number(perSecond)} ${unit === 'rows' ? 'lignes' : 'programmes'}/s` : ''} · ${f.duration(elapsedMs)}${remainingMs !== undefined ? `, ~${f.duration(remainingMs)} restantes` : ''}`,
  scoreSummary: ({ rows, ms, empty, closed }) =>
    `${plural(rows, 'ligne notée', 'lignes notées')} en ${f.duration(ms)}${empty ? `, ${f.number(empty)} sans texte` : ''}${closed ? ' (sortie fermée avant la fin)' : ''}.`,
  gapsSummary: ({ programmes, ms, coverage }) => `${plural(programmes, 'programme noté', 'programmes notés')} en ${f.duration(ms)}, couverture ${f.percent(coverage)}.`,
  checkPlan: ({ file, planType, programmes, coverage }) =>
    `${file}${C}${planType ?? 'pas de type de plan'}, ${plural(programmes, 'programme', 'programmes')}, couverture ${f.percent(coverage, 1)}.`,
  checkSummary: ({ plans, programmes, errors, warnings, ms }) =>
    `${plural(plans, 'plan contrôlé', 'plans contrôlés')} (${plural(programmes, 'programme', 'programmes')}) en ${f.duration(ms)}${C}${plural(errors, 'erreur', 'erreurs')}, ${plural(warnings, 'avertissement', 'avertissements')}.`,
  reviewSummary: ({ file, decisions, accepted, rejected, skipped }) =>
    `${file}${C}${plural(decisions, 'décision', 'décisions')} (${f.number(accepted)} acceptée${accepted > 1 ? 's' : ''}, ${f.number(rejected)} rejetée${rejected > 1 ? 's' : ''})${
      skipped ? `, ${plural(skipped, 'ligne laissée', 'lignes laissées')} en suspens` : ''
    }.`,
  planTypesFootnote: '* ODD essentiel (contrôlé par `sdg-align check`)',
  templateSummary: ({ rows, labels, file }) => `${file}${C}${plural(labels, 'étiquette', 'étiquettes')} à revoir, tirées de ${plural(rows, 'ligne', 'lignes')}.`,
};

export const frCheck: CheckMessages = {
  error: 'erreur',
  warning: 'avertissement',
  thePlan: 'ce plan',
  goal: ({ goal, name }) => `ODD ${goal} (${name})`,
  best: ({ best, threshold }) => `meilleur score ${f.decimal(best, 2)} < ${f.decimal(threshold, 2)}`,
  missingRequired: ({ goal, best }) => `${goal}, requis${C}aucun programme ne le traite (${best}).`,
  missingCore: ({ goal, plan, best }) => `${goal}, essentiel pour ${plan}${C}aucun programme ne le traite (${best}).`,
  weakCore: ({ goal, plan, best }) => `${goal}, essentiel pour ${plan}${C}traité faiblement seulement (${best}).`,
  missingExpected: ({ goal, plan }) => `${goal}, attendu pour ${plan}${C}aucun programme ne le traite.`,
  coverage: ({ coverage, minimum }) => `la couverture des ODD attendus est de ${f.percent(coverage, 1).replace(/,0(?=\u00a0%$)/, '')}, sous le minimum de ${f.percent(minimum, 1).replace(/,0(?=\u00a0%$)/, '')}.`,
  unaligned: ({ programme }) => `le programme ${Q(programme)} ne traite aucun ODD.`,
  confirmed: ({ count }) => `${plural(count, 'étiquette confirmée', 'étiquettes confirmées')} par une personne.`,
};

export const frReview: ReviewMessages = {
  header: ['identifiant', 'ODD', 'intitulé', 'score', 'décision', 'note'],
  unknownId: ({ file, line, id }) => `${file}:${line}${C}aucune ligne n’a l’identifiant ${Q(id)}${S}; la décision est ignorée.`,
  notLabelled: ({ file, line, id, goal }) => `${file}:${line}${C}${Q(id)} n’a pas l’étiquette ODD ${goal}${C}rien à rejeter.`,
  duplicate: ({ file, line, first, id, goal }) => `${file}:${line}${C}seconde décision pour ${Q(id)} et l’ODD ${goal} (la première est ligne ${first})${S}; la dernière compte.`,
  reviewed: 'reviewed',
};

const frReportText: ReportMessages = {
  title: 'Rapport d’écarts ODD',
  goal: 'ODD',
  goalShort: (n) => `ODD ${n}`,
  planType: 'Type de plan',
  customExpectation: 'ODD attendus fixés par l’utilisateur',
  document: 'Document',
  author: 'Collectivité',
  date: 'Date',
  programmes: 'Programmes',
  threshold: 'Seuil',
  weakThreshold: 'Seuil « faible »',
  coverage: 'Couverture des ODD attendus',
  coverageHelp: '(couverts + ½ × faibles) / attendus',
  coverageExplained: ({ coverage, covered, weak, expected }) =>
    `${coverage ? `${coverage} — sur` : 'Sur'} les ${expected} ODD attendus, ${covered} ${covered > 1 ? 'sont traités' : 'est traité'} par au moins un programme${weak ? ` et ${weak} ${weak > 1 ? 'le sont' : 'l’est'} faiblement (un ODD faible compte pour moitié)` : ''}.`,
  statusHeader: 'Statut',
  status: { covered: 'couvert', weak: 'faible', missing: 'manquant', 'not-expected': 'non attendu' },
  notExpectedAddressed: 'non attendu, traité',
  summary: 'Synthèse',
  missingGoals: 'ODD attendus manquants',
  noMissing: 'Aucun ODD attendu ne manque.',
  core: 'essentiel',
  goalsTable: 'Les 17 ODD',
  best: 'Meilleur score',
  share: 'Part des programmes',
  addressedBy: 'Programmes',
  legend: '✓ couvert · ~ faible · ✗ manquant · · non attendu',
  weakEvidence: 'ODD faibles : indices trouvés',
  matched: 'Mots trouvés',
  excerpt: 'Extrait',
  targetGaps: 'Cibles non traitées',
  targetGapsHelp: 'Cibles des ODD attendus qu’aucun programme ne traite (score inférieur au seuil des cibles).',
  keyTarget: 'cible clé',
  keyTargets: 'Cibles clés du type de plan',
  otherTargets: 'Autres cibles',
  indicators: 'Indicateurs',
  closest: 'le plus proche',
  none: 'aucun',
  allTargetsAddressed: 'toutes les cibles sont traitées',
  unexpectedCovered: 'ODD traités sans être attendus',
  orphans: 'Programmes sans ODD',
  orphansHelp: 'Aucun de leurs scores n’atteint le seuil.',
  concentration: 'Concentration',
  top2Share: ({ share, goals }) => `Les deux ODD les plus fréquents (${goals}) portent ${share} des étiquettes.`,
  entropy: ({ value }) => `Entropie de Shannon normalisée : ${value} (0 = un seul ODD, 1 = réparti sur les 17).`,
  entropyPlain: ({ value }) =>
    `Répartition des étiquettes sur les 17 ODD${C}${value} (0 = toutes sur un seul ODD, 1 = également réparties sur les 17${S}; c’est l’entropie de Shannon normalisée).`,
  noLabels: 'Aucun programme n’atteint le seuil : pas d’étiquette.',
  provenance: 'Provenance des liens',
  provenanceNote:
    'La plupart des liens entre ce type de plan et les ODD relèvent du jugement, reconstitué à partir de sources publiques ; ce n’est pas une transcription de la figure du CEREMA.',
  provenanceKind: { judgement: 'jugement', cited: 'cité', 'cited-generic': 'cité (générique)', custom: 'utilisateur' },
  link: 'Lien',
  source: 'Source',
  heatmap: 'Programmes × ODD',
  heatmapHelp: `Chaque case donne la probabilité que le programme serve l’ODD. Cliquez sur un programme pour voir les mots qui fondent ses ODD.`,
  heatmapLegend: ({ threshold }) => `Couleur${C}le score rapporté au seuil (${threshold})${S}; en gras${C}l’ODD est traité${S}; vide${C}moins de 0,005.`,
  heatmapLow: 'aucun indice',
  heatmapHigh: 'traité',
  programme: 'Programme',
  wheel: 'Roue des ODD',
  wheelHelp: 'Opacité : meilleur score rapporté au seuil ; contour épais : ODD attendu (en pointillés s’il manque).',
  wheelCentre: 'ODD attendus',
  colon: '\u00a0: ',
  generatedBy: 'Produit par sdg-align',
  more: (n) => `… et ${n} de plus`,
  decimal: ',',
  percentSpace: '\u00a0',
  programmeEvidence: 'Les programmes : les mots derrière chaque ODD',
  programmeEvidenceHelp: 'Pour chaque programme, les ODD pour lesquels il compte, les mots trouvés et leur place dans son texte.',
  noGoal: 'ne traite aucun ODD',
  evidenceOmitted: ({ shown, total }) => `Les indices sont donnés pour les ${f.number(shown)} premiers des ${f.number(total)} programmes.`,
  similarityOnly: 'aucun mot-clé : le texte est proche de l’ODD dans son ensemble',
  backToHeatmap: 'retour au tableau',
  finalites: 'Les cinq finalités du développement durable',
  finalitesHelp:
    'Les ODD traités, regroupés selon les cinq finalités de l’article L110-1 du Code de l’environnement, sur lesquelles les collectivités de plus de 50\u202f000 habitants rendent compte chaque année (rapport sur la situation en matière de développement durable).',
  finalitesNote:
    'Chaque lien entre un ODD et une finalité relève du jugement, rédigé pour sdg-align d’après les textes des ODD et de leurs cibles : aucune table de correspondance publiée par le CGDD n’a pu être consultée.',
  finalite: 'Finalité',
  linkedGoals: 'ODD liés',
  coveredGoals: 'Traités',
  missingExpected: 'Attendus, non traités',
  notExpectedForPlan: 'aucun attendu de ce type de plan',
  annex: 'Annexe technique',
  annexHelp: 'Comment les chiffres ci-dessus sont calculés.',
  thresholdsExplained: ({ threshold, weak, target }) =>
    `un programme traite un ODD quand son score (une probabilité) atteint ${threshold}${S}; un ODD attendu est faible quand son meilleur score atteint ${weak} sans atteindre ${threshold}${S}; une cible est traitée à partir de ${target}.`,
  confirmed: 'Confirmé par une personne',
  confirmedCount: ({ confirmed, rejected }) =>
    `${plural(confirmed, 'étiquette confirmée', 'étiquettes confirmées')} par une personne, ${plural(rejected, 'étiquette rejetée', 'étiquettes rejetées')}.`,
  confirmedMark: 'confirmé',
  reviewedBy: 'Revue',
  contents: 'Sommaire',
  englishOnly: '(texte de l’ONU en anglais seulement)',
  otherTargetsInAnnex: 'leur texte est en annexe',
  otherTargetsTitle: 'Les autres cibles non traitées',
  reportOf: ({ plan }) => `Rapport d’écarts ODD — ${plan}`,
  programmeCount: ({ count }) => plural(count, 'programme', 'programmes'),
};

export const frExplain: ExplainMessages = {
  language: 'Langue',
  none: 'Aucun ODD n’atteint le seuil',
  goals: 'ODD',
  threshold: 'seuil',
  goal: 'ODD',
  keyword: 'mots-clés',
  similarity: 'similarité',
  target: 'cible',
  weight: 'poids',
  noEvidence: 'aucun mot-clé (similarité seule)',
  und: 'indéterminée (lu en français et en anglais)',
  why: 'pourquoi',
  evidenceGroup: 'mots-clés',
  similarityGroup: 'similarité',
  lengthGroup: 'longueur',
  baseGroup: 'base',
  indicators: 'indicateurs',
  colon: C,
};

export const frDemo: DemoMessages = {
  file: ({ file, rows, encoding, delimiter }) => `${file}${C}${plural(rows, 'programme', 'programmes')}, ${encoding}, séparateur ${Q(delimiter)}`,
  legend: ({ strong, threshold, faint }) => `█ ≥ ${strong}   ▓ ≥ ${threshold} (traité)   ░ ≥ ${faint}   · en dessous`,
  programme: 'programme',
  goals: 'ODD',
  labels: 'ODD retenus',
  evidence: 'premier indice',
  perGoal: `Programmes par ODD${C}`,
};

const frApp: AppMessages = {
  docHeading: 'Le document (facultatif)',
  docHelp: `Le rapport le nomme${S}: titre, collectivité, date (comme --title, --author et --date en ligne de commande).`,
  docTitle: 'Titre du document',
  docAuthor: 'Collectivité',
  docDate: 'Date (AAAA-MM-JJ)',
  appTitle: 'sdg-align — vos textes au regard des ODD',
  appLead: `Tout se passe dans ce fichier, sur votre ordinateur${S}: rien n’est envoyé sur Internet. Les scores disent avec quelle probabilité un texte sert chacun des 17 objectifs de développement durable, avec les mots qui le montrent.`,
  appNoscript: 'Cette page a besoin de JavaScript, sans réseau.',
  appFooter: ({ version }) => `sdg-align ${version} · page hors ligne${S}: aucune connexion, aucun cookie. Les liens entre types de plan, ODD et finalités sont en grande partie des jugements documentés.`,
  localeLabel: 'Langue de l’interface',
  inputHeading: '1. Votre texte ou votre fichier',
  inputText: `Collez ou tapez un texte${S}: les scores se mettent à jour pendant la frappe.`,
  inputFile: `Ou choisissez un fichier${S}: CSV (export Excel), .md ou .txt`,
  inputDrop: 'Vous pouvez aussi déposer le fichier sur ce cadre.',
  inputLang: 'Langue des textes analysés',
  inputCloseFile: 'Fermer le fichier',
  langAuto: 'détectée pour chaque texte',
  langFr: 'français',
  langEn: 'anglais',
  langUnd: 'indéterminée',
  inputReading: ({ file }) => `Lecture de ${file}…`,
  inputLoadedCsv: ({ delimiter, encoding, file, rows }) => `${file}${S}: ${rows} lignes, séparateur «${S}${delimiter}${S}», encodage ${encoding}.`,
  inputLoadedDoc: ({ file, sections }) => `${file}${S}: ${sections} sections.`,
  errorFile: ({ file }) => `${file} n’a pas pu être lu :`,
  errorKind: ({ file }) => `${file}${S}: ce n’est pas un fichier .csv, .tsv, .md ou .txt.`,
  errorScoring: 'La notation a échoué :',
  columnsHeading: '2. Colonnes du fichier',
  columnsHelp: `Choisies comme le fait la ligne de commande${S}; changez-les si besoin.`,
  columnsId: 'Colonne de l’identifiant',
  columnsTitle: 'Colonne du titre',
  columnsText: 'Colonne du texte',
  columnsNone: '(aucune)',
  columnsRowNumber: '(numéro de ligne)',
  planHeading: '3. Type de plan',
  planHelp: `Le type de plan dit quels ODD sont attendus${S}: la roue, la carte de chaleur et les ODD manquants en dépendent.`,
  planSearch: 'Chercher un type de plan (sigle ou nom)',
  planList: 'Type de plan',
  planNone: `(aucun${S}: pas de rapport d’écarts)`,
  planCount: ({ n, total }) => `${n} types de plan sur ${total}`,
  planCountOne: ({ n, total }) => `${n} type de plan sur ${total}`,
  planDetected: ({ plan, title }) => `Détecté d’après «${S}${title}${S}»${S}: ${plan}.`,
  resultsHeading: '4. Résultats',
  resultsEmpty: 'Collez un texte ou choisissez un fichier pour voir les ODD qu’il sert.',
  resultsNoPlan: 'Choisissez un type de plan (étape 3) pour voir la roue des ODD, la carte de chaleur et les ODD manquants.',
  resultsBigPlan: ({ n }) => `${n} textes${S}: la roue est affichée ici${S}; le rapport complet, avec la carte de chaleur, est dans le rapport HTML à télécharger.`,
  runWorker: `Notation dans un Web Worker${S}: la page reste utilisable pendant le calcul.`,
  runMain: `Notation sur le fil principal${S}: ce navigateur n’a pas pu démarrer de Web Worker depuis ce fichier (le calcul se fait par tranches).`,
  runProgress: 'Textes notés',
  runProgressText: ({ done, total }) => `${done} sur ${total}`,
  runCancel: 'Annuler',
  runCancelled: 'Notation annulée.',
  runDone: ({ n, duration }) => `${n} textes notés en ${duration}.`,
  reportFootnote: 'Note sur la provenance des liens',
  downloadsHeading: 'Télécharger',
  downloadsCsv: 'Tableau des scores (CSV pour Excel)',
  downloadsHtml: 'Rapport HTML',
  downloadsJson: 'Rapport JSON',
  downloadsReview: 'Fichier de revue (CSV)',
  shareButton: 'Lien à partager',
  shareLabel: 'Lien qui ouvre cette page avec ce texte',
  shareTooLong: ({ n }) => `Texte trop long pour un lien (${n} caractères au plus).`,
  reviewHeading: 'Revue',
  reviewToggle: `Mode revue${S}: accepter ou rejeter chaque ODD trouvé`,
  reviewHelp: `Un ODD rejeté ne compte plus pour ce texte${S}; un ODD accepté compte quel que soit son score. Le fichier de revue se recharge ici ou avec la ligne de commande (--review).`,
  reviewLoad: 'Recharger un fichier de revue',
  reviewAccept: 'Accepter',
  reviewReject: 'Rejeter',
  reviewAcceptGoal: ({ goal, id }) => `Accepter ${goal} pour ${id}`,
  reviewRejectGoal: ({ goal, id }) => `Rejeter ${goal} pour ${id}`,
  reviewAccepted: 'confirmé par une personne',
  reviewRejected: 'rejeté par une personne',
  reviewSummary: ({ accepted, rejected }) => `Décisions${S}: ${accepted} acceptées, ${rejected} rejetées.`,
  reviewLoaded: ({ file, n }) => `${file}${S}: ${n} décisions lues.`,
  textsHeading: 'Les textes',
  textsRange: ({ from, to, total }) => `Textes ${from} à ${to} sur ${total}`,
  textsPrevious: 'Textes précédents',
  textsNext: 'Textes suivants',
  textNoGoal: ({ threshold }) => `Aucun ODD n’atteint le seuil (${threshold}).`,
  textLanguage: ({ language }) => `Langue lue${S}: ${language}`,
  textGoals: 'ODD trouvés',
  textAllScores: 'Les 17 scores',
  textTargets: 'Cibles',
  textIndicators: 'Indicateurs de suivi',
  textMatched: 'Mots trouvés',
  textSource: 'Le texte, mots trouvés surlignés',
  textScore: 'score',
  textPasted: 'Texte saisi',
};

/** The report's sentences with French high punctuation (no-break space before `:` `;` `?` `!`). */
export const frReport = /* @__PURE__ */ Object.fromEntries(
  Object.entries(frReportText).map(([k, v]) => [k, typeof v === 'string' ? frenchPunctuation(v) : typeof v === 'function' ? (p: never) => frenchPunctuation((v as (p: never) => string)(p)) : v]),
) as unknown as ReportMessages;

export const fr: Catalogue = { locale: 'fr', errors: frErrors, cli: frCli, check: frCheck, review: frReview, report: frReport, explain: frExplain, demo: frDemo, app: frApp };
