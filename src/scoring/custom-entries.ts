/** The caller's own entries (`customEntries`), compiled into an engine's matchers. */
import { SdgAlignError } from '../errors.js';
import { findFrameworkTarget } from '../frameworks/index.js';
import type { LanguageCode } from '../languages/types.js';
import type { CompiledMatcher } from '../query/match.js';
import { parseQuery } from '../query/parse.js';
import type { EntryData } from './model.js';
import type { ResolvedEngineOptions } from './options.js';

/**
 * Adds each custom entry to the matcher of each of its languages given (`both`: every language of
 * the engine). Compiled when an engine is created, so that a bad entry fails there, naming itself.
 */
export function addCustomEntries(matchers: Partial<Record<LanguageCode, CompiledMatcher<EntryData>>>, options: ResolvedEngineOptions): void {
  const all = options.languages.map((l) => l.code);
  for (const entry of options.customEntries) {
    const query = parseQuery(entry.query, entry.id);
    const target = entry.target ? findFrameworkTarget(options.framework, entry.target) : undefined;
    if (entry.target && !target) {
      throw new SdgAlignError('INVALID_OPTIONS', `Invalid engine option "customEntries": entry "${entry.id}" names the unknown target "${entry.target}".`, {
        field: 'customEntries',
        entry: entry.id,
      });
    }
    const goal = target ? target.goal : entry.goal!;
    const languages: LanguageCode[] = entry.language === 'both' ? all : [entry.language];
    for (const language of languages) {
      matchers[language]?.add({
        id: `custom:${entry.id}`,
        query,
        exclusions: entry.exclusions,
        data: [goal, target?.id ?? '', entry.weight, 'custom'],
      });
    }
  }
}
