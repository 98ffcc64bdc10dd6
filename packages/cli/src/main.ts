/** Entry point of the `report-lint` bundle (dist/cli.js), loaded by bin/report-lint.js. */
import { fdOutput } from './output';
import { readAllStdin, run } from './run';

const stdout = fdOutput(1);
const stderr = fdOutput(2);

run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout, stderr, readStdin: readAllStdin }).then(
  (code) => {
    // Every write was synchronous, so nothing is left to flush: exit now rather than let Node wind
    // the event loop down and drain V8's background tasks first, about a millisecond of a run.
    process.exit(code);
  },
  (err: unknown) => {
    stderr.write(`report-lint: 内部错误 (internal error): ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(2);
  },
);
