/**
 * One Chromium for the whole browser tier: started once here, before the tier's files run, and
 * reached by each file over its WebSocket endpoint (tests/helpers/browser.ts, sharedBrowser),
 * instead of a browser launched per file. Each file still works in its own contexts.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ENDPOINT_KEY, hasBrowser, LAUNCH_OPTIONS } from '../helpers/chromium';

export default async function setup(project: TestProject) {
	// Without a browser the files skip (or fail under CI) with their own message.
	if (!hasBrowser) return;
	const server = await chromium.launchServer(LAUNCH_OPTIONS);
	project.provide(ENDPOINT_KEY, server.wsEndpoint());
	return () => server.close();
}
