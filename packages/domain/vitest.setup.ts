import fc from 'fast-check';

// Every fast-check property runs at least 1,000 times in `pnpm test`; FC_NUM_RUNS raises it (e.g. 100000).
fc.configureGlobal({ numRuns: Math.max(1000, Number(process.env.FC_NUM_RUNS ?? 1000)) });
