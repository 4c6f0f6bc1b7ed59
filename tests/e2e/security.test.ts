/**
 * In a real browser, under the site's Content-Security-Policy: pages work with no policy violation,
 * request nothing from another origin, and set no cookie.
 */
import { describe, expect, test } from 'vitest';
import { drawCharts } from '../helpers/charts';
import { hasBrowser, useSite } from '../helpers/e2e';
import { reportCspViolations, watchTroubles } from '../helpers/troubles';

const site = useSite();

const paths = ['/', '/fr/', '/en/actions/15/', '/fr/calendrier/', '/en/connections/', '/fr/acteurs/ans/', '/en/glossary/', '/404.html'];

describe.skipIf(!hasBrowser)('security and privacy', () => {
	test('pages run under their CSP without violations, fetch only from their own origin, and set no cookie', async () => {
		const context = await site.browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		const foreign: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.origin !== site.url && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
		});
		// Every response is checked, so a missing asset fails here by its address; CSP violations and
		// script errors too.
		const troubles = watchTroubles(page);
		await page.addInitScript(reportCspViolations);
		for (const path of paths) {
			await page.goto(site.url + path);
			expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
			await drawCharts(page);
			const toggle = page.locator('theme-toggle button');
			if (await toggle.isVisible()) await toggle.click();
			await page.waitForLoadState('networkidle');
		}
		troubles.stop();
		expect(troubles.found).toEqual([]);
		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});
});
