/// <reference lib="webworker" />
/**
 * Hashes a picked file off the main thread, so a 200 MB photo set or video never freezes the wizard.
 * Messages: in {file}; out {progress: bytes} … then {sha256} or {error}.
 */
import { sha256OfChunks } from '../../../domain/evidence/sha256-stream';
import { chunksOfSource } from '../../../domain/bundle/byte-source';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ file: Blob }>) => {
  let last = 0;
  sha256OfChunks(chunksOfSource(event.data.file.stream()), (done) => {
    if (done - last >= 8 * 1024 * 1024) {
      last = done;
      scope.postMessage({ progress: done });
    }
  })
    .then((sha256) => scope.postMessage({ sha256 }))
    .catch((error: unknown) =>
      scope.postMessage({ error: error instanceof Error ? error.name || error.message : String(error) }),
    );
};
