import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read at run time from the package so that the version is never written down twice.
export const APP_VERSION: string = (
  JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;
