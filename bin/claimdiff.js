#!/usr/bin/env node
import v8 from 'node:v8';

// A run lasts seconds, not hours: with V8's default tiering, hundreds of functions that run a few thousand times
// each are compiled by the optimizing compiler (on background threads), and that compiling took 40% of the CPU
// time of a 27-cluster run (docs/performance.md, "Real coverage"). A function is optimized once it has run about
// eight times longer than by default: the hot loops still are, the rest stays in the baseline tiers. Results are
// the same in every tier; only the CPU time differs. Set before the modules load, so it holds for all of them
// (and for batch's worker threads: flags are the process's).
v8.setFlagsFromString('--interrupt-budget=1000000');

const { main } = await import('../dist/cli.js');
const code = await main(process.argv.slice(2));
// A write error reported before main resolved has already set a higher status (see guardOutput): keep it.
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
