/** PyTorch and TensorFlow.js code for the 2026 formats (block, float, GPTQ/RTN, W8A8, 2:4). Pure. */
import type { CompressionSpec } from '../../../src/core/index';

export type FormatSpec = Extract<CompressionSpec, { kind: 'block' | 'float' | 'gptq' | 'w8a8' | 'sparse24' }>;

export function isFormatSpec(spec: CompressionSpec): spec is FormatSpec {
  return spec.kind === 'block' || spec.kind === 'float' || spec.kind === 'gptq' || spec.kind === 'w8a8' || spec.kind === 'sparse24';
}

const TORCH_FLOAT: Record<Extract<FormatSpec, { kind: 'float' }>['format'], string> = { bf16: 'torch.bfloat16', 'fp8-e4m3': 'torch.float8_e4m3fn', 'fp8-e5m2': 'torch.float8_e5m2' };

export function formatsPytorchCode(spec: FormatSpec): string {
  const head = ['import torch, torch.nn as nn', '# model: the trained nn.Sequential(Linear(2, 32), Tanh(), Linear(32, 32), Tanh(), Linear(32, 1))', ''];
  switch (spec.kind) {
    case 'float':
      return [...head, 'for layer in model:', '    if isinstance(layer, nn.Linear):', `        layer.weight.data = layer.weight.data.to(${TORCH_FLOAT[spec.format]}).float()  # round, then compute in float32`].join('\n');
    case 'block':
      if (spec.format === 'nf4') {
        return [...head, 'import bitsandbytes.functional as F', 'for layer in model:', '    if isinstance(layer, nn.Linear):', `        q, state = F.quantize_4bit(layer.weight.data.cuda(), blocksize=${spec.blockSize}, quant_type="nf4", compress_statistics=${spec.doubleQuant ? 'True' : 'False'})`, '        layer.weight.data = F.dequantize_4bit(q, state).float().cpu()'].join('\n');
      }
      if (spec.format === 'int8' || spec.format === 'int4') {
        const maxq = spec.format === 'int8' ? 255 : 15;
        return [...head, 'for layer in model:', '    if isinstance(layer, nn.Linear):', `        w = layer.weight.data.reshape(-1, ${spec.blockSize})  # blocks along each output's inputs`, '        lo, hi = w.min(1, keepdim=True).values.clamp(max=0), w.max(1, keepdim=True).values.clamp(min=0)', `        scale = (hi - lo) / ${maxq}; zero = torch.round(-lo / scale)`, `        q = torch.clamp(torch.round(w / scale) + zero, 0, ${maxq})`, '        layer.weight.data = (scale * (q - zero)).reshape(layer.weight.shape)'].join('\n');
      }
      return [...head, '# OCP MX / NVFP4 emulation, e.g. with torchao:', spec.format === 'nvfp4' ? 'from torchao.prototype.mx_formats.nvfp4_tensor import NVFP4Tensor' : 'from torchao.prototype.mx_formats.mx_tensor import MXTensor', 'for layer in model:', '    if isinstance(layer, nn.Linear):', spec.format === 'nvfp4' ? '        layer.weight.data = NVFP4Tensor.to_nvfp4(layer.weight.data).to_dtype(torch.float32)' : `        layer.weight.data = MXTensor.to_mx(layer.weight.data, ${spec.format === 'mxfp4' ? 'torch.float4_e2m1fn_x2' : 'torch.float8_e4m3fn'}, block_size=32).to_dtype(torch.float32)`].join('\n');
    case 'gptq':
      return spec.method === 'gptq'
        ? [...head, '# GPTQ per layer (IST-DASLab/gptq): collect each Linear\'s inputs on the training set, then', 'gptq = GPTQ(layer); gptq.add_batch(inputs, outputs)', `gptq.quantizer.configure(${spec.bits}, perchannel=True, sym=False)`, `gptq.fasterquant(percdamp=0.01, groupsize=${spec.groupSize})`].join('\n')
        : [...head, '# round-to-nearest: the same quantizer without error feedback', `quantizer.configure(${spec.bits}, perchannel=True, sym=False)  # per group of ${spec.groupSize} inputs`, 'layer.weight.data = quantize(layer.weight.data, quantizer.scale, quantizer.zero, quantizer.maxq)'].join('\n');
    case 'w8a8':
      return spec.method === 'llm-int8'
        ? [...head, 'import bitsandbytes as bnb', 'int8 = bnb.nn.Linear8bitLt(32, 32, has_fp16_weights=False, threshold=6.0)  # outlier columns in fp16'].join('\n')
        : [...head, ...(spec.method === 'smoothquant' ? ['from smoothquant.smooth import smooth_lm  # mit-han-lab/smoothquant', 'smooth_lm(model, act_scales, alpha=0.5)  # x / s, W * s'] : []), '# W8A8: int8 weights per output channel, int8 activations per tensor (static absmax)', 'from torch.ao.quantization import get_default_qconfig_mapping, prepare_fx, convert_fx', 'model = convert_fx(prepare_fx(model, get_default_qconfig_mapping("x86"), X_train[:1]))'].join('\n');
    case 'sparse24':
      return [
        ...head,
        'from torch.sparse import to_sparse_semi_structured  # runs on NVIDIA Ampere+',
        'for layer in model:',
        '    if isinstance(layer, nn.Linear):',
        '        w = layer.weight.data.reshape(-1, 4)',
        '        keep = w.abs().topk(2, dim=1).indices',
        '        layer.weight.data = torch.zeros_like(w).scatter(1, keep, w.gather(1, keep)).reshape(layer.weight.shape)',
        ...(spec.fineTuneSteps > 0 ? [`# then ${spec.fineTuneSteps} Adam steps, re-applying the mask after each`] : []),
      ].join('\n');
  }
}

export function formatsTfjsCode(spec: FormatSpec): string {
  return [
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `// TensorFlow.js has no ${spec.kind === 'sparse24' ? '2:4 sparse kernels' : spec.kind === 'w8a8' ? 'int8 matrix products' : 'storage for this format'}; the lab simulates it:`,
    '// it rounds the weights in plain TypeScript (src/core/compress), then runs a float32 forward pass.',
    "await model.save('downloads://model');  // tfjs stores float32, float16 or uint8/uint16 weights only",
  ].join('\n');
}
