/**
 * `askWorker(core, body, 'compress-done', onProgress?)`: a request whose final reply is caught by type, so it works
 * whether or not the shared client's REPLY_TYPE table already lists the request (new request types added in
 * src/core/worker/messages.ts for these demos: dataset, compress, benchmark). Resolves with the first message of
 * `finalType`; rejects on an 'error' reply (through the client). Generic: may move to components/demos/shared.
 */
import type { WorkerResponse } from '../../../src/core/worker/messages';
import type { AnyRequestBody } from '../shared/core-worker-client';
import type { CoreWorker } from '../shared/use-core-worker';

export type ResponseOf<T extends WorkerResponse['type']> = Extract<WorkerResponse, { type: T }>;

export function askWorker<T extends WorkerResponse['type']>(
  core: Pick<CoreWorker, 'request'>,
  body: AnyRequestBody,
  finalType: T,
  onProgress?: (message: WorkerResponse) => void,
): Promise<ResponseOf<T>> {
  return new Promise<ResponseOf<T>>((resolve, reject) => {
    const isFinal = (m: WorkerResponse): m is ResponseOf<T> => m.type === finalType;
    const direct: Promise<WorkerResponse> = core.request(body, (m) => (isFinal(m) ? resolve(m) : onProgress?.(m)));
    direct.then((m) => (isFinal(m) ? resolve(m) : undefined), reject);
  });
}
