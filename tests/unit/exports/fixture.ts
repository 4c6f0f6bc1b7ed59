/** A small roadmap for the serialiser tests: the awkward cases in three actions. */
import type { ActionData, Organisation } from '../../../src/schemas';
import { buildRoadmapData, type RoadmapDataInput } from '../../../src/lib/exports/roadmap-data';

const BASE = 'https://roadmap.example';

export const actions: ActionData[] = [
	{
		id: 7,
		axis: 2,
		title: "Mise à disposition de l'appli carte Vitale (« apCV ») pour l'authentification numérique des usagers du système de santé",
		shortTitle: 'Appli carte Vitale (apCV)',
		owners: [],
		leadPeople: [],
		partners: [],
		deadlines: [
			{ label: "Publication d'un décret d'expérimentation", text: 'été 2019', when: '2019-22' },
			{ label: 'Généralisation', text: 'à partir de 2021', when: '2021/..' },
		],
		related: [],
	},
	{
		id: 2,
		axis: 1,
		title: 'Relance du « Conseil du numérique en santé », et création d\'une cellule d\'éthique',
		shortTitle: 'Conseil, "éthique" et virgules, ici',
		owners: ['dns'],
		leadPeople: [],
		partners: ['ccne', 'ans'],
		deadlines: [
			{ label: 'Prochaine réunion', text: 'juin 2019', when: '2019-06' },
			{ label: 'Périodicité', text: 'semestrielle', when: '2019-06/..', repeat: 'P6M' },
		],
		related: [7],
	},
	{
		id: 12,
		axis: 3,
		title: 'Action\navec un saut de ligne',
		shortTitle: 'Sur deux lignes',
		owners: ['ans'],
		leadPeople: [],
		partners: [],
		deadlines: [{ label: 'Déploiement', text: '2020-2022', when: '2020/2022' }],
		related: [2, 7],
	},
];

export const organisations: Organisation[] = [
	{ id: 'dns', acronym: 'DNS', kind: 'ministry', name: { fr: 'Délégation ministérielle du numérique en santé', en: 'Ministerial Delegation for Digital Health' } },
	{ id: 'ans', acronym: 'ANS', kind: 'agency', name: { fr: 'Agence du numérique en santé', en: 'Digital Health Agency' } },
	{ id: 'ccne', acronym: 'CCNE', kind: 'advisory', name: { fr: "Comité consultatif national d'éthique", en: 'National Consultative Ethics Committee' } },
	{ id: 'cnam', acronym: 'Cnam', kind: 'health-insurance', name: { fr: "Caisse nationale de l'Assurance maladie", en: 'National Health Insurance Fund' } },
];

export const input: RoadmapDataInput = {
	lang: 'fr',
	actions,
	// As the site's model gives them: `related` and the actions the text mentions (none here).
	links: new Map(actions.map((a) => [a.id, [...a.related].sort((x, y) => x - y)])),
	axes: [1, 2, 3, 4, 5].map((id) => ({ id, title: `Orientation ${id}` })),
	organisations,
	urls: {
		schema: `${BASE}/schema/actions.schema.json`,
		file: `${BASE}/fr/donnees/actions.json`,
		licence: `${BASE}/fr/a-propos/`,
		action: (id) => `${BASE}/fr/actions/${id}/`,
		axis: (id) => `${BASE}/fr/axes/${id}/`,
		actionCalendar: (id) => `${BASE}/fr/actions/${id}/echeances.ics`,
	},
	text: {
		title: 'Feuille de route : les actions',
		licence: 'Information publique réutilisable (CRPA, art. L321-1 et suivants).',
		editionTitle: 'Dossier de presse du 25 avril 2019',
		publisher: 'Ministère des Solidarités et de la Santé',
		editionNote: 'Texte de la feuille de route du 25 avril 2019, en 26 actions.',
	},
};

/** The fixture's export model. */
export const data = buildRoadmapData(input);
