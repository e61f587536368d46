/**
 * Puts a release's data diff into packages/data/CHANGELOG.md, under the version heading that
 * `changeset version` has just written. Pure: text in, text out.
 */

/** The heading of the section the diff goes in, below the changesets' own sections. */
export const DATA_CHANGES_HEADING = '### Data changes';

/**
 * Appends `markdown` as a "Data changes" section at the end of the `## <version>` section of a
 * Changesets changelog. Throws when the changelog has no such heading or already has the section.
 */
export function insertDataChanges(changelog: string, version: string, markdown: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${version}`);
  if (start === -1) throw new Error(`CHANGELOG.md has no "## ${version}" heading: run changeset version first`);
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const end = next === -1 ? lines.length : next;
  const section = lines.slice(start, end);
  if (section.some((line) => line.trim() === DATA_CHANGES_HEADING)) throw new Error(`CHANGELOG.md already has "${DATA_CHANGES_HEADING}" under "## ${version}"`);
  while (section.length > 1 && section[section.length - 1]?.trim() === '') section.pop();
  const inserted = [...section, '', DATA_CHANGES_HEADING, '', ...markdown.trimEnd().split('\n')];
  return [...lines.slice(0, start), ...inserted, ...(next === -1 ? [] : ['', ...lines.slice(end)])].join('\n').replace(/\n*$/, '\n');
}
