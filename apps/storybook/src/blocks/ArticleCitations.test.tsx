import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { articles } from '@vn-mediation/data';
import { citationText } from '@vn-mediation/data/format';
import { ArticleCitations } from './ArticleCitations';

afterEach(cleanup);

describe('ArticleCitations', () => {
  it('cites each article in the words of the charts’ source lines, then gives its id', () => {
    render(<ArticleCitations />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    const expected = Object.values(articles).map((article) => ({ citation: citationText(article, []), id: article.id }));
    expect(items).toHaveLength(expected.length);
    expected.forEach(({ citation, id }, index) => {
      expect(items[index]?.startsWith(`${citation}.`)).toBe(true);
      expect(items[index]?.endsWith(`Id in the data: ${id}.`)).toBe(true);
    });
  });
});
