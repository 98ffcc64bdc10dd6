/** Entry point of the `report-lint` bundle (dist/cli.js), loaded by bin/report-lint.js. */
import { fdOutput } from './output';
import { readAllStdin, run } from './run';

const stdout = fdOutput(1);
const stderr = fdOutput(2);

run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout, stderr, readStdin: readAllStdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    stderr.write(`report-lint: 内部错误 (internal error): ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
