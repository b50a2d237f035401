"""Block quantizers transcribed from their reference implementations, in float64 (numbers as Python floats).

- int (asymmetric): IST-DASLab/gptq quant.py, Quantizer.find_params (per group, sym=False) and quantize();
  torch.round is half to even, as Python's round(). 'symmetric' is the issue's absmax / qmax with zero point 0.
- nf4: bitsandbytes-foundation/bitsandbytes, bitsandbytes/backends/default/ops.py quantize_4bit (absmax,
  clamp(x * (1/absmax), -1, 1), argmin |scaled - code|, first index on ties); functional.py get_4bit_type('nf4').
- nf4 double quantization: bitsandbytes functional.py quantize_4bit(compress_statistics=True): offset = mean(absmax),
  quantize_blockwise(absmax - offset, blocksize=256) with create_dynamic_map(signed=True) (functional.py).
- MX: OCP Microscaling Formats v1.0 section 6.3, edge cases as microsoft/microxcaling mx/mx_ops.py
  _shared_exponents (log2 of FP32_MIN_NORMAL for an all-zero block, clamp at -127, NaN above 127).
- nvfp4: NVIDIA/TensorRT-Model-Optimizer modelopt/torch/quantization/qtensor/nvfp4_tensor.py (NVFP4QTensor:
  get_weights_scaling_factor_2, get_weights_scaling_factor, quantize with _cast_fp4's searchsorted bounds, dequantize).
"""
import math
import struct
from bisect import bisect_left

from minifloat import encode, round_to

NF4 = [-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
       -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
       0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0]


def f32(x):
    """x rounded to float32 (to nearest even); beyond float32's range, the infinity a float32 cast gives."""
    try:
        return struct.unpack("<f", struct.pack("<f", x))[0]
    except OverflowError:
        return math.copysign(float("inf"), x)


def blocks_of(values, size):
    return [values[i:i + size] for i in range(0, len(values), size)]


def argmin_abs(x, code):
    best = 0
    for k in range(1, len(code)):
        if abs(x - code[k]) < abs(x - code[best]):
            best = k
    return best


def gptq_asymmetric(values, bits, group):
    maxq = 2 ** bits - 1
    codes, scales, zeros, deq = [], [], [], []
    for x in blocks_of(values, group):
        xmin, xmax = min(min(x), 0.0), max(max(x), 0.0)
        if xmin == 0 and xmax == 0:
            xmin, xmax = -1.0, 1.0
        scale = (xmax - xmin) / maxq
        zero = round(-xmin / scale)
        scales.append(scale)
        zeros.append(zero)
        for v in x:
            q = min(max(round(v / scale) + zero, 0), maxq)
            codes.append(q)
            deq.append(scale * (q - zero))
    n, g = len(values), len(scales)
    return dict(codes=codes, scales=scales, zeroPoints=zeros, dequantized=deq, bitsPerWeight=(n * bits + g * (32 + bits)) / n)


def absmax_symmetric(values, bits, group):
    qmax = 2 ** (bits - 1) - 1
    codes, scales, deq = [], [], []
    for x in blocks_of(values, group):
        absmax = max(abs(v) for v in x)
        scale = (absmax if absmax != 0 else 1.0) / qmax
        scales.append(scale)
        for v in x:
            q = min(max(round(v / scale), -qmax), qmax)
            codes.append(q)
            deq.append(scale * q)
    n, g = len(values), len(scales)
    return dict(codes=codes, scales=scales, zeroPoints=[0] * g, dequantized=deq, bitsPerWeight=(n * bits + g * 32) / n)


def torch_linspace(start, end, steps):
    step = (end - start) / (steps - 1)
    return [start + i * step for i in range(steps)]


def create_dynamic_map(signed=True, max_exponent_bits=7, total_bits=8):
    data = []
    non_sign_bits = total_bits - 1
    for i in range(max_exponent_bits):
        fraction_items = int(2 ** (i + non_sign_bits - max_exponent_bits) + 1)
        boundaries = torch_linspace(0.1, 1, fraction_items)
        means = [(boundaries[j] + boundaries[j + 1]) / 2.0 for j in range(len(boundaries) - 1)]
        data += [10 ** (-(max_exponent_bits - 1) + i) * m for m in means]
        data += [-(10 ** (-(max_exponent_bits - 1) + i)) * m for m in means]
    data.append(0)
    data.append(1.0)
    assert len(data) == 2 ** total_bits
    return sorted(f32(v) for v in data)  # torch.tensor(data) is float32


def nf4(values, blocksize, double_quant):
    codes, absmax = [], []
    for x in blocks_of(values, blocksize):
        a = max(abs(v) for v in x)
        absmax.append(a)
        for v in x:
            codes.append(7 if a == 0 else argmin_abs(min(max(v * (1 / a), -1.0), 1.0), NF4))
    n, nb = len(values), len(absmax)
    out = dict(codes=codes)
    if double_quant:
        code = create_dynamic_map()
        offset = sum(absmax) / nb
        centred = [a - offset for a in absmax]
        qcodes, rebuilt = [], []
        for c in blocks_of(centred, 256):
            a2 = max(abs(v) for v in c)
            for v in c:
                k = code.index(0.0) if a2 == 0 else argmin_abs(min(max(v * (1 / a2), -1.0), 1.0), code)
                qcodes.append(k)
                rebuilt.append(code[k] * a2 + offset)
        scales = rebuilt
        out.update(scaleCodes=qcodes, tensorScale=offset)
        bits = 4 * n + 8 * nb + 32 * math.ceil(nb / 256) + 32
    else:
        scales = absmax
        bits = 4 * n + 32 * nb
    out.update(scales=scales, dequantized=[NF4[k] * scales[i // blocksize] for i, k in enumerate(codes)], bitsPerWeight=bits / n)
    return out


def mx(values, element, k):
    emax = {"fp4-e2m1": 2, "fp8-e4m3": 8}[element]
    width = {"fp4-e2m1": 4, "fp8-e4m3": 8}[element]
    codes, scales, scale_codes, deq = [], [], [], []
    for x in blocks_of(values, k):
        amax = max(abs(v) for v in x) if all(v == v for v in x) else float("nan")
        if amax != amax or amax == float("inf"):
            shared = None
        else:
            # floor(log2(amax)), exactly (frexp), and log2 of float32's smallest normal for an all-zero block
            shared = (math.frexp(amax)[1] - 1 if amax != 0 else -126) - emax
            shared = None if shared > 127 else max(shared, -127)
        if shared is None:
            scales.append(float("nan"))
            scale_codes.append(255)
            for _ in x:
                codes.append(encode(float("nan"), element) if element == "fp8-e4m3" else 0)
                deq.append(float("nan"))
            continue
        scale = 2.0 ** shared
        scales.append(scale)
        scale_codes.append(shared + 127)
        for v in x:
            p = round_to(v / scale, element, saturate=True)
            codes.append(encode(p, element))
            deq.append(p * scale)
    n = len(values)
    return dict(codes=codes, scales=scales, scaleCodes=scale_codes, dequantized=deq, bitsPerWeight=(n * width + 8 * len(scales)) / n)


E2M1_BOUNDS = [0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5]
E2M1_VALUES = [0, 0.5, 1, 1.5, 2, 3, 4, 6, 0, -0.5, -1, -1.5, -2, -3, -4, -6]


def cast_fp4(w):
    """modelopt NVFP4QTensor._cast_fp4: searchsorted (left) over the bounds, +1 on the odd bounds 0.75, 1.75, 3.5."""
    sign_bit = 1 if w < 0 else 0
    a = abs(w)
    order = bisect_left(E2M1_BOUNDS, a)
    return (sign_bit << 3) + order + (1 if a in (E2M1_BOUNDS[1], E2M1_BOUNDS[3], E2M1_BOUNDS[5]) else 0)


def nvfp4(values, block_size):
    amax = max(abs(v) for v in values)
    wsf2 = amax / (6.0 * 448.0) if amax != 0 else 1.0
    codes, scales, scale_codes, deq = [], [], [], []
    for x in blocks_of(values, block_size):
        per_block_scale = max(abs(v) for v in x) / (6.0 * wsf2)
        if per_block_scale == 0:
            per_block_scale = 1.0
        s = round_to(per_block_scale, "fp8-e4m3", saturate=False)  # torch .to(torch.float8_e4m3fn)
        scales.append(s)
        scale_codes.append(encode(s, "fp8-e4m3"))
        for v in x:
            c = 0 if s == 0 else cast_fp4(v / (s * wsf2))
            codes.append(c)
            deq.append(E2M1_VALUES[c] * (s * wsf2))
    n = len(values)
    return dict(codes=codes, scales=scales, scaleCodes=scale_codes, tensorScale=wsf2, dequantized=deq,
                bitsPerWeight=(4 * n + 8 * len(scales) + 32) / n)
