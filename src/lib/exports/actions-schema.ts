/**
 * The JSON Schema of `actions.json`, written once as data: the site publishes it at
 * `/schema/actions.schema.json`, the tests validate every export against it, and the TypeScript
 * type of the export is inferred from it (so the two can never disagree).
 */
import type { FromSchema } from 'json-schema-to-ts';
import { ACTION_COUNT, AXIS_COUNT, LANGS } from '../../schemas';
import { EDITION } from '../edition';

const isoDay = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const url = { type: 'string', format: 'uri' } as const;
const actionNumber = { type: 'integer', minimum: 1, maximum: ACTION_COUNT } as const;
const axisNumber = { type: 'integer', minimum: 1, maximum: AXIS_COUNT } as const;
const text = { type: 'string', minLength: 1 } as const;
const organisationIds = {
	type: 'array',
	items: { type: 'string', pattern: '^[a-z0-9-]+$' },
	description: 'Organisation ids; see `organisations`.',
} as const;
const actionNumbers = { type: 'array', items: actionNumber, uniqueItems: true } as const;

const deadline = {
	type: 'object',
	additionalProperties: false,
	required: ['label', 'text', 'when', 'repeat', 'earliest', 'latest'],
	properties: {
		label: { ...text, description: 'What is due, as the roadmap words it.' },
		text: { ...text, description: 'The date as the roadmap words it, e.g. "fin 2019".' },
		when: { ...text, description: 'The same date in EDTF (ISO 8601-2), e.g. 2019-36 (4th quarter of 2019), 2021/.. (from 2021).' },
		repeat: {
			enum: ['P6M', 'P1Y', null],
			description: 'For recurring items, the period as an ISO 8601 duration; null otherwise.',
		},
		earliest: { ...isoDay, description: 'First day the EDTF date covers.' },
		latest: {
			anyOf: [isoDay, { type: 'null' }],
			description: 'Last day the EDTF date covers; null when it is open-ended ("from 2021").',
		},
	},
} as const;

const action = {
	type: 'object',
	additionalProperties: false,
	required: ['id', 'axis', 'title', 'shortTitle', 'owners', 'partners', 'deadlines', 'related', 'referencedBy', 'url', 'calendar', 'edition'],
	properties: {
		id: { ...actionNumber, description: "The action's number in the edition of 25 April 2019." },
		axis: { ...axisNumber, description: 'The axis (orientation) it belongs to; see `axes`.' },
		title: { ...text, description: 'The full official title, word for word.' },
		shortTitle: { ...text, description: 'A short label for lists.' },
		owners: { ...organisationIds, description: 'Organisations the text names as piloting the action (ids; see `organisations`).' },
		partners: { ...organisationIds, description: 'Other organisations the text involves (ids; see `organisations`).' },
		deadlines: { type: 'array', minItems: 1, items: deadline, description: 'Every deadline line, in the order of the text.' },
		related: { ...actionNumbers, description: 'Actions this action refers to.' },
		referencedBy: { ...actionNumbers, description: 'Actions that refer to this one: the exact inverse of `related`.' },
		url: { ...url, description: "The action's permanent page." },
		calendar: { ...url, description: "The action's deadlines as an iCalendar file." },
		edition: { const: EDITION.id, description: 'The edition the number and text come from (see `edition`).' },
	},
} as const;

/** The schema of `actions.json`, without `$id` (the site adds its own address). */
export const actionsSchema = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	title: 'Ma santé 2022 — digital health roadmap: actions',
	description:
		'The 26 actions of the roadmap « Accélérer le virage numérique » (press kit of 25 April 2019), with their organisations, deadlines and cross-references, in one language.',
	type: 'object',
	additionalProperties: false,
	required: ['$schema', 'lang', 'title', 'url', 'licence', 'edition', 'axes', 'organisations', 'actions'],
	properties: {
		$schema: { ...url, description: 'This schema.' },
		lang: { enum: LANGS, description: 'Language of the text fields (French is the original).' },
		title: text,
		url: { ...url, description: 'This file.' },
		licence: {
			type: 'object',
			additionalProperties: false,
			required: ['text', 'url'],
			properties: { text, url },
		},
		edition: {
			type: 'object',
			additionalProperties: false,
			required: ['id', 'date', 'title', 'publisher', 'actionCount', 'note'],
			description: 'The edition reproduced: the press kit of 25 April 2019; action numbers are its numbering.',
			properties: {
				id: { const: EDITION.id },
				date: isoDay,
				title: text,
				publisher: text,
				actionCount: { const: EDITION.actionCount },
				note: text,
			},
		},
		axes: {
			type: 'array',
			minItems: AXIS_COUNT,
			maxItems: AXIS_COUNT,
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'title', 'url'],
				properties: { id: axisNumber, title: text, url },
			},
		},
		organisations: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'acronym', 'name'],
				properties: { id: { type: 'string', pattern: '^[a-z0-9-]+$' }, acronym: text, name: text },
			},
		},
		actions: { type: 'array', minItems: ACTION_COUNT, maxItems: ACTION_COUNT, items: action },
	},
} as const;

/** The content of `actions.json`. */
export type RoadmapData = FromSchema<typeof actionsSchema>;

/** One action of `actions.json`. */
export type ExportAction = RoadmapData['actions'][number];

/** One deadline of an action in `actions.json`. */
export type ExportDeadline = ExportAction['deadlines'][number];
