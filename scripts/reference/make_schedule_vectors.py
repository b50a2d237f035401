#!/usr/bin/env python3
"""Writes the reference values of the schedules added in issue 14 to tests/core/schedules/vectors.json.

Run: python3 scripts/reference/make_schedule_vectors.py   (pure Python, float64, no numpy or torch)

Transcribes, never the TypeScript under test:
  - pytorch/pytorch torch/optim/lr_scheduler.py: CyclicLR.get_lr (lr and the momentum it cycles, last_epoch = step)
    and ReduceLROnPlateau.step / _reduce_lr / _is_better (driven by a given metric sequence);
  - huggingface/transformers src/transformers/optimization.py: _get_wsd_scheduler_lambda (linear warm-up,
    num_cycles 0.5) times the base lr, as LambdaLR applies it, for warmup-stable-decay (Hägele et al. 2024,
    arXiv 2405.18392); min_lr_ratio = lrMin / lrMax and num_decay_steps = round-half-up(decayFraction * totalSteps).
Each case stores our camelCase options, so the tests build descriptors from the file.
"""
import json
import math
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent.parent / "tests" / "core" / "schedules" / "vectors.json"

# Custom scale functions a test can also write in TypeScript (a function cannot live in JSON).
SCALE_FNS = {"one-over-one-plus-x": lambda x: 1.0 / (1.0 + x)}


def cyclic(opts, steps):
    """CyclicLR.__init__ + get_lr at last_epoch = 0..steps-1 (one param group)."""
    base_lr, max_lr = opts["baseLr"], opts["maxLr"]
    step_size_up = float(opts.get("stepSizeUp", 2000))
    step_size_down = float(opts["stepSizeDown"]) if "stepSizeDown" in opts else step_size_up
    total_size = step_size_up + step_size_down
    step_ratio = step_size_up / total_size
    mode, gamma = opts.get("mode", "triangular"), opts.get("gamma", 1.0)
    scale_mode = opts.get("scaleMode", "cycle")
    if "scaleFn" in opts:
        scale_fn = SCALE_FNS[opts["scaleFn"]]
    elif mode == "triangular":
        scale_fn, scale_mode = (lambda x: 1.0), "cycle"
    elif mode == "triangular2":
        scale_fn, scale_mode = (lambda x: 1 / (2.0 ** (x - 1))), "cycle"
    else:
        scale_fn, scale_mode = (lambda x: gamma ** x), "iterations"
    base_m, max_m = opts.get("baseMomentum", 0.8), opts.get("maxMomentum", 0.9)
    lrs, moms = [], []
    for last_epoch in range(steps):
        cycle = math.floor(1 + last_epoch / total_size)
        x = 1.0 + last_epoch / total_size - cycle
        scale_factor = x / step_ratio if x <= step_ratio else (x - 1) / (step_ratio - 1)
        arg = cycle if scale_mode == "cycle" else last_epoch
        base_height = (max_lr - base_lr) * scale_factor
        lrs.append(base_lr + base_height * scale_fn(arg))
        base_height = (max_m - base_m) * scale_factor
        moms.append(max_m - base_height * scale_fn(arg))
    return {"lr": lrs, "momentum": moms}


def plateau(opts, metrics):
    """ReduceLROnPlateau: the lr after each step(metric), one param group."""
    mode, factor = opts.get("mode", "min"), opts.get("factor", 0.1)
    patience, threshold = opts.get("patience", 10), opts.get("threshold", 1e-4)
    threshold_mode, cooldown = opts.get("thresholdMode", "rel"), opts.get("cooldown", 0)
    min_lr, eps = opts.get("minLr", 0), opts.get("eps", 1e-8)
    lr = opts["lr"]
    best = math.inf if mode == "min" else -math.inf
    num_bad_epochs = cooldown_counter = 0

    def is_better(a, best):
        if mode == "min" and threshold_mode == "rel":
            return a < best * (1.0 - threshold)
        if mode == "min" and threshold_mode == "abs":
            return a < best - threshold
        if mode == "max" and threshold_mode == "rel":
            return a > best * (threshold + 1.0)
        return a > best + threshold

    out = []
    for current in metrics:
        if is_better(current, best):
            best, num_bad_epochs = current, 0
        else:
            num_bad_epochs += 1
        if cooldown_counter > 0:
            cooldown_counter -= 1
            num_bad_epochs = 0
        if num_bad_epochs > patience:
            new_lr = max(lr * factor, min_lr)
            if lr - new_lr > eps:
                lr = new_lr
            cooldown_counter, num_bad_epochs = cooldown, 0
        out.append(lr)
    return out


def wsd(opts, steps):
    """get_wsd_schedule(num_warmup_steps, num_decay_steps, num_training_steps, 'linear', decay_type, min_lr_ratio)."""
    lr_max, lr_min = opts["lrMax"], opts.get("lrMin", 0.0)
    num_warmup_steps, total = opts["warmupSteps"], opts["totalSteps"]
    num_decay_steps = math.floor(opts.get("decayFraction", 0.2) * total + 0.5)
    num_stable_steps = total - num_warmup_steps - num_decay_steps
    decay_type, min_lr_ratio, num_cycles = opts.get("decayShape", "1-sqrt"), lr_min / lr_max, 0.5

    def lam(current_step):
        if current_step < num_warmup_steps:
            progress = float(current_step) / float(max(1, num_warmup_steps))
            factor = progress
            factor = factor * (1.0 - min_lr_ratio) + min_lr_ratio
            return max(0.0, factor)
        if current_step < num_warmup_steps + num_stable_steps:
            return 1.0
        if current_step < num_warmup_steps + num_stable_steps + num_decay_steps:
            progress = float(current_step - num_warmup_steps - num_stable_steps) / float(max(1, num_decay_steps))
            if decay_type == "linear":
                factor = 1.0 - progress
            elif decay_type == "cosine":
                factor = 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress))
            else:
                factor = 1.0 - math.sqrt(progress)
            factor = factor * (1.0 - min_lr_ratio) + min_lr_ratio
            return max(0.0, factor)
        return min_lr_ratio

    return [lr_max * lam(e) for e in range(steps)]


CYCLIC = {
    "triangular up 4": ({"baseLr": 0.01, "maxLr": 0.1, "stepSizeUp": 4}, 20),
    "triangular2 up 3 down 5": ({"baseLr": 0.001, "maxLr": 0.1, "stepSizeUp": 3, "stepSizeDown": 5, "mode": "triangular2"}, 30),
    "exp_range gamma 0.9": ({"baseLr": 0.01, "maxLr": 0.2, "stepSizeUp": 4, "mode": "exp_range", "gamma": 0.9, "baseMomentum": 0.85, "maxMomentum": 0.95}, 25),
    "scaleFn on iterations": ({"baseLr": 0.01, "maxLr": 0.1, "stepSizeUp": 2, "stepSizeDown": 3, "scaleFn": "one-over-one-plus-x", "scaleMode": "iterations"}, 16),
    "scaleFn on cycles": ({"baseLr": 0.01, "maxLr": 0.1, "stepSizeUp": 2, "scaleFn": "one-over-one-plus-x", "scaleMode": "cycle"}, 16),
}

LOSSES = [1.0, 0.8, 0.79995, 0.81, 0.7, 0.7, 0.71, 0.72, 0.69, 0.73, 0.74, 0.75, 0.76, 0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.66]
ACCURACY = [0.5, 0.6, 0.62, 0.6, 0.61, 0.7, 0.7, 0.69, 0.75, 0.74, 0.74, 0.74, 0.74, 0.8, 0.8, 0.8]
PLATEAU = {
    "min rel patience 2 cooldown 1 minLr": ({"lr": 0.1, "mode": "min", "factor": 0.5, "patience": 2, "cooldown": 1, "minLr": 0.01}, LOSSES),
    "min abs threshold 0.05 patience 0": ({"lr": 1.0, "thresholdMode": "abs", "threshold": 0.05, "patience": 0, "factor": 0.3}, LOSSES),
    "max rel patience 1": ({"lr": 0.2, "mode": "max", "patience": 1, "factor": 0.2, "threshold": 0.01}, ACCURACY),
    "max abs, eps skips tiny cuts": ({"lr": 0.01, "mode": "max", "thresholdMode": "abs", "threshold": 0.0, "patience": 0, "factor": 0.9, "minLr": 0.00999, "eps": 1e-4}, ACCURACY),
    "PyTorch defaults": ({"lr": 0.1}, LOSSES + [0.66] * 12),
}

WSD = {
    "1-sqrt default fraction": ({"lrMax": 0.1, "warmupSteps": 3, "totalSteps": 20}, 24),
    "linear quarter, lrMin": ({"lrMax": 0.1, "lrMin": 0.01, "warmupSteps": 4, "totalSteps": 20, "decayFraction": 0.25, "decayShape": "linear"}, 24),
    "cosine 0.29 of 100": ({"lrMax": 3e-4, "lrMin": 3e-5, "warmupSteps": 10, "totalSteps": 100, "decayFraction": 0.29, "decayShape": "cosine"}, 104),
    "no warm-up, all decay": ({"lrMax": 1.0, "warmupSteps": 0, "totalSteps": 8, "decayFraction": 1.0, "decayShape": "1-sqrt"}, 10),
}


def main() -> None:
    data = {
        "source": {
            "cyclic": "pytorch/pytorch torch/optim/lr_scheduler.py CyclicLR",
            "reduce-on-plateau": "pytorch/pytorch torch/optim/lr_scheduler.py ReduceLROnPlateau",
            "warmup-stable-decay": "huggingface/transformers src/transformers/optimization.py get_wsd_schedule",
        },
        "generator": "scripts/reference/make_schedule_vectors.py",
        "cyclic": {k: {"options": o, **cyclic(o, n)} for k, (o, n) in CYCLIC.items()},
        "reduce-on-plateau": {k: {"options": o, "metrics": m, "lr_after_step": plateau(o, m)} for k, (o, m) in PLATEAU.items()},
        "warmup-stable-decay": {k: {"options": o, "lr": wsd(o, n)} for k, (o, n) in WSD.items()},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(OUT.parent.parent.parent.parent)}")


if __name__ == "__main__":
    main()
