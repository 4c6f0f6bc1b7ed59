import { describe, expect, test } from 'vitest';
import { buildRoadmapData, exportDeadline } from '../../../src/lib/exports/roadmap-data';
import { ACTION_COUNT } from '../../../src/schemas';
import { data, input } from './fixture';

describe('exportDeadline', () => {
	test('adds the first and last day an EDTF date covers', () => {
		expect(exportDeadline({ label: 'Été', text: 'été 2019', when: '2019-22' })).toEqual({
			label: 'Été',
			text: 'été 2019',
			when: '2019-22',
			repeat: null,
			earliest: '2019-06-21',
			latest: '2019-09-22',
		});
	});

	test('leaves the last day null when the date is open-ended, and keeps the recurrence', () => {
		expect(exportDeadline({ label: 'Périodicité', text: 'semestrielle', when: '2019-06/..', repeat: 'P6M' })).toMatchObject({
			repeat: 'P6M',
			earliest: '2019-06-01',
			latest: null,
		});
	});
});

describe('buildRoadmapData', () => {
	test('lists the actions by number, whatever the input order', () => {
		expect(data.actions.map((a) => a.id)).toEqual([2, 7, 12]);
	});

	test('gives each action the actions that refer to it, the exact inverse of related', () => {
		expect(Object.fromEntries(data.actions.map((a) => [a.id, a.referencedBy]))).toEqual({ 2: [12], 7: [2, 12], 12: [] });
	});

	test('exports only the organisations the actions name, in the language of the file', () => {
		expect(data.organisations).toEqual([
			{ id: 'dns', acronym: 'DNS', name: 'Délégation ministérielle du numérique en santé' },
			{ id: 'ans', acronym: 'ANS', name: 'Agence du numérique en santé' },
			{ id: 'ccne', acronym: 'CCNE', name: "Comité consultatif national d'éthique" },
		]);
		expect(buildRoadmapData({ ...input, lang: 'en' }).organisations[0]!.name).toBe('Ministerial Delegation for Digital Health');
	});

	test('says which edition every action comes from, and where its page and calendar are', () => {
		expect(data.edition).toMatchObject({ id: '2019-04-25', date: '2019-04-25', actionCount: ACTION_COUNT });
		expect(data.actions[1]).toMatchObject({
			edition: '2019-04-25',
			url: 'https://roadmap.example/fr/actions/7/',
			calendar: 'https://roadmap.example/fr/actions/7/echeances.ics',
		});
	});
});
