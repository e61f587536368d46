import { DATASET_NAMES } from '@vn-mediation/data';
import { DATASET_CATALOGUE } from './datasetCatalogue';

/** A table of the import that loads each dataset on its own. */
export const DatasetImports = () => (
  <table>
    <caption style={{ textAlign: 'left' }}>Subpath imports, one per dataset</caption>
    <thead>
      <tr>
        <th scope="col">Dataset</th>
        <th scope="col">Import</th>
      </tr>
    </thead>
    <tbody>
      {DATASET_NAMES.map((name) => (
        <tr key={name}>
          <th scope="row" style={{ textAlign: 'left' }}>
            {DATASET_CATALOGUE[name].caption}
          </th>
          <td>
            <code>{`import { ${DATASET_CATALOGUE[name].exportName} } from '${DATASET_CATALOGUE[name].subpath}';`}</code>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);
