/** PyTorch and TensorFlow.js code for the compression lab's current settings. Pure. */
import { formatNumber } from '../../charts/scales';
import type { CompressionSpec } from '../../../src/core/index';

import { formatsPytorchCode, formatsTfjsCode, isFormatSpec } from './code-formats';

const n = formatNumber;

export function pytorchCode(spec: CompressionSpec): string {
  if (isFormatSpec(spec)) return formatsPytorchCode(spec);
  const head = ['import copy, torch, torch.nn as nn', '# model: the trained nn.Sequential(Linear(2, 32), Tanh(), Linear(32, 32), Tanh(), Linear(32, 1))', ''];
  if (spec.kind === 'fp16') return [...head, 'small = copy.deepcopy(model).half()  # every weight in float16', 'logits = small(X_val.half()).float()'].join('\n');
  if (spec.kind === 'integer') {
    const perChannel = spec.granularity === 'per-channel';
    const qscheme = `torch.${perChannel ? 'per_channel' : 'per_tensor'}_${spec.scheme === 'symmetric' ? 'symmetric' : 'affine'}`;
    return [
      ...head,
      `# weight-only fake quantization to ${spec.bits} bits, ${spec.scheme}, ${spec.granularity}; biases stay float32`,
      `fq = torch.ao.quantization.FakeQuantize(observer=torch.ao.quantization.${perChannel ? 'PerChannelMinMaxObserver' : 'MinMaxObserver'},`,
      `    quant_min=${spec.scheme === 'symmetric' ? -(2 ** (spec.bits - 1)) + 1 : 0}, quant_max=${spec.scheme === 'symmetric' ? 2 ** (spec.bits - 1) - 1 : 2 ** spec.bits - 1}, dtype=torch.${spec.scheme === 'symmetric' ? 'qint8' : 'quint8'}, qscheme=${qscheme}${perChannel ? ', ch_axis=0' : ''})`,
      'q = copy.deepcopy(model)',
      'for layer in q:',
      '    if isinstance(layer, nn.Linear):',
      '        fq.reset_min_max_vals() if hasattr(fq, "reset_min_max_vals") else None',
      '        layer.weight.data = fq(layer.weight.data)',
      '# real int8 inference instead: torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)',
    ].join('\n');
  }
  if (spec.kind === 'prune') {
    const lines = [
      ...head,
      'import torch.nn.utils.prune as prune',
      'for layer in model:',
      '    if isinstance(layer, nn.Linear):',
      spec.structure === 'neurons'
        ? `        prune.ln_structured(layer, "weight", amount=${n(spec.sparsity)}, n=2, dim=0)  # whole output units`
        : `        prune.l1_unstructured(layer, "weight", amount=${n(spec.sparsity)})`,
    ];
    if (spec.fineTuneSteps > 0) {
      lines.push('opt = torch.optim.Adam(model.parameters(), lr=0.01)', `for _ in range(${spec.fineTuneSteps}):  # the mask stays applied`, '    opt.zero_grad(); nn.functional.binary_cross_entropy_with_logits(model(X_train), y_train).backward(); opt.step()');
    }
    lines.push('for layer in model:', '    if isinstance(layer, nn.Linear): prune.remove(layer, "weight")  # bake the zeros in');
    return lines.join('\n');
  }
  const sizes = [2, ...spec.hidden, 1];
  const layers = sizes.slice(1).map((s, i) => `nn.Linear(${sizes[i]}, ${s})`).join(', nn.Tanh(), ');
  return [
    ...head,
    'import torch.nn.functional as F',
    `T, alpha = ${n(spec.temperature)}, ${n(spec.alpha)}`,
    `student = nn.Sequential(${layers})`,
    'opt = torch.optim.Adam(student.parameters(), lr=0.01)',
    'two = lambda z: torch.cat([torch.zeros_like(z), z], 1)  # one logit -> two-class logits',
    'with torch.no_grad(): t = two(model(X_train))',
    `for _ in range(${spec.steps}):`,
    '    s = two(student(X_train))',
    '    soft = F.kl_div(F.log_softmax(s / T, 1), F.softmax(t / T, 1), reduction="batchmean") * T * T',
    '    hard = F.cross_entropy(s, y_train.long().flatten())',
    '    loss = alpha * soft + (1 - alpha) * hard',
    '    opt.zero_grad(); loss.backward(); opt.step()',
  ].join('\n');
}

export function tfjsCode(spec: CompressionSpec): string {
  if (isFormatSpec(spec)) return formatsTfjsCode(spec);
  if (spec.kind === 'fp16') {
    return ["import * as tf from '@tensorflow/tfjs';", '', '// float16 weights on disk (loaded back as float32):', "await model.save('downloads://model', { quantizationBytes: 2 });  // tensorflowjs_converter --quantize_float16 does the same"].join('\n');
  }
  if (spec.kind === 'integer') {
    return [
      "import * as tf from '@tensorflow/tfjs';",
      '',
      `// tfjs stores ${spec.bits === 8 ? 'uint8' : spec.bits <= 8 ? `${spec.bits}-bit (as uint8)` : 'uint16'} weights with one min/scale per tensor (asymmetric) and dequantizes on load:`,
      `await model.save('downloads://model', { quantizationBytes: ${spec.bits <= 8 ? 1 : 2} });`,
      `// tensorflowjs_converter --quantize_uint${spec.bits <= 8 ? 8 : 16} '*' ... ; ${spec.granularity === 'per-channel' ? 'per-channel scales are a TFLite feature, not offered by tfjs' : 'per-tensor, as here'}`,
    ].join('\n');
  }
  if (spec.kind === 'prune') {
    return [
      "import * as tf from '@tensorflow/tfjs';",
      '',
      `// magnitude pruning to ${Math.round(spec.sparsity * 100)}% sparsity (tfjs has no pruning API: zero the smallest weights by hand)`,
      'for (const layer of model.layers) {',
      '  const [kernel, bias] = layer.getWeights();',
      '  if (kernel === undefined) continue;',
      `  const k = Math.floor(kernel.size * ${n(spec.sparsity)});`,
      '  const threshold = tf.topk(kernel.abs().flatten().neg(), k).values.min().neg();',
      '  layer.setWeights([tf.where(kernel.abs().greater(threshold), kernel, tf.zerosLike(kernel)), bias]);',
      '}',
    ].join('\n');
  }
  return [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `const T = ${n(spec.temperature)}, alpha = ${n(spec.alpha)};`,
    `const student = tf.sequential({ layers: [${spec.hidden.map((u, i) => `tf.layers.dense({ ${i === 0 ? 'inputShape: [2], ' : ''}units: ${u}, activation: 'tanh' })`).join(', ')}, tf.layers.dense({ units: 1 })] });`,
    'const two = (z) => tf.concat([tf.zerosLike(z), z], 1);',
    'const teacherSoft = tf.softmax(two(teacher.predict(xTrain)).div(T));',
    'const opt = tf.train.adam(0.01);',
    `for (let i = 0; i < ${spec.steps}; i++) opt.minimize(() => {`,
    '  const s = two(student.apply(xTrain));',
    '  const soft = tf.losses.softmaxCrossEntropy(teacherSoft, s.div(T)).mul(T * T);  // KL up to a constant',
    '  const hard = tf.losses.softmaxCrossEntropy(tf.oneHot(yTrain, 2), s);',
    '  return soft.mul(alpha).add(hard.mul(1 - alpha));',
    '});',
  ].join('\n');
}
