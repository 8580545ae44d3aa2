const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values (SVG too). Every piece of
 * user text (programme ids, titles, excerpts, matched words) goes through it, so a title such
 * as `<script>alert(1)</script>` is shown, never run.
 */
export const escapeHtml = (text: string): string => String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
