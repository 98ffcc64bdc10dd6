/** Worker thread for large batches: receives batches of jobs, answers with their results. The
 *  main thread hands out small batches so that a few slow files do not hold up one worker. */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob, type FileResult } from './process-file';

function safeProcess(job: FileJob): FileResult {
  try {
    return processFile(job);
  } catch (err) {
    // One file's crash must not take the batch down: report it like an unreadable file.
    return { index: job.index, messages: [], fixed: 0, error: `内部错误：${(err as Error).message}`, english: 'internal error' };
  }
}

parentPort?.on('message', (jobs: FileJob[]) => {
  parentPort!.postMessage(jobs.map(safeProcess));
});
