/** Escaping for HTML built as text: the one escaper of the site. */

/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
