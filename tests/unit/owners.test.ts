/**
 * Every lead of every action is backed by the French text. The rule (README, "Editing or adding an
 * action"; `owners` in src/schemas.ts): an organisation or a person leads an action only when its
 * title or body puts them in charge with a lead phrase. The table below quotes, per action, the
 * phrase behind each lead; an owner that has no row, or whose phrase is not in the text, fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/** Lead phrases of the dossier: « piloté par », « sous le pilotage de », « confié à »… */
const LEAD_PHRASE = /(?:co-)?pilot(?:é|ée|és|ées)(?: et \p{L}+)? par|sous le pilotage|pilotage opérationnel|confiée?s? (?:à|au)/giu;

/** How the French text names each organisation that leads an action. */
const NAMED_AS: Record<string, RegExp> = {
	dns: /\bDNS\b/,
	ans: /\bANS\b/,
	cnam: /assurance maladie/i,
	drees: /\bDREES\b/,
};

/** Per action: each owner (or person) and the phrase of the French text that makes it a lead. */
const LEADS: Record<number, Record<string, string>> = {
	1: {
		'Dominique Pon': 'sera co-pilotée par Dominique Pon et Laura Létourneau',
		'Laura Létourneau': 'sera co-pilotée par Dominique Pon et Laura Létourneau',
	},
	2: { dns: 'Piloté par la DNS, le Conseil du numérique en santé' },
	10: { ans: 'et la mise à disposition d\'un serveur national des terminologies de santé (SMT) seront confiées à l\'ANS' },
	12: { ans: 'Le pilotage national confié à l\'ANS' },
	15: { dns: 'sous le pilotage stratégique de la DNS', cnam: 'le pilotage opérationnel de l\'assurance maladie' },
	16: { dns: 'sous le pilotage stratégique de la DNS', cnam: 'le pilotage opérationnel de l\'assurance maladie' },
	17: {
		drees:
			'Le pilotage de la mise en œuvre du Health Data Hub est confié au directeur de la direction de la recherche, des études, de l\'évaluation et des statistiques du ministère des solidarités et de la santé (DREES)',
	},
	24: { dns: 'sera constitué et piloté par la DNS' },
	25: { dns: 'Piloté par la DNS et organisé par les ARS' },
	26: { dns: 'Pilotés et animés par la DNS et l\'assurance maladie', cnam: 'Pilotés et animés par la DNS et l\'assurance maladie' },
};

/** Phrases that look like lead phrases but do not make anyone a lead of the action, and why. */
const NOT_LEADS: Record<number, string[]> = {};

interface Action {
	id: number;
	title: string;
	owners: string[];
	leadPeople?: Array<{ name: string }>;
	partners: string[];
	text: string;
}

const DIR = new URL('../../content/actions/fr/', import.meta.url);
const normalise = (s: string) => s.replace(/[’]/g, "'").replace(/<[^>]+>|\*\*/g, '').replace(/\s+/g, ' ');

/** The French actions: frontmatter, and title plus body as one plain text. */
const actions: Action[] = readdirSync(DIR)
	.filter((f) => /^\d\d\.mdx?$/.test(f))
	.map((f) => {
		const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(new URL(f, DIR), 'utf8'))!;
		const data = parse(yaml!) as Omit<Action, 'text'>;
		return { ...data, text: normalise(`${data.title}\n${body}`) };
	});

describe('owners and lead people', () => {
	test('all 26 actions are read', () => {
		expect(actions.map((a) => a.id).sort((a, b) => a - b)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
	});

	test.each(actions.map((a) => [a.id, a] as const))('action %i: every lead has a lead phrase in its text', (id, action) => {
		const table = LEADS[id] ?? {};
		const leads = [...action.owners, ...(action.leadPeople ?? []).map((p) => p.name)];
		// Every owner and person has its row, and the table claims no lead the frontmatter lacks.
		expect(leads.sort()).toEqual(Object.keys(table).sort());
		for (const [lead, phrase] of Object.entries(table)) {
			expect(action.text, `action ${id}: the phrase for ${lead} is not in the text`).toContain(normalise(phrase));
			expect(phrase, `action ${id}: « ${phrase} » is not a lead phrase`).toMatch(new RegExp(LEAD_PHRASE.source, 'iu'));
			const named = NAMED_AS[lead] ?? new RegExp(lead);
			expect(phrase, `action ${id}: « ${phrase} » does not name ${lead}`).toMatch(named);
		}
	});

	test.each(actions.map((a) => [a.id, a] as const))('action %i: every lead phrase of its text is in the table', (id, action) => {
		const quoted = Object.values(LEADS[id] ?? {}).map(normalise);
		for (const m of action.text.matchAll(LEAD_PHRASE)) {
			const start = m.index!;
			const covered = [...quoted, ...(NOT_LEADS[id] ?? [])].some((q) => {
				const at = action.text.indexOf(q);
				return at >= 0 && at <= start && start < at + q.length;
			});
			expect(covered, `action ${id}: « ${action.text.slice(start, start + 80)} » is a lead phrase with no owner`).toBe(true);
		}
	});

	test('hosting, creating within or organising is not leading: those organisations are partners', () => {
		const byId = (n: number) => actions.find((a) => a.id === n)!;
		expect(byId(21).owners).toEqual([]);
		expect(byId(21).partners).toContain('cnsa');
		expect(byId(23).owners).toEqual([]);
		expect(byId(23).partners).toContain('dns');
		expect(byId(25).owners).toEqual(['dns']);
		expect(byId(25).partners).toContain('ars');
	});
});
