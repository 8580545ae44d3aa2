/** What is scored of a document: its title, when it has one, on its own line before its text. */

/**
 * The text the engine scores for a document: `title + "\n" + text` when the title is not blank,
 * else the text. Evidence offsets (`start`, `end`) refer to this string, so reports and pages
 * that show excerpts use it too.
 */
export function documentText(doc: { readonly text: string; readonly title?: string | undefined }): string {
  return typeof doc.title === 'string' && doc.title.trim() ? `${doc.title}\n${doc.text}` : doc.text;
}
