import { describe, expect, it } from 'vitest';
import { insertDataChanges } from './changelog';

const changelog = ['# @vn-mediation/data', '', '## 0.2.0', '', '### Minor Changes', '', '- abc1234: Added two PKO records.', '', '## 0.1.0', '', '### Minor Changes', '', '- First release.', ''].join('\n');

describe('insertDataChanges', () => {
  it('adds the data changes at the end of the new version, before the previous one', () => {
    const out = insertDataChanges(changelog, '0.2.0', '#### pko\n\n- `engineers`: Engineers\n');
    expect(out).toBe(
      [
        '# @vn-mediation/data',
        '',
        '## 0.2.0',
        '',
        '### Minor Changes',
        '',
        '- abc1234: Added two PKO records.',
        '',
        '### Data changes',
        '',
        '#### pko',
        '',
        '- `engineers`: Engineers',
        '',
        '## 0.1.0',
        '',
        '### Minor Changes',
        '',
        '- First release.',
        '',
      ].join('\n'),
    );
  });

  it('works when the version is the only one in the changelog', () => {
    const out = insertDataChanges('# @vn-mediation/data\n\n## 0.1.0\n\n### Minor Changes\n\n- First.\n', '0.1.0', 'Nothing else.');
    expect(out).toBe('# @vn-mediation/data\n\n## 0.1.0\n\n### Minor Changes\n\n- First.\n\n### Data changes\n\nNothing else.\n');
  });

  it('refuses a version the changelog does not have, and a second insertion', () => {
    expect(() => insertDataChanges(changelog, '0.3.0', 'x')).toThrow('CHANGELOG.md has no "## 0.3.0" heading');
    const once = insertDataChanges(changelog, '0.2.0', 'x');
    expect(() => insertDataChanges(once, '0.2.0', 'x')).toThrow('already has "### Data changes" under "## 0.2.0"');
  });
});
