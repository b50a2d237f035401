"""RAdam, transcribed from pytorch/pytorch torch/optim/radam.py (`_single_tensor_radam`), in float64 pure Python."""
from optimizers._run_quadratic import quadratic_case

SOURCE = "pytorch/pytorch torch/optim/radam.py (_single_tensor_radam)"


def make_radam(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, decoupled_weight_decay=False):
    beta1, beta2 = betas
    state = {"step": 0, "exp_avg": None, "exp_avg_sq": None}

    def step(param, grad_fn):
        grad = grad_fn(param)
        if state["exp_avg"] is None:
            state["exp_avg"] = [0.0] * len(param)
            state["exp_avg_sq"] = [0.0] * len(param)
        state["step"] += 1
        t = state["step"]
        param = list(param)
        if weight_decay != 0:
            if decoupled_weight_decay:
                param = [p * (1 - lr * weight_decay) for p in param]
            else:
                grad = [g + weight_decay * p for g, p in zip(grad, param)]
        # exp_avg.lerp_(grad, 1 - beta1)
        state["exp_avg"] = [m + (1 - beta1) * (g - m) for m, g in zip(state["exp_avg"], grad)]
        state["exp_avg_sq"] = [beta2 * v + (1 - beta2) * g * g for v, g in zip(state["exp_avg_sq"], grad)]
        bias_correction1 = 1 - beta1 ** t
        bias_correction2 = 1 - beta2 ** t
        bias_corrected_exp_avg = [m / bias_correction1 for m in state["exp_avg"]]
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * t * (beta2 ** t) / bias_correction2
        if rho_t > 5.0:
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            adaptive = [(bias_correction2 ** 0.5) / (v ** 0.5 + eps) for v in state["exp_avg_sq"]]
            return [p - m * lr * a * rect for p, m, a in zip(param, bias_corrected_exp_avg, adaptive)]
        return [p - m * lr for p, m in zip(param, bias_corrected_exp_avg)]

    return step


def case(config, **torch_kwargs):
    return quadratic_case({"name": "radam", **config}, lambda: make_radam(**torch_kwargs))


def cases():
    return {
        "radam_default": case({}),
        "radam_lr_0.1": case({"lr": 0.1}, lr=0.1),
        "radam_betas_0.8_0.99_eps_1e-6": case({"lr": 0.05, "betas": [0.8, 0.99], "eps": 1e-6}, lr=0.05, betas=(0.8, 0.99), eps=1e-6),
        "radam_coupled_weight_decay_0.1": case({"lr": 0.1, "weightDecay": 0.1}, lr=0.1, weight_decay=0.1),
        "radam_decoupled_weight_decay_0.1": case(
            {"lr": 0.1, "weightDecay": 0.1, "decoupledWeightDecay": True}, lr=0.1, weight_decay=0.1, decoupled_weight_decay=True
        ),
    }
