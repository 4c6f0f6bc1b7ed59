/**
 * The edition of the roadmap this site reproduces: the press kit of 25 April 2019 and its 26
 * actions. Every export and citation says which edition, and so which numbering, it uses.
 */
import { ACTION_COUNT } from '../schemas';

/** The press kit of 25 April 2019: its date is the edition's identifier. */
export const EDITION = {
	/** Identifier used in exports: the date of the press kit. */
	id: '2019-04-25',
	/** Date of publication, ISO 8601. */
	date: '2019-04-25',
	/** Actions in this edition. */
	actionCount: ACTION_COUNT,
} as const;

/** The roadmap's horizon ("Ma santé 2022"): open-ended deadlines ("from 2021") stop here in calendars. */
export const ROADMAP_HORIZON = '2022-12-31';

/**
 * The span every deadline must fall in, declared once. The roadmap covers 2019-2022, but the dossier
 * also names deadlines from 2018 (action 14: « fin 2018 », action 18: « 2018-2022 ») and one period
 * to 2024 (action 21: « 2020-2024 »).
 */
export const ROADMAP_SPAN = { start: '2018-01-01', end: '2024-12-31' } as const;
