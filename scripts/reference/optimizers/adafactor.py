"""Adafactor, transcribed in float64 from pytorch/pytorch torch/optim/_adafactor.py (`_single_tensor_adafactor`).
eps1=None there means torch.finfo(param.dtype).eps; the core uses float32's 2^-23 on every path, so these vectors
do too. Vectors (the quadratic) keep a full second moment; matrices (matrix-ls) the row and column factors."""
import math

import problems
from optimizers._matrix import copy, lerp, transpose

SOURCE = "pytorch/pytorch torch/optim/_adafactor.py (_single_tensor_adafactor)"

FLOAT32_EPS = 2.0 ** -23
DEFAULTS = {"lr": 1e-2, "beta2Decay": -0.8, "eps": [None, 1e-3], "d": 1.0, "weightDecay": 0.0, "maximize": False}


def rms(values):
    return math.sqrt(sum(v * v for v in values)) / math.sqrt(len(values))  # norm(2) / numel ** 0.5


def step(p_rows, grad_rows, state, t, h):
    """One step on a parameter given as rows (a vector is one row with state["variance"] instead of the factors)."""
    lr, d, wd = h["lr"], h["d"], h["weightDecay"]
    eps1 = h["eps"][0] if h["eps"][0] is not None else FLOAT32_EPS
    eps2 = h["eps"][1]
    grad = [[-g for g in row] for row in grad_rows] if h["maximize"] else grad_rows
    one_minus_beta2_t = t ** h["beta2Decay"]
    rho_t = min(lr, 1 / (t ** 0.5))
    flat_p = [v for row in p_rows for v in row]
    alpha = max(eps2, rms(flat_p)) * rho_t  # RMS of p before the weight decay
    if wd != 0:
        p_rows = [[v * (1 - lr * wd) for v in row] for row in p_rows]
    if state["factored"]:
        m, n = len(grad), len(grad[0])
        row_mean = [math.sqrt(sum(g * g for g in grad[i])) ** 2 / n for i in range(m)]
        state["row_var"] = [lerp(a, b, one_minus_beta2_t) for a, b in zip(state["row_var"], row_mean)]
        cols = transpose(grad)
        col_mean = [math.sqrt(sum(g * g for g in cols[j])) ** 2 / m for j in range(n)]
        state["col_var"] = [lerp(a, b, one_minus_beta2_t) for a, b in zip(state["col_var"], col_mean)]
        row_var_mean = max(sum(state["row_var"]) / m, eps1)
        var_estimate = [[state["row_var"][i] * state["col_var"][j] / row_var_mean for j in range(n)] for i in range(m)]
    else:
        g2 = [g * g for g in grad[0]]
        state["variance"] = [lerp(a, b, one_minus_beta2_t) for a, b in zip(state["variance"], g2)]
        var_estimate = [list(state["variance"])]
    update = [[1 / math.sqrt(max(v, eps1 * eps1)) * g for v, g in zip(rv, rg)] for rv, rg in zip(var_estimate, grad)]
    flat_u = [u for row in update for u in row]
    denom = max(1.0, math.sqrt(sum(u * u for u in flat_u)) / ((len(flat_u) ** 0.5) * d))
    return [[v - alpha / denom * u for v, u in zip(rp, ru)] for rp, ru in zip(p_rows, update)]


def run(problem, hyper, steps):
    h = dict(DEFAULTS, **hyper)
    if problem == "quadratic":
        p = [list(problems.QUADRATIC_X0)]
        state = {"factored": False, "variance": [0.0] * len(p[0])}
    else:
        p = copy(problems.MATRIX_W0)
        state = {"factored": True, "row_var": [0.0] * len(p), "col_var": [0.0] * len(p[0])}
    out = {}
    for t in range(1, steps + 1):
        grad = [problems.quadratic_grad(p[0])] if problem == "quadratic" else problems.matrix_ls_grad(p)
        p = step(p, grad, state, float(t), h)
        out[str(t)] = list(p[0]) if problem == "quadratic" else copy(p)
    return out


CASES = {
    "adafactor_default": ("quadratic", {}),
    "adafactor_lr_0.1_wd_0.1": ("quadratic", {"lr": 0.1, "weightDecay": 0.1}),
    "adafactor_beta2_decay_-0.5_d_2_eps": ("quadratic", {"lr": 0.2, "beta2Decay": -0.5, "d": 2.0, "eps": [1e-10, 0.05]}),
    "adafactor_maximize": ("quadratic", {"lr": 0.05, "maximize": True}),
    "adafactor_matrix_default": ("matrix-ls", {}),
    "adafactor_matrix_lr_0.1_wd_0.05": ("matrix-ls", {"lr": 0.1, "weightDecay": 0.05}),
    "adafactor_matrix_beta2_decay_-0.6_d_1.5_eps": ("matrix-ls", {"lr": 0.3, "beta2Decay": -0.6, "d": 1.5, "eps": [1e-10, 0.01]}),
}


def cases():
    result = {}
    for name, (problem, hyper) in CASES.items():
        result[name] = {"config": {"name": "adafactor", **hyper}, "problem": problem, "steps": 10, "p_after_step": run(problem, hyper, 10)}
    return result
