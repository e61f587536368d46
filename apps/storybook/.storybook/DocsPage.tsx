import { Controls, Description, Heading, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';

/**
 * The generated Docs page of every component: Storybook's default blocks, with a heading above
 * the first story and above the props. Without them the chart's own title (an `h3`, as on an
 * article page) would follow the page's `h1` directly, which skips a level (axe `heading-order`).
 */
export const DocsPage = () => (
  <>
    <Title />
    <Subtitle />
    <Description />
    <Heading>Example</Heading>
    <Primary />
    <Heading>Props</Heading>
    <Controls />
    <Stories />
  </>
);
