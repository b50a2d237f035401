const hook = `
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  if (specifier.startsWith('.') && parent.includes('/node_modules/@tensorflow/') && !/\\.[cm]?js$/.test(specifier)) {
    try { return await next(specifier + '.js', context); } catch { return next(specifier + '/index.js', context); }
  }
  return next(specifier, context);
}`;
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(hook));
const m = await import('/work/wt-cl/bench/compress-formats-bench.ts');
await m.runCompressFormatsBench();
