/** The data files of a language, e.g. `/fr/donnees/actions.json`, `/en/data/deadlines.ics`. */
import type { APIRoute } from 'astro';
import { contentLangs } from '../../../content';
import { dataFileUrl, renderDataFile } from '../../../exports';
import { DATA_FILES } from '../../../lib/exports/files';

export function getStaticPaths() {
	return contentLangs().flatMap((lang) =>
		DATA_FILES.map((file) => {
			// `/fr/donnees/actions.json` → the folder and the file name, as exports.ts decides them.
			const [, , data, name] = dataFileUrl(lang, file.key).split('/');
			return { params: { lang, data, file: name }, props: { lang, file } };
		}),
	);
}

type Props = ReturnType<typeof getStaticPaths>[number]['props'];

export const GET: APIRoute<Props> = ({ props: { lang, file } }) =>
	new Response(renderDataFile(file.key, lang), { headers: { 'Content-Type': file.mediaType } });
