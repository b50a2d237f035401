/**
 * Lets queued messages (pause, step, stop) through between epochs without the browser's timer clamp: a chain of
 * setTimeout(0) calls from timer callbacks is held to >= 4 ms per call after five levels, which cost the compression
 * lab's 150-epoch teacher about 0.6 s of idle time. A MessageChannel round trip is a task too, but is never clamped.
 * Falls back to setTimeout where MessageChannel does not exist.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      // Closing both ends releases the channel (in Node an open port would keep the process alive).
      port1.close();
      port2.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
