import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from './index';

const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const packageVersion = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;

describe('the package root', () => {
  it('reports the package version as DATA_VERSION', () => {
    expect(root.DATA_VERSION).toBe(packageVersion);
  });

  it('exports every dataset, schema and the validator', () => {
    expect(root.DATASET_NAMES.every((name) => Array.isArray(root.DATASETS[name]))).toBe(true);
    expect(root.timelineEvents).toBe(root.DATASETS.timeline);
    expect(root.TimelineEvent.safeParse(root.timelineEvents[0]).success).toBe(true);
    expect(root.validate('aid', root.aidFigures).ok).toBe(true);
    expect(root.cite('pko/officers-sent')).toContain('pko/officers-sent');
  });

  it('gives the precision of a date as the article words it', () => {
    const precisions = new Map(root.timelineEvents.map((event) => [event.id, root.datePrecision(event.date)]));
    expect(precisions.get('dprk-relations-early-1960s')).toBe('decade');
    expect(precisions.get('nguyen-trai-prisoners')).toBe('century');
    expect(precisions.get('us-statement-2016-05-23')).toBe('day');
    expect(precisions.get('cheonan-2010')).toBe('month');
    expect(precisions.get('king-tran-nhan-tong')).toBe('span');
  });
});
