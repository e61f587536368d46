// Screenshot comparison shared by the visual tests of the Storybook and the embeds.
export { DEFAULT_VISUAL_TOLERANCE, ImageDecodeError, compareImages } from './compareImages';
export type { ImageComparison, ImageSize, VisualTolerance } from './compareImages';
export { checkScreenshot, encodeBaseline, staleBaselines } from './checkScreenshot';
export type { CheckScreenshotOptions, ScreenshotVerdict, VisualFolders } from './checkScreenshot';
export { baselineBytes, reportVisualRun } from './report';
export type { VisualReport } from './report';
export { describeShot, shotFileName } from './shot';
export type { Shot } from './shot';
export { UPDATE_BASELINES_COMMAND, UPDATE_VARIABLE, visualRunFromEnv } from './visualRun';
export type { VisualRun } from './visualRun';
export { stableScreenshot } from './stableScreenshot';
export { BASELINE_FONT, checkBaselineFont } from './baselineFont';
