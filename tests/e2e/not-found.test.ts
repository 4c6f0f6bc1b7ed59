/**
 * The 404 page in the reader's language: a static host serves the one 404.html for every missing
 * address (as tests/helpers/server.ts does), and the page keeps only the language of the path asked
 * for (/en/…, /fr/…), header, title and footer included; without JavaScript, or for a path of no
 * language, it shows both languages, each marked with its `lang`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/ui.en';
import { fr } from '../../src/i18n/ui.fr';
import { AXE, violations } from '../helpers/axe';
import { hasBrowser, useSite } from '../helpers/e2e';
import { normalise } from '../helpers/site';
import { reportCspViolations } from '../helpers/troubles';

const site = useSite();
const ui = { fr, en } as const;
const other = { fr: 'en', en: 'fr' } as const;

/** Opens a missing address, failing on any CSP violation or script error; returns the page and the status. */
async function open(path: string, javaScriptEnabled = true) {
	const context = await site.browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && problems.push(m.text()));
	await page.addInitScript(reportCspViolations);
	const response = await page.goto(site.url + path);
	await page.waitForLoadState('networkidle');
	return { page, status: response?.status(), problems, close: () => context.close() };
}

describe.skipIf(!hasBrowser)('the 404 page', () => {
	test.each([
		['en', '/en/nowhere/'],
		['fr', '/fr/nulle-part/'],
		['en', '/en/actions/99/'],
	] as const)('in %s for %s: lang, title, header, text and footer in that language only', async (lang, path) => {
		const { page, status, problems, close } = await open(path);
		expect(status).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(normalise(await page.title())).toBe(normalise(`${ui[lang]['notFound.title']} · ${ui[lang]['site.short']}`));
		expect(normalise(await page.locator('h1').innerText())).toBe(ui[lang]['notFound.title']);
		// One header and one footer, in the language of the path.
		expect(await page.locator('header').count()).toBe(1);
		expect(await page.locator('footer').count()).toBe(1);
		expect(normalise(await page.locator('header nav').innerText())).toContain(ui[lang]['nav.home']);
		expect(normalise(await page.locator('header .name').innerText())).toBe(ui[lang]['site.name']);
		expect(normalise(await page.locator('.skip-link').textContent() ?? '')).toBe(ui[lang]['skip.link']);
		// The text and its links are in that language; nothing of the other is left.
		expect(await page.locator(`main [lang=${other[lang]}]`).count()).toBe(0);
		expect(normalise(await page.locator('main').innerText())).toContain(normalise(ui[lang]['notFound.home']));
		const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual([`/${lang}/actions/6/`, `/${lang}/`]);
		for (const href of await page.locator('header nav a, footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(new RegExp(`^/${lang}/`));
		}
		// The language switch leads to the other language's home page.
		expect(await page.locator('[data-lang-switch]').getAttribute('href')).toBe(`/${other[lang]}/`);
		// The header that was dropped never started: "/" opens one search dialog, the kept one.
		await page.keyboard.press('/');
		await page.locator('dialog[open]').waitFor({ timeout: 5000 });
		expect(await page.locator('dialog[open]').count()).toBe(1);
		expect(normalise((await page.locator('dialog[open] input').getAttribute('placeholder')) ?? '')).toBe(normalise(ui[lang]['search.placeholder']));
		expect(problems).toEqual([]);
		await close();
	});

	test('for a path of no language, it shows both languages, each marked with its lang', async () => {
		const { page, status, problems, close } = await open('/nowhere/');
		expect(status).toBe(404);
		await expectBilingual(page);
		expect(problems).toEqual([]);
		await close();
	});

	test.each(['/en/nowhere/', '/fr/nulle-part/'])('once switched, %s has no axe violation (WCAG 2.2 A/AA, best practices)', async (path) => {
		// accessibility.test.ts audits the built 404.html as served at its own address (both languages);
		// this audits the page the script leaves, as accessibility.test.ts audits a page (axe from an init
		// script, under the site's CSP, once the header's elements are defined: helpers/axe.ts).
		const context = await site.browser.newContext({ reducedMotion: 'reduce' });
		await context.addInitScript({ path: AXE });
		const page = await context.newPage();
		await page.goto(site.url + path);
		expect(await violations(page, path, 'light')).toEqual([]);
		await context.close();
	});

	test('without JavaScript, it shows both languages under the French header', async () => {
		const { page, status, close } = await open('/en/nowhere/', false);
		expect(status).toBe(404);
		await expectBilingual(page);
		await close();
	});
});

/** Both texts visible, each in an element with its own `lang`, and one (French) header and footer. */
async function expectBilingual(page: Page) {
	expect(await page.locator('html').getAttribute('lang')).toBe('fr');
	for (const lang of ['fr', 'en'] as const) {
		const part = page.locator(`main section[lang=${lang}]`);
		expect(await part.isVisible(), lang).toBe(true);
		expect(normalise(await part.innerText())).toContain(normalise(ui[lang]['notFound.home']));
		expect(await page.locator(`h1 [lang=${lang}]`).isVisible(), lang).toBe(true);
	}
	expect(await page.locator('header').count()).toBe(1);
	expect(await page.locator('footer').count()).toBe(1);
	expect(await page.locator('header').isVisible()).toBe(true);
	expect(normalise(await page.locator('header nav').innerText())).toContain(fr['nav.home']);
}
