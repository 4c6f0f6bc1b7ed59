/** Whether the page is in its dark scheme: the reader's choice, else the system setting. */
export function isDark(): boolean {
	const theme = document.documentElement.dataset.theme;
	return theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
}
