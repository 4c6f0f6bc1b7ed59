import { describe, expect, test } from 'vitest';
import { compareEdtf, isEdtf, parseEdtf } from '../../src/lib/edtf';

describe('parseEdtf', () => {
	test.each([
		['2019-06', '2019-06-01', '2019-06-30', 'month'],
		['2020', '2020-01-01', '2020-12-31', 'year'],
		['2019-33', '2019-01-01', '2019-03-31', 'quarter'],
		['2019-35', '2019-07-01', '2019-09-30', 'quarter'],
		['2019-36', '2019-10-01', '2019-12-31', 'quarter'],
		['2020-40', '2020-01-01', '2020-06-30', 'semester'],
		['2020-41', '2020-07-01', '2020-12-31', 'semester'],
	])('bounds %s from %s to %s (%s)', (value, start, end, precision) => {
		expect(parseEdtf(value)).toEqual({ edtf: value, start, end, interval: false, precision });
	});

	test('reads "été 2019" (2019-22) as the summer, June to September, not April to June', () => {
		expect(parseEdtf('2019-22')).toMatchObject({ start: '2019-06-21', end: '2019-09-22', precision: 'season' });
	});

	test.each([
		['2019-21', '2019-03-20', '2019-06-20'],
		['2019-23', '2019-09-23', '2019-12-20'],
		['2019-24', '2019-12-21', '2020-03-19'],
	])('bounds season %s from %s to %s', (value, start, end) => {
		expect(parseEdtf(value)).toMatchObject({ start, end });
	});

	test.each([
		['2019-06/2019-12', '2019-06-01', '2019-12-31'],
		['2020/2022', '2020-01-01', '2022-12-31'],
		['2019-09/2020-02', '2019-09-01', '2020-02-29'],
	])('bounds the closed interval %s', (value, start, end) => {
		expect(parseEdtf(value)).toMatchObject({ start, end, interval: true });
	});

	test('keeps an open interval open instead of throwing', () => {
		expect(parseEdtf('2021/..')).toMatchObject({ start: '2021-01-01', end: null, interval: true, precision: 'year' });
		expect(parseEdtf('2019-11/..')).toMatchObject({ start: '2019-11-01', end: null });
	});

	test.each(['fin 2019', '2019-13-45', '2019/2018', '../2020', ''])('rejects %j', (value) => {
		expect(() => parseEdtf(value)).toThrow();
		expect(isEdtf(value)).toBe(false);
	});
});

describe('compareEdtf', () => {
	test('orders by start, then by end, open ends last', () => {
		const values = ['2021/..', '2020', '2019-36', '2020-41', '2019-06/2019-12', '2020/2022', '2019-22'];
		expect([...values].sort(compareEdtf)).toEqual(['2019-06/2019-12', '2019-22', '2019-36', '2020', '2020/2022', '2020-41', '2021/..']);
	});
});
