/** Runs the hash worker for one file; resolves with the hex SHA-256 or rejects with the read error's name. */
export function hashFile(file: Blob, onProgress: (bytesDone: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ progress?: number; sha256?: string; error?: string }>) => {
      if (event.data.progress !== undefined) onProgress(event.data.progress);
      else {
        worker.terminate();
        if (event.data.sha256) resolve(event.data.sha256);
        else reject(new Error(event.data.error ?? 'unreadable'));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'unreadable'));
    };
    worker.postMessage({ file });
  });
}
