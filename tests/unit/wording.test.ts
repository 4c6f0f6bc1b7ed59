import { describe, expect, test } from 'vitest';
import { readEnglishWording, readFrenchWording } from '../../src/lib/wording';

describe('readFrenchWording', () => {
	test.each([
		['juin 2019', '2019-06'],
		['décembre 2022', '2022-12'],
		['février 2019', '2019-02'],
		['2020', '2020'],
		['année 2020', '2020'],
		['fin 2019', '2019-36'],
		['début 2020', '2020-33'],
		['été 2019', '2019-22'],
		['deuxième semestre 2020', '2020-41'],
		['premier semestre 2021', '2021-40'],
		['démarrage troisième trimestre 2019', '2019-35'],
		['de juin à décembre 2019', '2019-06/2019-12'],
		['de septembre 2019 à février 2020', '2019-09/2020-02'],
		['à partir de 2021', '2021/..'],
		['à partir de novembre 2019', '2019-11/..'],
		['2020-2022', '2020/2022'],
		['2020 – 2022', '2020/2022'],
	])('reads %j as %s', (text, when) => {
		expect(readFrenchWording(text)).toEqual({ when });
	});

	test('reads "semestrielle" as a repetition every six months', () => {
		expect(readFrenchWording('semestrielle')).toEqual({ repeat: 'P6M' });
	});

	test.each(['bientôt', 'fin', 'juin', 'vers 2020', 'de juin 2019'])('does not guess %j', (text) => {
		expect(readFrenchWording(text)).toBeUndefined();
	});
});

describe('readEnglishWording', () => {
	test.each([
		['June 2019', '2019-06'],
		['the year 2020', '2020'],
		['2020 – 2022', '2020/2022'],
		['end of 2019', '2019-36'],
		['early 2020', '2020-33'],
		['summer 2019', '2019-22'],
		['second half of 2020', '2020-41'],
		['starting in the third quarter of 2019', '2019-35'],
		['from June to December 2019', '2019-06/2019-12'],
		['from September 2019 to February 2020', '2019-09/2020-02'],
		['from 2021', '2021/..'],
		['from November 2019', '2019-11/..'],
	])('reads %j as %s', (text, when) => {
		expect(readEnglishWording(text)).toEqual({ when });
	});

	test('reads "every six months" as a repetition', () => {
		expect(readEnglishWording('every six months')).toEqual({ repeat: 'P6M' });
	});

	test.each(['fin 2019', 'soon', 'late 2019'])('does not guess %j', (text) => {
		expect(readEnglishWording(text)).toBeUndefined();
	});
});
