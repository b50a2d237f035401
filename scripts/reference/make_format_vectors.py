#!/usr/bin/env python3
"""Writes tests/core/compress/vectors/format-vectors.json: reference values for roundToFloatFormat and quantizeBlocks.

Run: python3 scripts/reference/make_format_vectors.py   (pure Python, float64, no numpy or torch)

The definitions live in scripts/reference/formats/: minifloat.py (the float formats by enumerating every bit pattern,
from IEEE 754, the OCP OFP8 and OCP MX specifications) and blocks.py (the block quantizers transcribed from GPTQ's
quant.py, bitsandbytes, microsoft/microxcaling and NVIDIA TensorRT Model Optimizer; each named there). Never from the
TypeScript under test. Inputs are float32 values chosen to hit every edge: ties, subnormals, max, overflow, NaN,
-0, all-zero blocks, outliers. JSON has no NaN or Infinity, so they are written as the strings "NaN", "Infinity",
"-Infinity".
"""
import json
import math
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "core" / "compress" / "vectors" / "format-vectors.json"
sys.path.insert(0, str(HERE / "formats"))

from blocks import absmax_symmetric, f32, gptq_asymmetric, mx, nf4, nvfp4  # noqa: E402
from minifloat import FORMATS, max_finite, round_to, table  # noqa: E402
from sparsity import mn_mask  # noqa: E402
from gptq import gptq  # noqa: E402
from methods import awq, llm_int8, smoothquant  # noqa: E402


def edge_inputs(name):
    """Float32 inputs around every boundary of the format."""
    f = FORMATS[name]
    values, _ = table(name)
    sub = float(values[1])                       # smallest subnormal
    min_normal = 2.0 ** (1 - f["bias"])
    top = float(max_finite(name))
    ulp_top = float(values[-1]) - top            # spacing at the top binade
    one_ulp = 2.0 ** -f["m"]
    xs = [0.0, -0.0, sub, -sub, sub / 2, sub / 4, sub * 0.75, sub * 1.5, sub * 2.5, min_normal,
          min_normal - sub / 2, min_normal - sub / 4, min_normal + sub / 2, 1.0, -1.0,
          1 + one_ulp / 2, 1 + 3 * one_ulp / 2, 1 + one_ulp / 4, -(1 + one_ulp / 2), 3.0, 0.1, -0.3,
          top, -top, top + ulp_top / 4, top + ulp_top / 2, -(top + ulp_top / 2), top + 0.75 * ulp_top,
          top * 4, -top * 4, 3e38, float("inf"), float("-inf"), float("nan")]
    if name == "fp8-e4m3":
        xs += [448.0, 460.0, 464.0, 465.0, 470.0, 480.0, 500.0, -464.0, -470.0, 240.0, 0.015625, 0.001953125]
    if name == "fp4-e2m1":
        xs += [0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5.0, 5.5, 6.5, 7.0, 7.5, -2.5, -5.0, 0.2, 0.3]
    if name == "fp8-e5m2":
        xs += [57344.0, 61439.0, 61440.0, 65536.0, 2.0 ** -16, 2.0 ** -17, 1.5 * 2.0 ** -16]
    if name == "fp16":
        xs += [65504.0, 65519.0, 65520.0, 65536.0, 2.0 ** -24, 2.0 ** -25, 2.0 ** -14]
    rng = random.Random(f"round-{name}")
    for _ in range(24):
        xs.append(rng.choice([-1, 1]) * 2.0 ** rng.uniform(math.log2(sub) - 2, math.log2(top) + 1))
    return [f32(x) if math.isfinite(x) else x for x in xs]


def round_cases():
    cases = {}
    for name in FORMATS:
        xs = edge_inputs(name)
        cases[name] = {
            "input": xs,
            "saturate": [round_to(x, name, True) for x in xs],
            "nonSaturating": [round_to(x, name, False) for x in xs],
        }
    return cases


def gauss(seed, n, std=1.0):
    rng = random.Random(seed)
    return [f32(rng.gauss(0.0, std)) for _ in range(n)]


def block_cases():
    base = gauss("blocks", 70)
    outlier = gauss("outlier", 40, 0.05)
    outlier[5] = f32(3.7)
    ties = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 1.0]            # an all-positive group (xmin = 0)
    zeros = [0.0] * 8                                           # the reference's [-1, 1] fallback: zero = round(7.5)
    half_steps4 = [7.0, 2.5, -3.5, 0.5, -0.5, 1.5, 6.5, -7.0]   # int4 symmetric scale 1: x / scale ties
    half_steps8 = [127.0, 2.5, -3.5, 0.5, -0.5, 1.5, 6.5, -127.0]
    ints = base[:24] + zeros + ties + half_steps4 + half_steps8 + outlier
    cases = {}
    for fmt, bits in (("int4", 4), ("int8", 8)):
        for size in (8, 16):
            cases[f"{fmt}-asymmetric-{size}"] = dict(input=ints, options=dict(format=fmt, blockSize=size, scheme="asymmetric"), expected=gptq_asymmetric(ints, bits, size))
            cases[f"{fmt}-symmetric-{size}"] = dict(input=ints, options=dict(format=fmt, blockSize=size, scheme="symmetric"), expected=absmax_symmetric(ints, bits, size))
    nf = base + zeros * 8 + outlier + [f32(x) for x in (0.0399, -0.0399, 0.5626170039176941, -1.0, 1.0)]
    cases["nf4-64"] = dict(input=nf, options=dict(format="nf4", blockSize=64), expected=nf4(nf, 64, False))
    cases["nf4-16"] = dict(input=nf, options=dict(format="nf4", blockSize=16), expected=nf4(nf, 16, False))
    dq = gauss("double-quant", 1100, 0.02)
    cases["nf4-double-quant-4"] = dict(input=dq, options=dict(format="nf4", blockSize=4, doubleQuant=True), expected=nf4(dq, 4, True))
    mx_in = (gauss("mx", 32) + [0.0] * 32
             + [f32(v) for v in [6.0, 5.0, 2.5, 0.25, -0.75, 1.75, 3.5, -5.0, 0.1, 7.0, 1e-3, -0.0] * 2] + [0.0] * 8
             + [f32(v * 2.0 ** -130) for v in range(1, 33)]
             + gauss("mx-outlier", 31, 0.01) + [f32(100.0)]
             + [1.0] * 31 + [float("nan")]
             + [1.0] * 31 + [float("inf")]
             + gauss("mx-tail", 10))
    for fmt, element in (("mxfp4", "fp4-e2m1"), ("mxfp8-e4m3", "fp8-e4m3")):
        cases[f"{fmt}-32"] = dict(input=mx_in, options=dict(format=fmt, blockSize=32), expected=mx(mx_in, element, 32))
    nv = gauss("nvfp4", 40) + [0.0] * 16 + [f32(v) for v in [6.0, 5.0, 2.5, 0.25, -0.75, 1.75, 3.5, -5.0, 0.1, 7.0, 1e-3, -0.0, 4.0, -6.0, 1.0, 0.5]] + gauss("nvfp4-tiny", 16, 1e-5)
    cases["nvfp4-16"] = dict(input=nv, options=dict(format="nvfp4", blockSize=16), expected=nvfp4(nv, 16))
    return cases


def sparsity_cases():
    """2:4 (and 1:4, 2:8) masks on a [inputs, outputs] kernel, with ties and a trailing short group."""
    cases = {}
    kernel = gauss("sparsity", 10 * 3)
    kernel[0] = kernel[3] = f32(0.5)      # a tie inside input group 0 of output 0
    kernel[6] = kernel[9] = f32(-0.5)
    for n, m in ((2, 4), (1, 4), (2, 8)):
        mask = mn_mask(kernel, 10, 3, n, m)
        cases[f"{n}:{m}"] = dict(input=kernel, shape=[10, 3], n=n, m=m, mask=mask,
                                 bitsPerWeight=sum(mask) * (32 + (m - 1).bit_length()) / len(kernel))
    return cases


def gptq_cases():
    """One layer of 12 inputs x 5 outputs, 24 calibration samples; input 7 is always 0 (a dead column)."""
    inputs, outputs, n = 12, 5, 24
    kernel = gauss("gptq-kernel", inputs * outputs, 0.5)
    calibration = gauss("gptq-x", n * inputs)
    for s in range(n):
        calibration[s * inputs + 7] = 0.0
        calibration[s * inputs + 3] = f32(calibration[s * inputs + 2] * 0.9 + calibration[s * inputs + 3] * 0.1)  # correlated inputs
    cases = {}
    for name, opts in (("int4-per-channel", dict(bits=4)), ("int3-group4-batch8", dict(bits=3, groupsize=4, blocksize=8)),
                       ("int2-group5-batch3", dict(bits=2, groupsize=5, blocksize=3))):
        options = {"bits": opts["bits"]}
        if "groupsize" in opts:
            options.update(groupSize=opts["groupsize"], blockSize=opts["blocksize"])
        cases[name] = dict(kernel=kernel, shape=[inputs, outputs], calibration=calibration, options=options,
                           expected=gptq(kernel, inputs, outputs, calibration, **opts))
    return cases


def method_cases():
    """SmoothQuant, LLM.int8() and AWQ on one 8-input x 4-output layer whose input 2 carries outliers."""
    inputs, outputs, n = 8, 4, 16
    kernel = gauss("methods-kernel", inputs * outputs, 0.5)
    x = gauss("methods-x", n * inputs)
    for s in range(n):
        x[s * inputs + 2] = f32(x[s * inputs + 2] * 8.0)   # an outlier channel, as in LLM activations
    x[5 * inputs + 6] = f32(6.0)                           # exactly at the LLM.int8() threshold: an outlier
    layer = dict(kernel=kernel, shape=[inputs, outputs], calibration=x)
    return {
        "smoothquant-0.5": dict(layer, options=dict(alpha=0.5), expected=smoothquant(kernel, inputs, outputs, x, 0.5)),
        "smoothquant-0.8": dict(layer, options=dict(alpha=0.8), expected=smoothquant(kernel, inputs, outputs, x, 0.8)),
        "llm-int8-6": dict(layer, options=dict(threshold=6.0), expected=llm_int8(x, kernel, inputs, outputs, 6.0)),
        "llm-int8-2": dict(layer, options=dict(threshold=2.0), expected=llm_int8(x, kernel, inputs, outputs, 2.0)),
        "awq-int3-group4": dict(layer, options=dict(bits=3, groupSize=4), expected=awq(kernel, inputs, outputs, x, 3, 4)),
        "awq-int4-group8": dict(layer, options=dict(bits=4, groupSize=8), expected=awq(kernel, inputs, outputs, x, 4, 8)),
    }


def jsonable(x):
    if isinstance(x, float) and not math.isfinite(x):
        return "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")
    if isinstance(x, list):
        return [jsonable(v) for v in x]
    if isinstance(x, dict):
        return {k: jsonable(v) for k, v in x.items()}
    return x


def main():
    data = {
        "generator": "scripts/reference/make_format_vectors.py",
        "sources": "see scripts/reference/formats/minifloat.py and blocks.py",
        "round": round_cases(),
        "blocks": block_cases(),
        "semiStructured": sparsity_cases(),
        "gptq": gptq_cases(),
        "methods": method_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(jsonable(data), separators=(",", ":")) + "\n")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
