import { describe, expect, test } from 'vitest';
import { checkActions, type ActionFile } from '../../src/lib/content-checks';
import { ACTION_COUNT, type ActionData } from '../../src/schemas';

/** A complete, valid set of French actions (ACTION_COUNT of them); tests break one thing at a time. */
function validSet(): ActionFile[] {
	return Array.from({ length: ACTION_COUNT }, (_, i) => {
		const id = i + 1;
		const data: ActionData = {
			id,
			axis: id <= 3 ? 1 : id <= 10 ? 2 : id <= 14 ? 3 : id <= 17 ? 4 : 5,
			title: `Action ${id}`,
			shortTitle: `A${id}`,
			owners: [],
			leadPeople: [],
			partners: [],
			deadlines: [{ label: 'Publication', text: 'fin 2019', when: '2019-36' }],
			related: [],
		};
		return { file: `content/actions/fr/${String(id).padStart(2, '0')}.md`, lang: 'fr', data };
	});
}

/** The English twins of a French set. */
const englishOf = (fr: ActionFile[]): ActionFile[] =>
	fr.map((a) => ({
		lang: 'en',
		file: a.file.replace('/fr/', '/en/'),
		data: { ...a.data, deadlines: [{ label: 'Publication', text: 'end of 2019', when: '2019-36' }] },
	}));

/** Problems in a French set, its English twins being valid. */
const frenchProblems = (fr: ActionFile[]) => checkActions([...fr, ...englishOf(validSet())]).filter((p) => p.startsWith('content/actions/fr/'));

describe('checkActions', () => {
	test('accepts a complete and consistent collection', () => {
		expect(checkActions([...validSet(), ...englishOf(validSet())])).toEqual([]);
	});

	test('requires every configured language, and names a missing translation', () => {
		expect(checkActions(validSet())).toEqual([
			'content/actions/en/: folder: there is no action in "en": every configured language needs all 26 actions',
		]);
		const en = englishOf(validSet()).filter((a) => a.data.id !== 7);
		expect(checkActions([...validSet(), ...en])).toEqual([
			'content/actions/en/07.md: id: action 7 is missing in "en": translate content/actions/fr/07.md into it',
		]);
	});

	test('rejects a deadline outside the roadmap span, a recurrence with an end, and a repeated date', () => {
		const set = validSet();
		set[0]!.data.deadlines = [{ label: 'x', text: '2030', when: '2030' }];
		set[1]!.data.deadlines = [{ label: 'x', text: 'semestrielle', when: '2019-06', repeat: 'P6M' }];
		set[2]!.data.deadlines = [{ label: 'x', text: '2020', when: '2020', repeat: 'P1Y' }];
		expect(frenchProblems(set)).toEqual([
			"content/actions/fr/01.md: deadlines[0].when: 2030 (2030-01-01 to 2030-12-31) is outside the roadmap's span, 2018-01-01 to 2024-12-31: check the year (the span is ROADMAP_SPAN in src/lib/edition.ts)",
			'content/actions/fr/02.md: deadlines[0].when: "semestrielle" recurs with no end, so when must be an open period from the first occurrence (e.g. 2019-06/..), found 2019-06',
			'content/actions/fr/03.md: deadlines[0].repeat: "2020" is a date, not a recurrence: remove repeat, or word the recurrence (e.g. "semestrielle")',
		]);
	});

	test('names both files when an id is used twice', () => {
		const set = validSet();
		set[4]!.data.id = 4;
		expect(frenchProblems(set)).toEqual(
			expect.arrayContaining([
				'content/actions/fr/05.md: id: 4 is already used by content/actions/fr/04.md: each action number appears once',
				'content/actions/fr/05.md: id: action 4 must live in a file named 04.md',
				'content/actions/fr/05.md: id: action 5 is missing in "fr": add it from the dossier',
			]),
		);
	});

	test('rejects a related action that does not exist, and a self-reference', () => {
		const set = validSet();
		set[11]!.data.related = [27, 12];
		expect(frenchProblems(set)).toEqual([
			'content/actions/fr/12.md: related[1]: an action cannot be related to itself (12)',
			'content/actions/fr/12.md: related[0]: action 27 does not exist',
		]);
	});

	test('rejects a deadline whose EDTF disagrees with its French wording', () => {
		const set = validSet();
		set[6]!.data.deadlines = [{ label: 'Décret', text: 'été 2019', when: '2019-06' }];
		expect(frenchProblems(set)).toEqual(['content/actions/fr/07.md: deadlines[0].when: "été 2019" means 2019-22, found 2019-06']);
	});

	test('rejects a wording it cannot read', () => {
		const set = validSet();
		set[0]!.data.deadlines = [{ label: 'Réunion', text: 'bientôt', when: '2019' }];
		expect(frenchProblems(set)).toEqual([
			'content/actions/fr/01.md: deadlines[0].text: "bientôt" is not a wording the site can read: add a rule to src/lib/wording.ts',
		]);
	});

	test('rejects axes out of the roadmap order', () => {
		const set = validSet();
		set[3]!.data.axis = 1;
		set[2]!.data.axis = 2;
		expect(frenchProblems(set)).toEqual([
			"content/actions/fr/04.md: axis: action 4 is in axis 1, before action 3 (axis 2): axes follow the roadmap's order",
		]);
	});

	test('requires a translation to keep the structure of the French original', () => {
		const fr = validSet();
		const en = englishOf(fr);
		expect(checkActions([...fr, ...en])).toEqual([]);
		en[5]!.data.owners = ['ans'];
		en[6]!.data.deadlines = [{ label: 'Decree', text: 'December 2019', when: '2019-12' }];
		expect(checkActions([...fr, ...en])).toEqual([
			'content/actions/en/06.md: owners: must equal content/actions/fr/06.md ([])',
			'content/actions/en/07.md: deadlines[0].when: must equal content/actions/fr/07.md (2019-36)',
		]);
		en[6]!.data.deadlines = [{ label: 'Decree', text: 'end of 2019', when: '2019-12' }];
		expect(checkActions([...fr, ...en])).toContain(
			'content/actions/en/07.md: deadlines[0].when: "end of 2019" means 2019-36, found 2019-12',
		);
	});
});
