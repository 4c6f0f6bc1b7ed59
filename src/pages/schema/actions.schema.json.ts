/** The JSON Schema of `actions.json`, at its own permanent address (its `$id`). */
import type { APIRoute } from 'astro';
import { absolute } from '../../exports';
import { actionsSchema } from '../../lib/exports/actions-schema';
import { SCHEMA_PATH } from '../../lib/exports/files';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify({ $id: absolute(SCHEMA_PATH), ...actionsSchema }, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
