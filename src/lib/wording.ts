/**
 * Reads a deadline's original wording ("fin 2019", "été 2019", "à partir de 2021") into the EDTF
 * value it stands for. The content check uses it to prove that every `when` in the frontmatter
 * agrees with the words printed beside it; it is deliberately small and strict: an unknown
 * wording is `undefined`, never a guess.
 */

/** What a wording says: a date or period, or a repetition. */
export type Reading = { when: string } | { repeat: Recurrence };

/** Recurrences the dossier uses, as ISO 8601 durations. */
export const RECURRENCES = ['P6M', 'P1Y'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

const MONTHS_FR = [
	'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
	'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

const SEASONS_FR: Record<string, string> = { printemps: '21', été: '22', automne: '23', hiver: '24' };
const ORDINALS_FR: Record<string, number> = { premier: 1, deuxième: 2, second: 2, troisième: 3, quatrième: 4 };
const RECURRENCES_FR: Record<string, Recurrence> = { semestrielle: 'P6M', annuelle: 'P1Y' };

const month = `(${MONTHS_FR.join('|')})`;
const year = '(\\d{4})';
const mm = (name: string) => String(MONTHS_FR.indexOf(name as (typeof MONTHS_FR)[number]) + 1).padStart(2, '0');

/** Rules tried in order; each turns a match into an EDTF value. */
const RULES_FR: Array<[RegExp, (m: RegExpExecArray) => string]> = [
	[new RegExp(`^(?:année )?${year}$`), (m) => m[1]!],
	[new RegExp(`^${year} ?[-–] ?${year}$`), (m) => `${m[1]}/${m[2]}`],
	[new RegExp(`^${month} ${year}$`), (m) => `${m[2]}-${mm(m[1]!)}`],
	[new RegExp(`^début ${year}$`), (m) => `${m[1]}-33`],
	[new RegExp(`^fin ${year}$`), (m) => `${m[1]}-36`],
	[new RegExp(`^(printemps|été|automne|hiver) ${year}$`), (m) => `${m[2]}-${SEASONS_FR[m[1]!]}`],
	[new RegExp(`^(premier|deuxième|second) semestre ${year}$`), (m) => `${m[2]}-${39 + ORDINALS_FR[m[1]!]!}`],
	[
		new RegExp(`^(?:démarrage )?(premier|deuxième|troisième|quatrième) trimestre ${year}$`),
		(m) => `${m[2]}-${32 + ORDINALS_FR[m[1]!]!}`,
	],
	[
		new RegExp(`^de ${month}(?: ${year})? à ${month} ${year}$`),
		(m) => `${m[2] ?? m[4]}-${mm(m[1]!)}/${m[4]}-${mm(m[3]!)}`,
	],
	[new RegExp(`^à partir de ${year}$`), (m) => `${m[1]}/..`],
	[new RegExp(`^à partir de ${month} ${year}$`), (m) => `${m[2]}-${mm(m[1]!)}/..`],
];

const MONTHS_EN = [
	'january', 'february', 'march', 'april', 'may', 'june',
	'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const SEASONS_EN: Record<string, string> = { spring: '21', summer: '22', autumn: '23', winter: '24' };
const ORDINALS_EN: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const RECURRENCES_EN: Record<string, Recurrence> = { 'every six months': 'P6M', 'every year': 'P1Y' };

const monthEn = `(${MONTHS_EN.join('|')})`;
const mmEn = (name: string) => String(MONTHS_EN.indexOf(name as (typeof MONTHS_EN)[number]) + 1).padStart(2, '0');

/** English rules: the wordings of the English edition, one for each French rule. */
const RULES_EN: Array<[RegExp, (m: RegExpExecArray) => string]> = [
	[new RegExp(`^(?:the year )?${year}$`), (m) => m[1]!],
	[new RegExp(`^${year} ?[-–] ?${year}$`), (m) => `${m[1]}/${m[2]}`],
	[new RegExp(`^${monthEn} ${year}$`), (m) => `${m[2]}-${mmEn(m[1]!)}`],
	[new RegExp(`^early ${year}$`), (m) => `${m[1]}-33`],
	[new RegExp(`^end of ${year}$`), (m) => `${m[1]}-36`],
	[new RegExp(`^(spring|summer|autumn|winter) ${year}$`), (m) => `${m[2]}-${SEASONS_EN[m[1]!]}`],
	[new RegExp(`^(first|second) half of ${year}$`), (m) => `${m[2]}-${39 + ORDINALS_EN[m[1]!]!}`],
	[
		new RegExp(`^(?:starting in )?the (first|second|third|fourth) quarter of ${year}$`),
		(m) => `${m[2]}-${32 + ORDINALS_EN[m[1]!]!}`,
	],
	[
		new RegExp(`^from ${monthEn}(?: ${year})? to ${monthEn} ${year}$`),
		(m) => `${m[2] ?? m[4]}-${mmEn(m[1]!)}/${m[4]}-${mmEn(m[3]!)}`,
	],
	[new RegExp(`^from ${year}$`), (m) => `${m[1]}/..`],
	[new RegExp(`^from ${monthEn} ${year}$`), (m) => `${m[2]}-${mmEn(m[1]!)}/..`],
];

function read(rules: typeof RULES_FR, recurrences: Record<string, Recurrence>, text: string): Reading | undefined {
	const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
	const repeat = recurrences[t];
	if (repeat) return { repeat };
	for (const [pattern, toEdtf] of rules) {
		const m = pattern.exec(t);
		if (m) return { when: toEdtf(m) };
	}
	return undefined;
}

/**
 * The EDTF value or recurrence that a French deadline wording stands for.
 * @example readFrenchWording('deuxième semestre 2020') // { when: '2020-41' }
 */
export const readFrenchWording = (text: string) => read(RULES_FR, RECURRENCES_FR, text);

/**
 * The EDTF value or recurrence that an English deadline wording stands for.
 * @example readEnglishWording('second half of 2020') // { when: '2020-41' }
 */
export const readEnglishWording = (text: string) => read(RULES_EN, RECURRENCES_EN, text);

/** The wording reader of each language. */
export const readWording: Record<'fr' | 'en', (text: string) => Reading | undefined> = {
	fr: readFrenchWording,
	en: readEnglishWording,
};
