"""Muon, transcribed in float64 from pytorch/pytorch torch/optim/_muon.py (`_single_tensor_muon`,
`_zeropower_via_newtonschulz`, `_adjust_lr`; use_addmm=False). PyTorch casts the Newton-Schulz input to bfloat16;
this runs it in float64, the working precision the core's plain path uses (its tensor path: float32)."""
import math

import problems
from optimizers._matrix import add, copy, frobenius, lerp_rows, matmul, scale, transpose

SOURCE = "pytorch/pytorch torch/optim/_muon.py (_single_tensor_muon, Newton-Schulz in float64 instead of bfloat16)"

DEFAULTS = {
    "lr": 1e-3,
    "weightDecay": 0.1,
    "momentum": 0.95,
    "nesterov": True,
    "nsCoefficients": [3.4445, -4.775, 2.0315],
    "eps": 1e-7,
    "nsSteps": 5,
    "adjustLrFn": None,  # PyTorch's None: the "original" rule
}


def zeropower_via_newtonschulz(grad, ns_coefficients, ns_steps, eps):
    a, b, c = ns_coefficients
    ortho = copy(grad)
    tall = len(grad) > len(grad[0])
    if tall:
        ortho = transpose(ortho)
    norm = max(frobenius(ortho), eps)  # .norm().clamp(min=eps)
    ortho = [[v / norm for v in row] for row in ortho]
    for _ in range(ns_steps):
        gram = matmul(ortho, transpose(ortho))
        gram_update = add(scale(gram, b), scale(matmul(gram, gram), c))
        ortho = add(scale(ortho, a), matmul(gram_update, ortho))
    if tall:
        ortho = transpose(ortho)
    return ortho


def adjust_lr(lr, adjust_lr_fn, shape):
    a, b = shape[:2]
    if adjust_lr_fn is None or adjust_lr_fn == "original":
        ratio = math.sqrt(max(1, a / b))
    elif adjust_lr_fn == "match_rms_adamw":
        ratio = 0.2 * math.sqrt(max(a, b))
    else:
        ratio = 1.0
    return lr * ratio


def run(hyper, steps):
    h = dict(DEFAULTS, **hyper)
    p = copy(problems.MATRIX_W0)
    buf = [[0.0] * len(p[0]) for _ in p]
    out = {}
    for t in range(1, steps + 1):
        grad = problems.matrix_ls_grad(p)
        buf = lerp_rows(buf, grad, 1 - h["momentum"])
        update = lerp_rows(grad, buf, h["momentum"]) if h["nesterov"] else buf
        update = zeropower_via_newtonschulz(update, h["nsCoefficients"], h["nsSteps"], h["eps"])
        adjusted_lr = adjust_lr(h["lr"], h["adjustLrFn"], (len(p), len(p[0])))
        p = scale(p, 1 - h["lr"] * h["weightDecay"])
        p = [[v - adjusted_lr * u for v, u in zip(rp, ru)] for rp, ru in zip(p, update)]
        out[str(t)] = copy(p)
    return out


CASES = {
    "muon_default": {},
    "muon_lr_0.05": {"lr": 0.05},
    "muon_no_nesterov_momentum_0.9_wd_0": {"lr": 0.05, "nesterov": False, "momentum": 0.9, "weightDecay": 0.0},
    "muon_match_rms_adamw_wd_0.01": {"lr": 0.05, "adjustLrFn": "match_rms_adamw", "weightDecay": 0.01},
    "muon_ns_3_steps_quintic_1.875": {"lr": 0.05, "nsSteps": 3, "nsCoefficients": [1.875, -1.25, 0.375], "eps": 1e-6},
}


def cases():
    result = {}
    for name, hyper in CASES.items():
        config = {"name": "muon", **{k: v for k, v in hyper.items() if v is not None}}
        result[name] = {"config": config, "problem": "matrix-ls", "steps": 10, "p_after_step": run(hyper, 10)}
    return result
