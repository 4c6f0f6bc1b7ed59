/**
 * `make` run once per key, on first use, and its result kept for the whole build: the roadmap model
 * per language, and the patterns every page would otherwise compile again from the same glossary.
 */
export function memo<K extends string, T>(make: (key: K) => T): (key: K) => T {
	const kept = new Map<K, T>();
	return (key) => {
		if (!kept.has(key)) kept.set(key, make(key));
		return kept.get(key)!;
	};
}
