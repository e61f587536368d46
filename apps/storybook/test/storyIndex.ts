import { readFileSync } from 'node:fs';

/** One page of the Storybook: a story, or a docs page (MDX or autodocs). */
export interface IndexEntry {
  /** Storybook id, e.g. `charts-timeline--default`. */
  id: string;
  /** Whether the preview renders it as a story or as a docs page. */
  type: 'story' | 'docs';
  /** Sidebar title, e.g. `Charts/Timeline`. */
  title: string;
  /** Name under the title, e.g. `Default` or `Docs`. */
  name: string;
  /** File the entry comes from, relative to the Storybook app, e.g. `./src/Introduction.mdx`. */
  importPath: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads every entry of a static build's `index.json` (the file the Storybook manager builds its
 * sidebar from), so the test visits exactly what a reader can click on. Throws on a file that does
 * not have the shape Storybook writes, rather than silently testing nothing.
 */
export const readStoryIndex = (indexPath: string): IndexEntry[] => {
  const parsed: unknown = JSON.parse(readFileSync(indexPath, 'utf8'));
  if (!isRecord(parsed) || !isRecord(parsed.entries)) {
    throw new Error(`${indexPath} has no "entries" object: is it a Storybook index?`);
  }
  return Object.values(parsed.entries).map((entry, position) => {
    if (
      !isRecord(entry) ||
      typeof entry.id !== 'string' ||
      (entry.type !== 'story' && entry.type !== 'docs') ||
      typeof entry.title !== 'string' ||
      typeof entry.name !== 'string' ||
      typeof entry.importPath !== 'string'
    ) {
      throw new Error(`Entry ${position} of ${indexPath} is not a story or docs entry: ${JSON.stringify(entry)}`);
    }
    return { id: entry.id, type: entry.type, title: entry.title, name: entry.name, importPath: entry.importPath };
  });
};
