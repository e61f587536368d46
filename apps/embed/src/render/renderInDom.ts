// Imported only after installDomEnvironment(): react-dom reads `window` when it loads.
import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/** A component mounted in the build-time DOM. */
export interface MountedChart {
  /** The element the component rendered into. */
  container: HTMLElement;
  /** Unmounts the component and removes the container. */
  unmount: () => Promise<void>;
}

/**
 * Renders `element` as a browser would, effects included, so recharts draws its SVG (it draws
 * nothing under server rendering). Charts must get fixed `width`/`height`: nothing is measured.
 */
export async function renderInDom(element: ReactElement, document: Document): Promise<MountedChart> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(element);
  });
  return {
    container,
    unmount: async () => {
      await act(async () => {
        root.unmount();
      });
      container.remove();
    },
  };
}
