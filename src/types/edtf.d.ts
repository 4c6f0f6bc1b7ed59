/** Minimal types for the parts of the `edtf` package this site uses (it ships none). */
declare module 'edtf' {
	interface EdtfValue {
		readonly min: number;
		readonly max: number;
		readonly type: string;
		readonly edtf: string;
	}
	/** Builds the value of an EDTF string; throws on invalid input. */
	export default function edtf(value: string): EdtfValue;
	/** Parses without building a value; throws on invalid input. */
	export function parse(value: string): unknown;
}
