/**
 * An independent reading of the source dossier (content/source/dossier-2019-04-25.txt) into its
 * sections, paragraphs and deadline lines, so that tests can prove the site reproduces all of it.
 */
import { dossier, normalise } from './site';

export interface SourceAction {
	id: number;
	axis: number;
	title: string;
	paragraphs: string[];
	deadlines: string[];
}

export interface SourceDossier {
	cover: string[];
	editorials: { title: string; paragraphs: string[] }[];
	orientations: { axis: number; title: string; paragraphs: string[] }[];
	sections: { title: string; paragraphs: string[] }[];
	roadmapAxes: { axis: number; title: string }[];
	actions: SourceAction[];
}

/** Source text → comparable text: PDF artefacts (footnote marks, ^{er}) removed, then normalised. */
export const clean = (line: string) =>
	normalise(line.replace(/\^\{(\w+)\}/g, '$1').replace(/¹/g, '').replace(/^- /, ''));

export function readDossier(): SourceDossier {
	const lines = dossier().split('\n').map((l) => l.trim());
	const find = (pred: (l: string) => boolean, from = 0) => {
		const i = lines.findIndex((l, j) => j >= from && pred(l));
		if (i < 0) throw new Error('dossier structure changed');
		return i;
	};
	const paragraphs = (a: number, b: number) => lines.slice(a, b).filter(Boolean).map(clean);
	const sommaire = find((l) => l === 'SOMMAIRE');
	const minister = find((l) => l === 'Edito de la ministre des Solidarités et de la Santé', sommaire + 2);
	const pilots = find((l) => l === 'Edito des pilotes du chantier numérique', minister);
	const cinq = find((l) => l.startsWith('**Cinq'), pilots);
	const patients = find((l) => l === 'Le numérique au service des patients', cinq);
	const pros = find((l) => l === 'Le numérique au service des professionnels', patients);
	const roadmap = find((l) => l.startsWith('**Feuille de route'), pros);

	const orientations: SourceDossier['orientations'] = [];
	for (let i = cinq; i < patients; i++) {
		const m = /^(\d) - (.*)$/.exec(lines[i]!);
		if (m) orientations.push({ axis: Number(m[1]), title: m[2]!, paragraphs: [] });
		else if (orientations.length && lines[i]) orientations.at(-1)!.paragraphs.push(clean(lines[i]!));
	}

	const roadmapAxes: SourceDossier['roadmapAxes'] = [];
	const actions: SourceAction[] = [];
	let inDeadlines = false;
	for (let i = roadmap; i < lines.length; i++) {
		const line = lines[i]!;
		const axis = /^(\d) - (.*)$/.exec(line);
		const action = /^Action (\d+) : (.*)$/.exec(line);
		if (axis) {
			roadmapAxes.push({ axis: Number(axis[1]), title: axis[2]! });
			inDeadlines = false;
			continue;
		}
		if (action) {
			actions.push({ id: Number(action[1]), axis: roadmapAxes.at(-1)!.axis, title: clean(action[2]!), paragraphs: [], deadlines: [] });
			inDeadlines = false;
			continue;
		}
		const current = actions.at(-1);
		if (!line || !current || current.axis !== roadmapAxes.at(-1)!.axis) continue;
		if (line.startsWith('Echéances :')) {
			inDeadlines = true;
			current.deadlines.push(clean(line.slice('Echéances :'.length)));
		} else if (inDeadlines) current.deadlines.push(clean(line));
		else current.paragraphs.push(clean(line));
	}

	return {
		cover: paragraphs(0, sommaire).map((l) => l.replace(/^\*\*|\*\*$/g, '')),
		editorials: [
			{ title: lines[minister]!, paragraphs: paragraphs(minister + 1, pilots) },
			{ title: lines[pilots]!, paragraphs: paragraphs(pilots + 1, cinq) },
		],
		orientations,
		sections: [
			{ title: lines[patients]!, paragraphs: paragraphs(patients + 1, pros) },
			{ title: lines[pros]!, paragraphs: paragraphs(pros + 1, roadmap) },
		],
		roadmapAxes,
		actions,
	};
}
