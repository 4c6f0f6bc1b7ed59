/** `actions.json`: the roadmap data as indented JSON (readable in a browser, diff-friendly). */
import type { RoadmapData } from './actions-schema';

/** Serialises the roadmap data; ends with a newline like any text file. */
export const actionsJson = (data: RoadmapData): string => `${JSON.stringify(data, null, 2)}\n`;
