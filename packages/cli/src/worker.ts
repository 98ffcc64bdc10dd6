/** Worker thread for large batches: receives batches of jobs, answers with their results. The
 *  main thread hands out small batches so that a few slow files do not hold up one worker. */
import { parentPort } from 'node:worker_threads';
import { processFileSafely, type FileJob } from './process-file';

parentPort?.on('message', (jobs: FileJob[]) => {
  void Promise.all(jobs.map(processFileSafely)).then((results) => parentPort!.postMessage(results));
});
