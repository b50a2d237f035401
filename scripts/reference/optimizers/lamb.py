"""LAMB, transcribed from huggingface/pytorch-image-models timm/optim/lamb.py (`Lamb`, a PyTorch port of NVIDIA apex
FusedLAMB), in float64 pure Python. One parameter tensor, so the global clipping norm is that tensor's gradient norm."""
from optimizers._run_quadratic import norm, quadratic_case

SOURCE = "huggingface/pytorch-image-models timm/optim/lamb.py (Lamb)"


def make_lamb(lr=1e-3, bias_correction=True, betas=(0.9, 0.999), eps=1e-6, weight_decay=0.01, grad_averaging=True,
              max_grad_norm=1.0, trust_clip=False, always_adapt=False):
    beta1, beta2 = betas
    state = {"step": 0, "exp_avg": None, "exp_avg_sq": None}

    def step(p, grad_fn):
        grad = grad_fn(p)
        if max_grad_norm is not None:
            clip_global_norm = max(norm(grad) / max_grad_norm, 1.0)
            grad = [g / clip_global_norm for g in grad]
        beta3 = 1 - beta1 if grad_averaging else 1.0
        state["step"] += 1
        t = state["step"]
        if bias_correction:
            bias_correction1 = 1 - beta1 ** t
            bias_correction2 = 1 - beta2 ** t
        else:
            bias_correction1, bias_correction2 = 1.0, 1.0
        if state["exp_avg"] is None:
            state["exp_avg"] = [0.0] * len(p)
            state["exp_avg_sq"] = [0.0] * len(p)
        state["exp_avg"] = [beta1 * m + beta3 * g for m, g in zip(state["exp_avg"], grad)]
        state["exp_avg_sq"] = [beta2 * v + (1 - beta2) * g * g for v, g in zip(state["exp_avg_sq"], grad)]
        denom = [(v ** 0.5) / (bias_correction2 ** 0.5) + eps for v in state["exp_avg_sq"]]
        update = [(m / bias_correction1) / d for m, d in zip(state["exp_avg"], denom)]
        if weight_decay != 0:
            update = [u + weight_decay * w for u, w in zip(update, p)]
        if weight_decay != 0 or always_adapt:
            w_norm = norm(p)
            g_norm = norm(update)
            trust_ratio = w_norm / g_norm if (w_norm > 0 and g_norm > 0) else 1.0
            if trust_clip:
                trust_ratio = min(trust_ratio, 1.0)
            update = [u * trust_ratio for u in update]
        return [w - lr * u for w, u in zip(p, update)]

    return step


def case(config, **kwargs):
    return quadratic_case({"name": "lamb", **config}, lambda: make_lamb(**kwargs))


def cases():
    return {
        "lamb_default": case({}),
        "lamb_lr_0.1": case({"lr": 0.1}, lr=0.1),
        "lamb_no_weight_decay_no_trust_ratio": case({"lr": 0.1, "weightDecay": 0}, lr=0.1, weight_decay=0.0),
        "lamb_always_adapt_weight_decay_0": case({"lr": 0.1, "weightDecay": 0, "alwaysAdapt": True}, lr=0.1, weight_decay=0.0, always_adapt=True),
        "lamb_trust_clip_weight_decay_0.1": case({"lr": 0.1, "weightDecay": 0.1, "trustClip": True}, lr=0.1, weight_decay=0.1, trust_clip=True),
        "lamb_no_clipping_no_bias_correction_no_grad_averaging": case(
            {"lr": 0.05, "maxGradNorm": 0, "biasCorrection": False, "gradAveraging": False, "betas": [0.8, 0.99]},
            lr=0.05, max_grad_norm=None, bias_correction=False, grad_averaging=False, betas=(0.8, 0.99),
        ),
        "lamb_max_grad_norm_5_eps_1e-8": case({"lr": 0.1, "maxGradNorm": 5, "eps": 1e-8}, lr=0.1, max_grad_norm=5.0, eps=1e-8),
    }
