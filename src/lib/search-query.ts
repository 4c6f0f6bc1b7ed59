/**
 * A reader's query made into what Pagefind can answer. Pagefind requires every word of a query,
 * so question words and stop-words ("quand…", "what is…", "qu'est-ce que l'INS") would make
 * most questions find nothing: they are dropped here. When the remaining words still find
 * nothing together, `subsets` gives the smaller queries to try, largest first, so that the
 * reader sees results for the best subset and is told which words were left out.
 */
import type { Lang } from '../schemas';

/** Words that carry no subject, per language: never required, never highlighted. */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
	fr: new Set(
		`a à au aux avec c ce ces cet cette comment d dans de des du elle elles en est et être il ils j je l la le les leur leurs lors m ma mais me mes moi mon n ne nos notre nous on ont ou où par pas peut peuvent pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa sans se sera seront ses si son sont sur t ta te tes toi ton tu un une va vont vos votre vous y est-ce qu'est-ce`.split(' '),
	),
	en: new Set(
		`a about an and are as at be been by can could do does did for from has have how i in into is it its my of on or our so that the their them there these they this to was we were what when where which who whom why will with would you your`.split(' '),
	),
};

/** French elisions ("l'", "qu'", "jusqu'") and the pronouns of inverted questions ("-t-il", "-ce"). */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/i;
const CLITIC = /-(?:t-)?(?:il|ils|elle|elles|on|ce|je|tu|nous|vous)$/i;

/**
 * The words of a query that search should require, in order: elisions and the pronouns of
 * inverted questions cut off, stop-words dropped. A word typed in capitals is an acronym, not a
 * stop-word ("IT", "ENS"). If every word is a stop-word, they are all kept.
 * @example searchWords('fr', "Qu'est-ce que l'INS ?") // ['INS']
 * @example searchWords('en', 'who funds IT in care homes') // ['funds', 'IT', 'care', 'homes']
 */
export function searchWords(lang: Lang, query: string): string[] {
	const words = query
		.split(/[\s?!.,;:«»“”"()]+/u)
		.filter(Boolean)
		.flatMap((word) => {
			let w = word;
			while (ELISION.test(w)) w = w.replace(ELISION, '');
			w = w.replace(CLITIC, '');
			return w ? [w] : [];
		});
	const kept = words.filter((w) => (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) || !STOP_WORDS[lang].has(w.toLowerCase()));
	return kept.length > 0 ? kept : words;
}

/**
 * The queries to try, in order, when `words` together find nothing: every subset with one word
 * fewer, then two fewer…, down to single words; at most `limit` of them.
 * @example subsets(['a', 'b', 'c']) // [['a','b'], ['a','c'], ['b','c'], ['a'], ['b'], ['c']]
 */
export function subsets(words: readonly string[], limit = 40): string[][] {
	const out: string[][] = [];
	for (let size = words.length - 1; size >= 1 && out.length < limit; size--) {
		const pick = (start: number, chosen: string[]) => {
			if (out.length >= limit) return;
			if (chosen.length === size) return void out.push(chosen);
			for (let i = start; i < words.length; i++) pick(i + 1, [...chosen, words[i]!]);
		};
		pick(0, []);
	}
	return out;
}
