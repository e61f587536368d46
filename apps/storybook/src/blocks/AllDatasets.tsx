import { DATASETS, DATASET_NAMES } from '@vn-mediation/data';
import { DATASET_CATALOGUE } from './datasetCatalogue';
import { DatasetTable, recordCount } from './DatasetTable';

/** A list of links to each dataset's table further down the page. */
export const DatasetContents = () => (
  <ul>
    {DATASET_NAMES.map((name) => (
      <li key={name}>
        <a href={`#dataset-${name}`}>{DATASET_CATALOGUE[name].caption}</a> ({recordCount(DATASETS[name].length)}):{' '}
        {DATASET_CATALOGUE[name].summary}
      </li>
    ))}
  </ul>
);

/** Every dataset the package publishes, each as a table of its records and their sources. */
export const AllDatasets = () => (
  <>
    {DATASET_NAMES.map((name) => (
      <DatasetTable key={name} name={name} entry={DATASET_CATALOGUE[name]} records={DATASETS[name]} />
    ))}
  </>
);
