/**
 * `<copy-link>`: copies a link or a citation to the clipboard and says so. It wraps either an
 * `<a>` (a heading anchor: the link still works, and its absolute URL is copied, without the
 * page's query such as `?pagefind-highlight=`) or a `<button data-needs-script>` (in its place but
 * invisible until this element is defined, global.css; hidden where the clipboard cannot be written,
 * on a page not served over HTTPS) that copies either the permanent URL in `data-url` (a site path
 * or an absolute URL, made absolute against the page's own origin, without query or fragment) or
 * the text of the element whose id is `data-target` (what is copied is what is shown).
 * `data-copied` is the confirmation, announced politely to screen readers.
 */
import { cleanUrl } from '../lib/site-url';

/** An anchor's URL without the page's query string, fragment kept. */
function anchorUrl(a: HTMLAnchorElement): string {
	const url = new URL(a.href);
	url.search = '';
	return url.href;
}
class CopyLink extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const control = this.querySelector<HTMLAnchorElement | HTMLButtonElement>('a[href], button');
		if (!control) return;
		if (!navigator.clipboard) {
			if (control instanceof HTMLButtonElement) control.hidden = true;
			return;
		}
		const status = document.createElement('span');
		status.className = 'copy-status';
		status.setAttribute('role', 'status');
		this.append(status);
		control.addEventListener('click', async () => {
			const target = this.dataset.target ? document.getElementById(this.dataset.target) : null;
			const text = this.dataset.url
				? cleanUrl(this.dataset.url, location.origin)
				: target
					? target.textContent!.replace(/\s+/g, ' ').trim()
					: anchorUrl(control as HTMLAnchorElement);
			try {
				await navigator.clipboard.writeText(text);
			} catch {
				return; // Clipboard refused: the anchor has still done its job as a link.
			}
			status.textContent = this.dataset.copied ?? '';
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => (status.textContent = ''), 2500);
		});
	}
}

customElements.define('copy-link', CopyLink);
