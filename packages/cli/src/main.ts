/** Entry point of the `report-lint` bundle (dist/cli.js), loaded by bin/report-lint.js. */
import { readAllStdin, run } from './run';

// `report-lint … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: readAllStdin }).then(
  (code) => {
    // exitCode, not exit(): stdout may still be draining into a pipe.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`report-lint: 内部错误 (internal error): ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
