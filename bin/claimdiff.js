#!/usr/bin/env node
import { main } from '../dist/cli.js';

const code = await main(process.argv.slice(2));
// A write error reported before main resolved has already set a higher status (see guardOutput): keep it.
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
