/**
 * The shape of `actions.json`, written once as a zod schema: the site publishes its JSON Schema
 * (generated with `z.toJSONSchema()`) at `/schema/actions.schema.json`, the tests validate every
 * export against that, and the TypeScript types of the export are inferred from the same schema,
 * so the published schema, the types and the content schema cannot drift apart.
 */
import { z } from 'astro/zod';
import { ACTION_COUNT, AXIS_COUNT, LANGS } from '../../schemas';
import { RECURRENCES } from '../wording';
import { EDITION } from '../edition';

const isoDay = z.iso.date();
const url = z.url();
const text = z.string().min(1);
const actionNumber = z.number().int().min(1).max(ACTION_COUNT);
const axisNumber = z.number().int().min(1).max(AXIS_COUNT);
const organisationIds = z.array(z.string().regex(/^[a-z0-9-]+$/));
/** Action numbers, each once (`uniqueItems` in the JSON Schema). */
const actionNumbers = z
	.array(actionNumber)
	.refine((ids) => new Set(ids).size === ids.length, 'each action once')
	.meta({ uniqueItems: true });

const deadline = z
	.object({
		label: text.describe('What is due, as the roadmap words it.'),
		text: text.describe('The date as the roadmap words it, e.g. "fin 2019".'),
		when: text.describe('The same date in EDTF (ISO 8601-2), e.g. 2019-36 (4th quarter of 2019), 2021/.. (from 2021).'),
		repeat: z.enum(RECURRENCES).nullable().describe('For recurring items, the period as an ISO 8601 duration; null otherwise.'),
		earliest: isoDay.describe('First day the EDTF date covers.'),
		latest: isoDay.nullable().describe('Last day the EDTF date covers; null when it is open-ended ("from 2021").'),
	})
	.strict();

const action = z
	.object({
		id: actionNumber.describe("The action's number in the edition of 25 April 2019."),
		axis: axisNumber.describe('The axis (orientation) it belongs to; see `axes`.'),
		title: text.describe('The full official title, word for word.'),
		shortTitle: text.describe('A short label for lists.'),
		owners: organisationIds.describe('Organisations the text names as leading the action (ids; see `organisations`).'),
		partners: organisationIds.describe('Other organisations the text involves (ids; see `organisations`).'),
		deadlines: z.array(deadline).min(1).describe('Every deadline line, in the order of the text.'),
		related: actionNumbers.describe('Actions the editors list as related to this one.'),
		links: actionNumbers.describe('Actions this action links to: `related` and the actions its text mentions, as its page shows them.'),
		referencedBy: actionNumbers.describe('Actions that link to this one: the exact inverse of `links`.'),
		url: url.describe("The action's permanent page."),
		calendar: url.describe("The action's deadlines as an iCalendar file."),
		edition: z.literal(EDITION.id).describe('The edition the number and text come from (see `edition`).'),
	})
	.strict();

/** The content of `actions.json` in one language. */
export const roadmapDataSchema = z
	.object({
		$schema: url.describe('This schema.'),
		lang: z.enum(LANGS).describe('Language of the text fields (French is the original).'),
		title: text,
		url: url.describe('This file.'),
		licence: z.object({ text, url }).strict(),
		edition: z
			.object({
				id: z.literal(EDITION.id),
				date: isoDay,
				title: text,
				publisher: text,
				actionCount: z.literal(EDITION.actionCount),
				note: text,
			})
			.strict()
			.describe('The edition reproduced: the press kit of 25 April 2019.'),
		axes: z
			.array(z.object({ id: axisNumber, title: text, url }).strict())
			.length(AXIS_COUNT),
		organisations: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), acronym: text, name: text }).strict()),
		actions: z.array(action).length(ACTION_COUNT),
	})
	.strict()
	.meta({
		title: 'Ma santé 2022 — digital health roadmap: actions',
		description:
			'The actions of the roadmap « Accélérer le virage numérique » (press kit of 25 April 2019), with their organisations, deadlines and cross-references, in one language.',
	});

/** The JSON Schema of `actions.json`, without `$id` (the site adds its own address). */
export const actionsSchema = z.toJSONSchema(roadmapDataSchema, { target: 'draft-2020-12' });

/** The content of `actions.json`. */
export type RoadmapData = z.infer<typeof roadmapDataSchema>;

/** One action of `actions.json`. */
export type ExportAction = RoadmapData['actions'][number];

/** One deadline of an action in `actions.json`. */
export type ExportDeadline = ExportAction['deadlines'][number];
