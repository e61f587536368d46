import { mkdirSync, writeFileSync } from 'node:fs';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/manifest.json', import.meta.url), JSON.stringify({ embeds: [] }, null, 2));
