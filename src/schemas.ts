/**
 * Every frontmatter and data field of the site, defined once. `src/content.config.ts` attaches
 * these schemas to the collections; tests import them directly (no `astro:` import here).
 */
import { z } from 'astro/zod';
import { parseEdtf } from './lib/edtf';
import { textProblem } from './lib/text-checks';
import { RECURRENCES } from './lib/wording';

/**
 * The roadmap's own numbering: 26 actions in 5 axes (dossier of 25 April 2019). Only the build
 * benchmark (`npm run bench`, content multiplied 10× and 50×) changes it, through ROADMAP_ACTION_COUNT.
 */
export const ACTION_COUNT = Number(process.env.ROADMAP_ACTION_COUNT ?? 26);
export const AXIS_COUNT = 5;

/** The languages of the site; French is the original. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text field: not empty, without control characters or unbalanced bidirectional controls. */
const text = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.superRefine((value, ctx) => {
		const problem = textProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** A list whose items each appear once; a repeated item is named with its position. */
function uniqueList<T extends z.ZodType>(item: T) {
	return z.array(item).superRefine((values, ctx) => {
		values.forEach((v, i) => {
			const first = values.indexOf(v);
			if (first !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(v)} is already listed at position ${first}: remove the duplicate` });
		});
	});
}

/** Longest `shortTitle`: it must fit "Action 26 — …" in a page title and a line of a list. */
export const SHORT_TITLE_MAX = 64;

/** Longest word of a `shortTitle`: a title is shortened at a space (src/lib/typography.ts). */
const LONGEST_WORD = 30;

/** Common words a glossary term may not be: linking them would link every page at random. */
const COMMON_WORDS = new Set([
	'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'au', 'aux', 'en', 'pour', 'par', 'sur', 'dans', 'avec', 'qui', 'que',
	'est', 'sont', 'plus', 'santé', 'numérique', 'the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'health', 'digital',
]);

/** A glossary term: long and specific enough to be linked on its first mention. */
const term = text.superRefine((value, ctx) => {
	if ([...value].length < 3) ctx.addIssue({ code: 'custom', message: `"${value}" is too short to link safely (at least 3 characters): use the programme's full name or acronym` });
	else if (COMMON_WORDS.has(value.toLowerCase())) ctx.addIssue({ code: 'custom', message: `"${value}" is a common word: linking it would link unrelated text on every page; use the programme's full name or acronym` });
});

/** A string in each language of the site. */
export const localisedSchema = z.object({ fr: text, en: text }).strict();

/** One deadline ("Echéances") line of an action. */
export const deadlineSchema = z
	.object({
		/** What is due, e.g. "Publication du référentiel INS". */
		label: text,
		/** The date as the dossier words it, e.g. "fin 2019". */
		text: text,
		/** The same date as EDTF / ISO 8601-2, e.g. `2019-36` (Q4 2019), `2021/..` (from 2021). */
		when: text.superRefine((value, ctx) => {
			try {
				parseEdtf(value);
			} catch (e) {
				const why = e instanceof Error && /^(EDTF|Unsupported)/.test(e.message) ? ` (${e.message})` : '';
				ctx.addIssue({ code: 'custom', message: `must be an EDTF date such as 2019-06, 2019-36, 2019-06/2019-12 or 2021/..${why}, found ${JSON.stringify(value)}` });
			}
		}),
		/** For recurring items ("Périodicité : semestrielle"): the period, as an ISO 8601 duration. */
		repeat: z.enum(RECURRENCES).optional(),
	})
	.strict();

/** A person the text names as a lead of an action. */
export const leadPersonSchema = z
	.object({
		/** The person's name as the text gives it, e.g. "Dominique Pon"; the same in every language. */
		name: text,
		/** Their role as the text gives it, in the page's language, e.g. "responsable ministériel du numérique en santé". */
		role: text.optional(),
	})
	.strict();

/** Frontmatter of an action page, `content/actions/<lang>/NN.md`. */
export function createActionSchema(organisationIds: readonly [string, ...string[]]) {
	const organisation = z.enum(organisationIds, {
		error: (issue) =>
			`unknown organisation ${JSON.stringify(issue.input)}: add it to content/organisations.yml or use one of ${organisationIds.join(', ')}`,
	});
	return z
		.object({
			/** The action's number in the roadmap, 1-26: its permanent URL. */
			id: z.number().int().min(1).max(ACTION_COUNT),
			/** The axis it belongs to, 1-5. */
			axis: z.number().int().min(1).max(AXIS_COUNT),
			/** The full official title, word for word. */
			title: text,
			/** A short label for lists and navigation, at most 64 characters, no word over 30. */
			shortTitle: text
				.refine((v) => v.length <= SHORT_TITLE_MAX, {
					message: `must be at most ${SHORT_TITLE_MAX} characters, to fit page titles and lists: shorten it (the full wording belongs in title)`,
				})
				.refine((v) => v.split(/\s+/).every((word) => word.length <= LONGEST_WORD), {
					message: `has a word longer than ${LONGEST_WORD} characters, which page titles cannot shorten at a word boundary: add spaces`,
				}),
			/**
			 * Organisations that lead the action: only those the action's French text (title or body)
			 * puts in charge with a lead phrase: « piloté(e)(s) par », « co-piloté par », « pilotés et
			 * animés par », « sous le pilotage (stratégique | opérationnel) de », « (le pilotage …) confié
			 * à ». On their own, « hébergé par » (where a file sits), « créé au sein de » (where a body
			 * sits), « organisé par », « associe », « s'appuiera sur » or « soutenu par » make an
			 * organisation a partner, not a lead. Empty when the text names no lead organisation.
			 * `tests/unit/owners.test.ts` quotes, per action, the phrase that supports each owner.
			 */
			owners: uniqueList(organisation).default([]),
			/**
			 * People the text names as leading the action, with the same lead phrases as `owners`
			 * (action 1: « co-pilotée par Dominique Pon et Laura Létourneau »); empty when it names none.
			 */
			leadPeople: z.array(leadPersonSchema).default([]),
			/** Other organisations the text involves (hosts, organisers, bodies it relies on or associates). */
			partners: uniqueList(organisation).default([]),
			/** Every "Echéances" line, in the dossier's order. */
			deadlines: z.array(deadlineSchema).min(1),
			/** Numbers of the actions the text refers to. */
			related: uniqueList(z.number().int().min(1).max(ACTION_COUNT)).default([]),
		})
		.strict();
}

/** Frontmatter of an axis, `content/axes/<lang>/N.md`; the body is its introduction. */
export const axisSchema = z
	.object({
		/** The axis number, 1-5. */
		id: z.number().int().min(1).max(AXIS_COUNT),
		/** Its title in the roadmap. */
		title: text,
		/** Its title in "Cinq orientations", where the dossier words it differently. */
		orientationTitle: text.optional(),
	})
	.strict();

/** Frontmatter of a section of the dossier or of the site, `content/pages/<lang>/*.md`. */
export const pageSchema = z
	.object({
		/** The same key in every language: it pairs translations. */
		key: text,
		/** The last segment of the page's URL in this language. */
		slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
		/** The page's heading. */
		title: text,
		/** `dossier`: text of the press kit, reproduced word for word; `site`: written for this site. */
		part: z.enum(['dossier', 'site']),
		/** Position in menus and in the dossier. */
		order: z.number().int().min(0),
		/** A one-sentence summary for search results and link previews. */
		description: text.optional(),
	})
	.strict();

/** One organisation, `content/organisations.yml`. */
export const organisationSchema = z
	.object({
		/** Lowercase identifier used in frontmatter and URLs. */
		id: z.string().regex(/^[a-z0-9-]+$/),
		/** The form the dossier uses, e.g. "ANS". */
		acronym: text,
		/** What kind of body it is. */
		kind: z.enum(['ministry', 'agency', 'authority', 'health-insurance', 'social-security', 'regional', 'local', 'advisory']),
		/** Full name in each language. */
		name: localisedSchema,
	})
	.strict();

/** Terms in each language. */
const localisedTerms = z.object({ fr: uniqueList(term).default([]), en: uniqueList(term).default([]) }).strict();

/** One programme, service or term, `content/glossary.yml`. */
export const glossarySchema = z
	.object({
		/** Lowercase identifier. */
		id: z.string().regex(/^[a-z0-9-]+$/),
		/** The acronym the text uses, explained with <abbr> on first use. */
		acronym: text.optional(),
		/** Full name in each language. */
		name: localisedSchema,
		/** The action that is about this programme: its first mention on a page links there. */
		action: z.number().int().min(1).max(ACTION_COUNT).optional(),
		/** Words that mention the programme, per language (acronyms match in exact case). */
		terms: localisedTerms.default({ fr: [], en: [] }),
		/** French names kept as they are in the English text: marked lang="fr" there. */
		french: z.array(text).default([]),
	})
	.strict();

/**
 * An editor's note, `content/notes.yml`: a typo of the dossier, or a place where the Ministry's
 * web article words the same text differently. Data, not prose in the body, so that the dossier's
 * text stays word for word.
 */
export const editorNoteSchema = z
	.object({
		/** Lowercase identifier, e.g. `action-19-decroiser`. */
		id: z.string().regex(/^[a-z0-9-]+$/),
		/** The action the note belongs to, when it is on an action page. */
		action: z.number().int().min(1).max(ACTION_COUNT).optional(),
		/** The axis the note belongs to, when it is on an axis page. */
		axis: z.number().int().min(1).max(AXIS_COUNT).optional(),
		/** `typo`: the dossier has a typo ([sic]); `wording`: the web article words it differently. */
		kind: z.enum(['typo', 'wording']),
		/** The dossier's words, exactly as they are in the French text of that action or axis. */
		dossier: text,
		/** The web article's words at the same place, when it has them (absent: it has the same words or none). */
		article: text.optional(),
		/** The note, in each language: what to read, or what the article has. */
		note: localisedSchema,
	})
	.strict()
	.refine((n) => (n.action === undefined) !== (n.axis === undefined), {
		message: 'give exactly one of `action` (a number 1-26) or `axis` (a number 1-5): the page the note is shown on',
	});

/** English phrases, matched as whole words in any case. */
const phrases = z.array(text).default([]);

/** One term of the termbase: a French term and its one English rendering. */
export const termSchema = z
	.object({
		/** The French term, with its forms, e.g. "généralisation, généraliser". */
		fr: text,
		/** The one English rendering, e.g. "nationwide roll-out". */
		en: text,
		/** English variants no English page may use, e.g. "generalisation". */
		forbidden: phrases,
		/** Phrases where a forbidden word has another meaning and is right ("Pilot phase": a trial). */
		allowed: phrases,
		/** Why, or where the term applies. */
		note: text.optional(),
	})
	.strict();

/** One official name of the termbase: the same French and English forms as its data file. */
export const termNameSchema = z
	.object({
		/** Its id in content/organisations.yml. */
		organisation: z.string().optional(),
		/** Its id in content/glossary.yml. */
		glossary: z.string().optional(),
		/** The official French name. */
		fr: text,
		/** Its one English form; a French name glossed in English text is glossed with it. */
		en: text,
		/** English forms no English page may use. */
		forbidden: phrases,
	})
	.strict()
	.refine((n) => (n.organisation === undefined) !== (n.glossary === undefined), {
		message: 'give exactly one of `organisation` (an id of content/organisations.yml) or `glossary` (an id of content/glossary.yml)',
	});

/** The bilingual termbase, `content/termbase.yml`: one English rendering per French term. */
export const termbaseSchema = z
	.object({
		/** Terms: French → English, with forbidden variants. */
		terms: z.array(termSchema).min(1),
		/** Official names of organisations and programmes. */
		names: z.array(termNameSchema).default([]),
	})
	.strict();

/**
 * What readers call one action, `content/thesaurus.yml` (keyed by action number): words search
 * takes for the action although its text may not use them.
 */
export const thesaurusSchema = z
	.object({
		/** Abbreviations and names typed the same way in both languages: indexed on both sites. */
		abbr: z.array(text).default([]),
		/** Lay words, synonyms and jargon French readers use for the action's subject. */
		fr: z.array(text).default([]),
		/** The same for English readers. */
		en: z.array(text).default([]),
	})
	.strict();

export type Deadline = z.infer<typeof deadlineSchema>;
export type ActionData = z.infer<ReturnType<typeof createActionSchema>>;
export type AxisData = z.infer<typeof axisSchema>;
export type PageData = z.infer<typeof pageSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type EditorNote = z.infer<typeof editorNoteSchema>;
export type Termbase = z.infer<typeof termbaseSchema>;
export type ThesaurusEntry = z.infer<typeof thesaurusSchema>;
