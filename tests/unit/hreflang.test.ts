import { describe, expect, test } from 'vitest';
import { alternatesInHtml } from '../../src/lib/hreflang';

describe('alternatesInHtml', () => {
	test('reads the alternate links of the head, in order, whatever the attribute order', () => {
		const html = `<html><head>
			<link rel="canonical" href="https://x.example/fr/a-propos/">
			<link rel="alternate" hreflang="fr" href="https://x.example/fr/a-propos/">
			<link href="https://x.example/en/about/" hreflang="en" rel="alternate">
			<link rel="alternate" hreflang="x-default" href="https://x.example/fr/a-propos/">
		</head><body></body></html>`;
		expect(alternatesInHtml(html)).toEqual([
			{ lang: 'fr', url: 'https://x.example/fr/a-propos/' },
			{ lang: 'en', url: 'https://x.example/en/about/' },
			{ lang: 'x-default', url: 'https://x.example/fr/a-propos/' },
		]);
	});

	test('ignores links without hreflang and anything in the body', () => {
		const html = `<head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>
			<body><link rel="alternate" hreflang="de" href="https://x.example/de/"></body>`;
		expect(alternatesInHtml(html)).toEqual([]);
	});
});
