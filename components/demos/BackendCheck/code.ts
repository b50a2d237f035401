/** Code for the backend check: choosing a backend and timing training steps, in TensorFlow.js and PyTorch. Pure. */
export function tfjsCode(seconds: number): string {
  return [
    "import * as tf from '@tensorflow/tfjs';",
    "import '@tensorflow/tfjs-backend-wasm';",
    "import '@tensorflow/tfjs-backend-webgpu';  // registers only where navigator.gpu exists",
    '',
    "for (const name of ['wasm', 'webgl', 'webgpu', 'cpu']) {",
    '  if (!tf.findBackendFactory(name) || !(await tf.setBackend(name))) { console.log(name, "not available"); continue; }',
    '  await tf.ready();',
    "  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 16, activation: 'tanh' }), tf.layers.dense({ units: 16, activation: 'tanh' }), tf.layers.dense({ units: 1 })] });",
    '  const opt = tf.train.adam(0.01);',
    '  const loss = () => tf.losses.sigmoidCrossEntropy(ys, model.apply(xs));  // xs: [150, 2], ys: [150, 1]',
    '  opt.minimize(loss).dataSync();  // warm-up: shader compilation, kernel set-up',
    '  let steps = 0; const t0 = performance.now();',
    `  while (performance.now() - t0 < ${seconds * 1000}) {`,
    '    for (let k = 0; k < 10; k++) tf.dispose(opt.minimize(loss, true));',
    '    model.getWeights()[0].dataSync();  // wait for queued GPU work',
    '    steps += 10;',
    '  }',
    '  console.log(name, (steps / ((performance.now() - t0) / 1000)).toFixed(0), "steps/s");',
    '}',
  ].join('\n');
}

export function pytorchCode(seconds: number): string {
  return [
    'import time, torch, torch.nn as nn',
    '',
    'devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else []) + (["mps"] if torch.backends.mps.is_available() else [])',
    'for device in devices:',
    '    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1)).to(device)',
    '    opt = torch.optim.Adam(model.parameters(), lr=0.01)',
    '    xs, ys = torch.randn(150, 2, device=device), torch.randint(0, 2, (150, 1), device=device).float()',
    '    def step():',
    '        opt.zero_grad(); nn.functional.binary_cross_entropy_with_logits(model(xs), ys).backward(); opt.step()',
    '    step()  # warm-up',
    '    steps, t0 = 0, time.perf_counter()',
    `    while time.perf_counter() - t0 < ${seconds}:`,
    '        for _ in range(10): step()',
    '        if device == "cuda": torch.cuda.synchronize()',
    '        steps += 10',
    '    print(device, round(steps / (time.perf_counter() - t0)), "steps/s")',
  ].join('\n');
}
