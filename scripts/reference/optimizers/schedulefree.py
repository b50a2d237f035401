"""Schedule-free SGD and AdamW, transcribed from the authors' package facebookresearch/schedule_free,
schedulefree/sgd_schedulefree.py (`SGDScheduleFree`) and schedulefree/adamw_schedulefree.py (`AdamWScheduleFree`),
per-parameter (non-foreach) paths, in float64 pure Python. The parameters hold y in train() mode; p_after_step is x,
the point the reference evaluates with after eval() (p.lerp_(z, 1 - 1/beta)), and y_after_step is y."""
from optimizers._run_quadratic import quadratic_case

SOURCE = "facebookresearch/schedule_free schedulefree/sgd_schedulefree.py, schedulefree/adamw_schedulefree.py"


def lerp(start, end, weight):
    return [s + weight * (e - s) for s, e in zip(start, end)]


def average_weight(group, lr):
    """The shared prologue of step(): scheduled lr and ckp1, updating the group's lr_max and weight_sum."""
    k = group["k"]
    sched = (k + 1) / group["warmup_steps"] if k < group["warmup_steps"] else 1.0
    lr = lr * sched
    lr_max = group["lr_max"] = max(lr, group["lr_max"])
    weight = ((k + 1) ** group["r"]) * (lr_max ** group["weight_lr_power"])
    weight_sum = group["weight_sum"] = group["weight_sum"] + weight
    try:
        ckp1 = weight / weight_sum
    except ZeroDivisionError:
        ckp1 = 0
    return lr, ckp1


def make_sgd_sf(lr=1.0, momentum=0.9, weight_decay=0, warmup_steps=0, r=0.0, weight_lr_power=2):
    group = {"k": 0, "warmup_steps": warmup_steps, "r": r, "weight_lr_power": weight_lr_power, "weight_sum": 0.0, "lr_max": -1.0}
    state = {}

    def step(y, grad_fn):
        grad = grad_fn(y)
        lr_k, ckp1 = average_weight(group, lr)
        if "z" not in state:
            state["z"] = list(y)
        z = state["z"]
        if weight_decay != 0:
            grad = [g + weight_decay * w for g, w in zip(grad, y)]
        y = lerp(y, z, ckp1)
        y = [w + lr_k * (momentum * (1 - ckp1) - 1) * g for w, g in zip(y, grad)]
        state["z"] = [zi - lr_k * g for zi, g in zip(z, grad)]
        group["k"] += 1
        return y

    return step, state, momentum


def make_adamw_sf(lr=0.0025, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, warmup_steps=0, r=0.0, weight_lr_power=2.0,
                  inner_momentum=0.0):
    beta1, beta2 = betas
    group = {"k": 0, "warmup_steps": warmup_steps, "r": r, "weight_lr_power": weight_lr_power, "weight_sum": 0.0, "lr_max": -1.0}
    state = {}

    def step(y, grad_fn):
        grad = grad_fn(y)
        k = group["k"]
        bias_correction2 = 1 - beta2 ** (k + 1)
        bias_correction1 = 1 - inner_momentum ** (k + 1) if inner_momentum != 0 else None
        lr_k, ckp1 = average_weight(group, lr)
        if "z" not in state:
            state["z"] = list(y)
            state["exp_avg_sq"] = [0.0] * len(y)
            if inner_momentum != 0:
                state["exp_avg"] = [0.0] * len(y)
        z = state["z"]
        state["exp_avg_sq"] = [beta2 * v + (1 - beta2) * g * g for v, g in zip(state["exp_avg_sq"], grad)]
        denom = [(v / bias_correction2) ** 0.5 + eps for v in state["exp_avg_sq"]]
        if inner_momentum != 0:
            state["exp_avg"] = [inner_momentum * m + (1 - inner_momentum) * g for m, g in zip(state["exp_avg"], grad)]
            grad_normalized = [(m / bias_correction1) / d for m, d in zip(state["exp_avg"], denom)]
        else:
            grad_normalized = [g / d for g, d in zip(grad, denom)]
        if weight_decay != 0:
            grad_normalized = [g + weight_decay * w for g, w in zip(grad_normalized, y)]
        y = lerp(y, z, ckp1)
        y = [w + lr_k * (beta1 * (1 - ckp1) - 1) * g for w, g in zip(y, grad_normalized)]
        state["z"] = [zi - lr_k * g for zi, g in zip(z, grad_normalized)]
        group["k"] += 1
        return y

    return step, state, beta1


def case(name, config, make, **kwargs):
    step, state, beta = make(**kwargs)
    # eval(): p.lerp_(z, 1 - 1/beta); y itself stays in the model between steps (train() mode).
    report = lambda y: lerp(y, state["z"], 1 - 1 / beta)
    return quadratic_case({"name": name, **config}, lambda: step, report=report)


def sgd(config, **kwargs):
    return case("sgd-schedulefree", config, make_sgd_sf, **kwargs)


def adamw(config, **kwargs):
    return case("adamw-schedulefree", config, make_adamw_sf, **kwargs)


def cases():
    # The package's SGD default lr of 1 diverges on this problem (curvature 10), so the SGD cases set lr.
    return {
        "sgd_schedulefree_lr_0.05": sgd({"lr": 0.05}, lr=0.05),
        "sgd_schedulefree_momentum_0.5_weight_decay_0.1": sgd({"lr": 0.05, "momentum": 0.5, "weightDecay": 0.1}, lr=0.05, momentum=0.5, weight_decay=0.1),
        "sgd_schedulefree_warmup_3": sgd({"lr": 0.1, "warmupSteps": 3}, lr=0.1, warmup_steps=3),
        "sgd_schedulefree_r_1_weight_lr_power_1_warmup_4": sgd(
            {"lr": 0.1, "r": 1, "weightLrPower": 1, "warmupSteps": 4}, lr=0.1, r=1.0, weight_lr_power=1, warmup_steps=4
        ),
        "adamw_schedulefree_default": adamw({}),
        "adamw_schedulefree_lr_0.1": adamw({"lr": 0.1}, lr=0.1),
        "adamw_schedulefree_warmup_4_weight_decay_0.05": adamw({"lr": 0.1, "warmupSteps": 4, "weightDecay": 0.05}, lr=0.1, warmup_steps=4, weight_decay=0.05),
        "adamw_schedulefree_r_2_weight_lr_power_0_betas_0.5_0.99": adamw(
            {"lr": 0.1, "r": 2, "weightLrPower": 0, "betas": [0.5, 0.99], "eps": 1e-6}, lr=0.1, r=2.0, weight_lr_power=0.0, betas=(0.5, 0.99), eps=1e-6
        ),
        "adamw_schedulefree_inner_momentum_0.9": adamw({"lr": 0.1, "innerMomentum": 0.9}, lr=0.1, inner_momentum=0.9),
    }
