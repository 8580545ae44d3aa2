/**
 * The shape of a message catalogue (`en.ts`, `fr.ts`), and the typed `details` of each error code.
 *
 * A catalogue holds every sentence a person reads: error messages (keyed by error code; a code with
 * several sentences picks one by `details.messageId`), warnings, the `--help` texts, the `check`
 * findings, progress lines, the report renderings, explanations and the demo. Sentences that take
 * values are functions of one parameter object; each catalogue binds its own number formatting.
 * Browser-safe: no `node:` import.
 */
import type { ErrorCode } from '../errors.js';

/** The language of what a person reads (messages, reports). `--lang` is the language of the analysed text. */
export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

// ---------------------------------------------------------------------------------------------
// Error details, per code
// ---------------------------------------------------------------------------------------------

/** Fields any error may carry. */
export interface CommonDetails {
  /** A line the CLI adds under the message (e.g. the config fields that played a part). */
  readonly note?: string;
}

/** The problem with a flag or config value, as the flag checks describe it (sentences in the catalogue). */
export type ValueProblem =
  | { readonly kind: 'one-of'; readonly values: readonly string[]; readonly got: string }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly got: string }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number; readonly got: string }
  | { readonly kind: 'text'; readonly got: string }
  | { readonly kind: 'columns'; readonly got: string }
  | { readonly kind: 'goals'; readonly got?: string }
  | { readonly kind: 'delimiter'; readonly got: string }
  | { readonly kind: 'encoding'; readonly got: string }
  | { readonly kind: 'boolean'; readonly got: string };

export type UsageDetails =
  | { readonly messageId: 'commandExpected'; readonly option: string }
  | { readonly messageId: 'unknownCommand'; readonly command: string; readonly suggestion?: string }
  | { readonly messageId: 'unknownOption'; readonly command: string; readonly option: string; readonly hint?: string }
  | { readonly messageId: 'optionTakesNoValue'; readonly command: string; readonly option: string }
  | { readonly messageId: 'optionNeedsValue'; readonly command: string; readonly option: string }
  | { readonly messageId: 'arguments'; readonly command: string; readonly text: string }
  | { readonly messageId: 'badValue'; readonly command: string; readonly flag: string; readonly problem: ValueProblem }
  | { readonly messageId: 'configAndNoConfig'; readonly command: string }
  | { readonly messageId: 'oneFile'; readonly command: string; readonly count: number; readonly stdin: boolean }
  | { readonly messageId: 'needsFile'; readonly command: string; readonly kinds: 'csv' | 'plan' | 'plans' | 'scored' }
  | { readonly messageId: 'needsPlanTypeOrExpect'; readonly command: string }
  | { readonly messageId: 'planTypeAndExpect'; readonly command: string }
  | { readonly messageId: 'stdinOnce'; readonly command: string }
  | { readonly messageId: 'planTypeUnknown'; readonly command: string; readonly file: string; readonly title?: string }
  | { readonly messageId: 'textAndFile'; readonly command: string }
  | { readonly messageId: 'needsText'; readonly command: string }
  | { readonly messageId: 'outputIsInput'; readonly output: string; readonly input: string }
  | { readonly messageId: 'fileKind'; readonly command: string; readonly file: string }
  | { readonly messageId: 'flagNeeds'; readonly command: string; readonly flag: string; readonly needs: string };

export type ConfigDetails =
  | { readonly messageId: 'unreadable'; readonly file: string; readonly code?: string; readonly reason?: string }
  | { readonly messageId: 'json'; readonly file: string; readonly line?: number; readonly column?: number; readonly reason: string }
  | { readonly messageId: 'unknownKeys'; readonly file: string; readonly field: string; readonly keys: readonly string[]; readonly commands: readonly string[] }
  | { readonly messageId: 'badValue'; readonly file: string; readonly field: string; readonly problem: ValueProblem; readonly command?: string }
  | { readonly messageId: 'invalid'; readonly file: string; readonly field: string; readonly text: string };

/** Why a CSV is malformed. */
export type CsvFormatDetails =
  | { readonly reason: 'unclosed-quote'; readonly file: string; readonly line: number; readonly column: number }
  | { readonly reason: 'after-quote'; readonly file: string; readonly line: number; readonly column: number; readonly char: string }
  | { readonly reason: 'field-too-long'; readonly file: string; readonly line: number; readonly column: number; readonly max: number; readonly quoted: boolean }
  | { readonly reason: 'too-many-fields'; readonly file: string; readonly line: number; readonly fields: number; readonly columns: number; readonly delimiter: string };

/** A malformed row of a review file (`id,goal,decision[,note]`). */
export type ReviewFormatDetails =
  | { readonly reason: 'missing-column'; readonly file: string; readonly column: 'id' | 'goal' | 'decision'; readonly columns: readonly string[] }
  | { readonly reason: 'empty-id'; readonly file: string; readonly line: number; readonly column: number }
  | { readonly reason: 'bad-goal'; readonly file: string; readonly line: number; readonly column: number; readonly value: string }
  | { readonly reason: 'bad-decision'; readonly file: string; readonly line: number; readonly column: number; readonly value: string };

export type EncodingDetails =
  | { readonly messageId?: 'invalidUtf8'; readonly file: string; readonly line: number; readonly column: number; readonly byte: number }
  | {
      readonly messageId: 'unencodable';
      readonly file: string;
      readonly line?: number;
      readonly column?: string;
      readonly char: string;
      readonly codePoint: number;
      readonly encoding: 'windows-1252';
    };

/** A program's mistake (options, inputs of the library): the English sentence is the message; `field` and `issues` locate it. */
export interface LibraryDetails {
  readonly field?: string;
  readonly index?: number;
  readonly issues?: readonly unknown[];
  readonly [key: string]: unknown;
}

export interface ErrorDetailsMap {
  readonly UNKNOWN_GOAL: { readonly goal: unknown; readonly index?: number; readonly list?: string };
  readonly UNKNOWN_TARGET: { readonly target: unknown };
  readonly UNKNOWN_PLAN_TYPE: { readonly planType: unknown; readonly suggestions: readonly string[]; readonly file?: string; readonly line?: number };
  readonly UNKNOWN_FINALITE: { readonly finalite: unknown; readonly known: readonly string[] };
  readonly INVALID_OPTIONS: LibraryDetails;
  readonly INVALID_INPUT: LibraryDetails;
  readonly QUERY_SYNTAX: { readonly entry?: string | undefined; readonly query?: string; readonly position?: number; readonly problem?: string; readonly phrase?: string };
  readonly QUERY_TOO_COMPLEX: { readonly entry?: string | undefined; readonly position?: number; readonly problem?: string };
  readonly CSV_FORMAT: CsvFormatDetails;
  readonly CSV_MISSING_COLUMN: { readonly file: string; readonly column: string; readonly columns: readonly string[]; readonly option?: string };
  readonly CSV_AMBIGUOUS_COLUMN: { readonly file: string; readonly column: string; readonly columns: readonly string[]; readonly positions: readonly number[]; readonly option?: string };
  readonly REVIEW_FORMAT: ReviewFormatDetails;
  readonly FILE_UNREADABLE: { readonly file: string; readonly code?: string | undefined; readonly reason?: string };
  readonly FILE_UNWRITABLE: { readonly file: string; readonly code?: string | undefined; readonly reason?: string };
  readonly FILE_BINARY: { readonly file: string; readonly bytes: number };
  readonly ENCODING: EncodingDetails;
  readonly USAGE: UsageDetails;
  readonly CONFIG: ConfigDetails;
}

/** The `details` of an error with code `C`. */
export type ErrorDetails<C extends ErrorCode = ErrorCode> = ErrorDetailsMap[C] & CommonDetails;

/**
 * One sentence per error code, from the error's details. `english` is the error's own message:
 * errors a program makes (bad options, queries) keep their technical English detail there, which
 * the French sentence quotes.
 */
export type ErrorMessages = { readonly [C in ErrorCode]: (details: ErrorDetailsMap[C], english: string) => string };

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

type Message<P = void> = P extends void ? string : (params: P) => string;

/** What the help of one command says (the option lines are built from its flags). */
export interface CommandHelp {
  /** One line, for the command list. */
  readonly summary: string;
  /** What the command does (paragraphs, wrapped when shown). */
  readonly description: string;
  /** After the options (output format notes…). */
  readonly notes?: string;
}

export type GoalStatusKey = 'covered' | 'weak' | 'missing' | 'not-expected';
export type ProvenanceKindKey = 'judgement' | 'cited' | 'cited-generic' | 'custom';

export interface CliMessages {
  /** `sdg-align: error: …` */
  readonly errorLine: Message<{ message: string }>;
  readonly warningLine: Message<{ message: string }>;
  readonly noteLine: Message<{ message: string }>;
  readonly infoLine: Message<{ message: string }>;
  readonly internalErrorLine: Message<{ detail: string }>;
  readonly usageHint: Message<{ command?: string | undefined }>;
  readonly helpUsage: Message;
  readonly helpCommands: Message;
  readonly helpOptions: Message;
  readonly helpCommonOptions: Message;
  readonly helpExamples: Message;
  readonly helpExitCodes: Message;
  readonly helpDefault: Message<{ value: string }>;
  readonly mainDescription: Message;
  readonly commands: Readonly<Record<string, CommandHelp>>;
  /** Option help by flag name; `command.flag` wins over `flag`. */
  readonly flags: Readonly<Record<string, string>>;
  /** The help of each output format, by registry (`report.md`, `score.csv`, `check.github`…). */
  readonly formats: Readonly<Record<string, string>>;
  readonly configUsed: Message<{ path: string; fields: readonly string[] }>;
  readonly configNote: Message<{ file: string; fields: readonly string[] }>;
  readonly fileLanguage: Message<{ file: string; language: 'fr' | 'en' }>;
  readonly csvRead: Message<{ file: string; encoding: string; delimiter: string; text: readonly string[]; id?: string | undefined; title?: string | undefined }>;
  readonly noWorkerScript: Message<{ workers: number }>;
  readonly workerThreads: Message<{ workers: number }>;
  readonly outputClosed: Message;
  readonly progress: Message<{
    unit: 'rows' | 'programmes';
    done: number;
    total?: number | undefined;
    share?: number | undefined;
    perSecond?: number | undefined;
    elapsedMs: number;
    remainingMs?: number | undefined;
  }>;
  readonly scoreSummary: Message<{ rows: number; ms: number; empty: number; closed: boolean }>;
  readonly gapsSummary: Message<{ programmes: number; ms: number; coverage: number }>;
  readonly checkPlan: Message<{ file: string; planType?: string | undefined; programmes: number; coverage: number }>;
  readonly checkSummary: Message<{ plans: number; programmes: number; errors: number; warnings: number; ms: number }>;
  readonly reviewSummary: Message<{ file: string; decisions: number; accepted: number; rejected: number; skipped: number }>;
  readonly templateSummary: Message<{ rows: number; labels: number; file: string }>;
  readonly planTypesFootnote: Message;
}

export interface CheckMessages {
  readonly error: Message;
  readonly warning: Message;
  readonly thePlan: Message;
  readonly goal: Message<{ goal: number; name: string }>;
  readonly best: Message<{ best: number; threshold: number }>;
  readonly missingRequired: Message<{ goal: string; best: string }>;
  readonly missingCore: Message<{ goal: string; plan: string; best: string }>;
  readonly weakCore: Message<{ goal: string; plan: string; best: string }>;
  readonly missingExpected: Message<{ goal: string; plan: string }>;
  readonly coverage: Message<{ coverage: number; minimum: number }>;
  readonly unaligned: Message<{ programme: string }>;
  readonly confirmed: Message<{ count: number }>;
}

export interface ReviewMessages {
  /** Header of the template, in order: id, goal, goal title, score, decision, note. */
  readonly header: readonly [string, string, string, string, string, string];
  readonly unknownId: Message<{ file: string; line: number; id: string }>;
  readonly notLabelled: Message<{ file: string; line: number; id: string; goal: number }>;
  readonly duplicate: Message<{ file: string; line: number; first: number; id: string; goal: number }>;
  readonly reviewed: Message;
}

export interface ReportMessages {
  readonly title: Message;
  readonly goal: Message;
  readonly goalShort: Message<number>;
  readonly planType: Message;
  readonly customExpectation: Message;
  readonly document: Message;
  readonly author: Message;
  readonly date: Message;
  readonly programmes: Message;
  readonly threshold: Message;
  readonly weakThreshold: Message;
  readonly coverage: Message;
  readonly coverageHelp: Message;
  readonly coverageExplained: Message<{ coverage?: string; covered: number; weak: number; expected: number }>;
  readonly status: Readonly<Record<GoalStatusKey, string>>;
  readonly statusHeader: Message;
  readonly notExpectedAddressed: Message;
  readonly summary: Message;
  readonly missingGoals: Message;
  readonly noMissing: Message;
  readonly core: Message;
  readonly goalsTable: Message;
  readonly best: Message;
  readonly share: Message;
  readonly addressedBy: Message;
  readonly legend: Message;
  readonly weakEvidence: Message;
  readonly matched: Message;
  readonly excerpt: Message;
  readonly targetGaps: Message;
  readonly targetGapsHelp: Message;
  readonly keyTarget: Message;
  readonly keyTargets: Message;
  readonly otherTargets: Message;
  readonly indicators: Message;
  readonly closest: Message;
  readonly none: Message;
  readonly allTargetsAddressed: Message;
  readonly unexpectedCovered: Message;
  readonly orphans: Message;
  readonly orphansHelp: Message;
  readonly concentration: Message;
  readonly top2Share: Message<{ share: string; goals: string }>;
  readonly entropy: Message<{ value: string }>;
  readonly entropyPlain: Message<{ value: string }>;
  readonly noLabels: Message;
  readonly provenance: Message;
  readonly provenanceNote: Message;
  readonly provenanceKind: Readonly<Record<ProvenanceKindKey, string>>;
  readonly link: Message;
  readonly source: Message;
  readonly heatmap: Message;
  readonly heatmapHelp: Message;
  readonly heatmapLegend: Message<{ threshold: string }>;
  readonly heatmapLow: Message;
  readonly heatmapHigh: Message;
  readonly programme: Message;
  readonly wheel: Message;
  readonly wheelHelp: Message;
  readonly wheelCentre: Message;
  readonly colon: Message;
  readonly generatedBy: Message;
  readonly more: Message<number>;
  readonly decimal: Message;
  readonly percentSpace: Message;
  readonly programmeEvidence: Message;
  readonly programmeEvidenceHelp: Message;
  readonly noGoal: Message;
  readonly evidenceOmitted: Message<{ shown: number; total: number }>;
  readonly similarityOnly: Message;
  readonly backToHeatmap: Message;
  readonly finalites: Message;
  readonly finalitesHelp: Message;
  readonly finalitesNote: Message;
  readonly finalite: Message;
  readonly linkedGoals: Message;
  readonly coveredGoals: Message;
  readonly missingExpected: Message;
  readonly notExpectedForPlan: Message;
  readonly annex: Message;
  readonly annexHelp: Message;
  readonly thresholdsExplained: Message<{ threshold: string; weak: string; target: string }>;
  readonly confirmed: Message;
  readonly confirmedCount: Message<{ confirmed: number; rejected: number }>;
  readonly confirmedMark: Message;
  readonly reviewedBy: Message;
  readonly contents: Message;
  readonly englishOnly: Message;
  readonly otherTargetsInAnnex: Message;
  readonly otherTargetsTitle: Message;
  readonly reportOf: Message<{ plan: string }>;
  readonly programmeCount: Message<{ count: number }>;
}

export interface ExplainMessages {
  readonly language: Message;
  readonly none: Message;
  readonly goals: Message;
  readonly threshold: Message;
  readonly goal: Message;
  readonly keyword: Message;
  readonly similarity: Message;
  readonly target: Message;
  readonly weight: Message;
  readonly noEvidence: Message;
  readonly und: Message;
  readonly why: Message;
  readonly evidenceGroup: Message;
  readonly similarityGroup: Message;
  readonly lengthGroup: Message;
  readonly baseGroup: Message;
  readonly indicators: Message;
  readonly colon: Message;
}

export interface DemoMessages {
  readonly file: Message<{ file: string; rows: number; encoding: string; delimiter: string }>;
  readonly legend: Message<{ strong: string; threshold: string; faint: string }>;
  readonly programme: Message;
  readonly goals: Message;
  readonly labels: Message;
  readonly evidence: Message;
  readonly perGoal: Message;
}

/** The offline page (`app/`): its labels, help lines and statuses. */
export interface AppMessages {
  readonly docHeading: Message;
  readonly docHelp: Message;
  readonly docTitle: Message;
  readonly docAuthor: Message;
  readonly docDate: Message;
  readonly appTitle: Message;
  readonly appLead: Message;
  readonly appNoscript: Message;
  readonly appFooter: Message<{ version: string | number }>;
  readonly localeLabel: Message;
  readonly inputHeading: Message;
  readonly inputText: Message;
  readonly inputFile: Message;
  readonly inputDrop: Message;
  readonly inputLang: Message;
  readonly inputCloseFile: Message;
  readonly langAuto: Message;
  readonly langFr: Message;
  readonly langEn: Message;
  readonly langUnd: Message;
  readonly inputReading: Message<{ file: string | number }>;
  readonly inputLoadedCsv: Message<{ delimiter: string | number; encoding: string | number; file: string | number; rows: string | number }>;
  readonly inputLoadedDoc: Message<{ file: string | number; sections: string | number }>;
  readonly errorFile: Message<{ file: string | number }>;
  readonly errorKind: Message<{ file: string | number }>;
  readonly errorScoring: Message;
  readonly columnsHeading: Message;
  readonly columnsHelp: Message;
  readonly columnsId: Message;
  readonly columnsTitle: Message;
  readonly columnsText: Message;
  readonly columnsNone: Message;
  readonly columnsRowNumber: Message;
  readonly planHeading: Message;
  readonly planHelp: Message;
  readonly planSearch: Message;
  readonly planList: Message;
  readonly planNone: Message;
  readonly planCount: Message<{ n: string | number; total: string | number }>;
  readonly planCountOne: Message<{ n: string | number; total: string | number }>;
  readonly planDetected: Message<{ plan: string | number; title: string | number }>;
  readonly resultsHeading: Message;
  readonly resultsEmpty: Message;
  readonly resultsNoPlan: Message;
  readonly resultsBigPlan: Message<{ n: string | number }>;
  readonly runWorker: Message;
  readonly runMain: Message;
  readonly runProgress: Message;
  readonly runProgressText: Message<{ done: string | number; total: string | number }>;
  readonly runCancel: Message;
  readonly runCancelled: Message;
  readonly runDone: Message<{ n: string | number; duration: string }>;
  readonly reportFootnote: Message;
  readonly downloadsHeading: Message;
  readonly downloadsCsv: Message;
  readonly downloadsHtml: Message;
  readonly downloadsJson: Message;
  readonly downloadsReview: Message;
  readonly shareButton: Message;
  readonly shareLabel: Message;
  readonly shareTooLong: Message<{ n: string | number }>;
  readonly reviewHeading: Message;
  readonly reviewToggle: Message;
  readonly reviewHelp: Message;
  readonly reviewLoad: Message;
  readonly reviewAccept: Message;
  readonly reviewReject: Message;
  readonly reviewAcceptGoal: Message<{ goal: string | number; id: string | number }>;
  readonly reviewRejectGoal: Message<{ goal: string | number; id: string | number }>;
  readonly reviewAccepted: Message;
  readonly reviewRejected: Message;
  readonly reviewSummary: Message<{ accepted: string | number; rejected: string | number }>;
  readonly reviewLoaded: Message<{ file: string | number; n: string | number }>;
  readonly textsHeading: Message;
  readonly textsRange: Message<{ from: string | number; to: string | number; total: string | number }>;
  readonly textsPrevious: Message;
  readonly textsNext: Message;
  readonly textNoGoal: Message<{ threshold: string | number }>;
  readonly textLanguage: Message<{ language: string | number }>;
  readonly textGoals: Message;
  readonly textAllScores: Message;
  readonly textTargets: Message;
  readonly textIndicators: Message;
  readonly textMatched: Message;
  readonly textSource: Message;
  readonly textScore: Message;
  readonly textPasted: Message;
}

export interface Catalogue {
  readonly locale: Locale;
  readonly errors: ErrorMessages;
  readonly cli: CliMessages;
  readonly check: CheckMessages;
  readonly review: ReviewMessages;
  readonly report: ReportMessages;
  readonly explain: ExplainMessages;
  readonly demo: DemoMessages;
  readonly app: AppMessages;
}

type Sections = Omit<Catalogue, 'locale' | 'errors'>;
type Sentence = string | ((params: never) => string);

/** `section.key` of every sentence of a catalogue (`cli.scoreSummary`, `report.title`…). */
export type MessageId = {
  [S in keyof Sections]: { [K in keyof Sections[S]]: Sections[S][K] extends Sentence ? `${S & string}.${K & string}` : never }[keyof Sections[S]];
}[keyof Sections];

type EntryOf<Id extends MessageId> = Id extends `${infer S}.${infer K}` ? (S extends keyof Sections ? (K extends keyof Sections[S] ? Sections[S][K] : never) : never) : never;

/** The parameter of message `Id` (`undefined` for a plain string). */
export type MessageParams<Id extends MessageId> = EntryOf<Id> extends (params: infer P) => string ? P : undefined;
