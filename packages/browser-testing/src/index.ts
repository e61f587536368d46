// What the browser tests of the apps and the bench's browser measurements share.
export { startStaticServer } from './server';
export type { StaticServer, StaticServerOptions } from './server';
export { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, launchChromium } from './chromium';
export type { LaunchChromiumOptions, TestBrowser } from './chromium';
export { measurePage, pageMetrics } from './pageMetrics';
export { settled } from './settled';
export type { PageMetrics, SmallestText } from './pageMetrics';
