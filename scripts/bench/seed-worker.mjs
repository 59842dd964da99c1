// A worker thread of `seed.mjs`: computes chunks of the data set (seed-chunks.mjs) and posts the COPY text.
import { parentPort, workerData } from 'node:worker_threads';
import { clickChunk, makeState, orderChunk } from './seed-chunks.mjs';

const state = makeState(workerData);
parentPort.on('message', ({ id, task }) => {
  try {
    const result =
      task.kind === 'orders'
        ? orderChunk(state, task.start, task.end)
        : clickChunk(state, task.start, task.end, task.conversions);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: error.stack ?? String(error) });
  }
});
