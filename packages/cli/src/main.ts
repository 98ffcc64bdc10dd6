/** Entry point of the `report-lint` bundle (dist/cli.js), loaded by bin/report-lint.js. */
import { fdOutput, type Output } from './output';
import { readAllStdin, run } from './run';

// Output goes straight to the file descriptors (see output.ts), except on Windows, where a console
// needs Node's stream: it converts the text to UTF-16 for the console, which a raw write does not.
const direct = process.platform !== 'win32';
let stdout: Output = fdOutput(1);
let stderr: Output = fdOutput(2);
if (!direct) {
  for (const stream of [process.stdout, process.stderr]) {
    // `report-lint … | more` closing the pipe early is the reader's choice, not an error: the run
    // still ends with its own exit code.
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') return;
      process.stderr.write(`report-lint: 无法写入输出（${err.code ?? err.message}）\n`);
      process.exit(2);
    });
  }
  [stdout, stderr] = [process.stdout, process.stderr];
}

/** Every direct write was synchronous, so nothing is left to flush: exit now rather than let Node
 *  wind the event loop down and drain V8's background tasks first, about a millisecond of a run.
 *  A stream may still be writing: then leave when it is done. */
const finish = (code: number) => (direct ? process.exit(code) : (process.exitCode = code));

run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout, stderr, readStdin: readAllStdin }).then(finish, (err: unknown) => {
  stderr.write(`report-lint: 内部错误 (internal error): ${(err as Error)?.stack ?? String(err)}\n`);
  finish(2);
});
