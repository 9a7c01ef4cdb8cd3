/**
 * Preload for one end-to-end test: `node --import ./test/helpers/import-log.mjs bin/claimdiff.js --version`
 * appends the URL of every module the run imports to the file named by CLAIMDIFF_IMPORT_LOG, so the test can
 * prove by listing, not by timing, that --version and --help never load the language model or the HTML readers.
 */
import { register } from 'node:module';

register('./import-log-hooks.mjs', import.meta.url);
