/** The .ics data files of a language (one route per extension: see `dataFileEndpoint` in src/exports.ts). */
import { dataFileEndpoint } from '../../../exports';

export const { getStaticPaths, GET } = dataFileEndpoint('ics');
