import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';

/** For each footnote number, the records outside the bibliography that cite it, as "dataset/id", sorted. */
export function citingRecords(): Map<number, string[]> {
  const byFootnote = new Map<number, Set<string>>();
  for (const name of DATASET_NAMES) {
    if (name === 'bibliography') continue;
    for (const record of DATASETS[name]) {
      for (const source of record.sources) {
        if (source.footnote === undefined) continue;
        const set = byFootnote.get(source.footnote) ?? new Set<string>();
        set.add(`${name}/${record.id}`);
        byFootnote.set(source.footnote, set);
      }
    }
  }
  return new Map([...byFootnote].sort(([a], [b]) => a - b).map(([footnote, set]) => [footnote, [...set].sort()]));
}
