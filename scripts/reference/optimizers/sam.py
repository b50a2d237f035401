"""SAM and ASAM, transcribed from davda54/sam sam.py (`SAM`: first_step, second_step, _grad_norm), in float64 pure
Python, around base optimizers transcribed from pytorch/pytorch torch/optim/sgd.py and torch/optim/adam.py
(single-tensor paths). Usage as in the reference's README: the gradient at w, then step(closure), whose closure gives
the gradient at w + e(w); the base optimizer steps once per SAM step."""
from optimizers._run_quadratic import norm, quadratic_case

SOURCE = "davda54/sam sam.py (SAM, with adaptive=True for ASAM); bases: pytorch/pytorch torch/optim/sgd.py, torch/optim/adam.py"


def make_sgd(lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    state = {"momentum_buffer": None}

    def step(p, grad):
        if weight_decay != 0:
            grad = [g + weight_decay * w for g, w in zip(grad, p)]
        if momentum != 0:
            buf = state["momentum_buffer"]
            if buf is None:
                buf = list(grad)
            else:
                buf = [momentum * b + (1 - dampening) * g for b, g in zip(buf, grad)]
            state["momentum_buffer"] = buf
            grad = [g + momentum * b for g, b in zip(grad, buf)] if nesterov else buf
        return [w - lr * g for w, g in zip(p, grad)]

    return step


def make_adam(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):
    beta1, beta2 = betas
    state = {"step": 0, "exp_avg": None, "exp_avg_sq": None}

    def step(p, grad):
        if state["exp_avg"] is None:
            state["exp_avg"] = [0.0] * len(p)
            state["exp_avg_sq"] = [0.0] * len(p)
        state["step"] += 1
        t = state["step"]
        if weight_decay != 0:
            grad = [g + weight_decay * w for g, w in zip(grad, p)]
        state["exp_avg"] = [m + (1 - beta1) * (g - m) for m, g in zip(state["exp_avg"], grad)]
        state["exp_avg_sq"] = [beta2 * v + (1 - beta2) * g * g for v, g in zip(state["exp_avg_sq"], grad)]
        bias_correction1 = 1 - beta1 ** t
        bias_correction2 = 1 - beta2 ** t
        step_size = lr / bias_correction1
        bias_correction2_sqrt = bias_correction2 ** 0.5
        denom = [(v ** 0.5) / bias_correction2_sqrt + eps for v in state["exp_avg_sq"]]
        return [w - step_size * m / d for w, m, d in zip(p, state["exp_avg"], denom)]

    return step


def make_sam(base_step, rho=0.05, adaptive=False):
    def step(p, grad_fn):
        grad = grad_fn(p)  # loss.backward() before optimizer.step(closure)
        # first_step: climb to the local maximum w + e(w)
        grad_norm = norm([(abs(w) if adaptive else 1.0) * g for w, g in zip(p, grad)])
        scale = rho / (grad_norm + 1e-12)
        old_p = list(p)
        e_w = [((w ** 2) if adaptive else 1.0) * g * scale for w, g in zip(p, grad)]
        perturbed = [w + e for w, e in zip(p, e_w)]
        grad_at_perturbed = grad_fn(perturbed)  # closure()
        # second_step: back to w, then the base optimizer's step with the gradient taken at w + e(w)
        return base_step(old_p, grad_at_perturbed)

    return step


def case(config, make_base, rho=0.05, adaptive=False):
    return quadratic_case({"name": "sam", **config}, lambda: make_sam(make_base(), rho=rho, adaptive=adaptive))


def cases():
    return {
        "sam_default_over_sgd_defaults": case({}, make_sgd),
        "sam_over_sgd_momentum": case(
            {"rho": 0.05, "base": {"name": "sgd", "lr": 0.05, "momentum": 0.9}}, lambda: make_sgd(lr=0.05, momentum=0.9)
        ),
        "sam_rho_0.2_over_sgd_nesterov_weight_decay": case(
            {"rho": 0.2, "base": {"name": "sgd", "lr": 0.02, "momentum": 0.5, "nesterov": True, "weightDecay": 0.1}},
            lambda: make_sgd(lr=0.02, momentum=0.5, nesterov=True, weight_decay=0.1), rho=0.2,
        ),
        "asam_rho_0.5_over_sgd": case(
            {"rho": 0.5, "adaptive": True, "base": {"name": "sgd", "lr": 0.05}}, lambda: make_sgd(lr=0.05), rho=0.5, adaptive=True
        ),
        "sam_over_adam": case({"rho": 0.1, "base": {"name": "adam", "lr": 0.1}}, lambda: make_adam(lr=0.1), rho=0.1),
        "asam_over_adam_weight_decay": case(
            {"rho": 1.0, "adaptive": True, "base": {"name": "adam", "lr": 0.1, "betas": [0.8, 0.99], "weightDecay": 0.05}},
            lambda: make_adam(lr=0.1, betas=(0.8, 0.99), weight_decay=0.05), rho=1.0, adaptive=True,
        ),
        "sam_top_level_lr_sets_base_lr": case(
            {"lr": 0.03, "base": {"name": "sgd", "momentum": 0.9}}, lambda: make_sgd(lr=0.03, momentum=0.9)
        ),
    }
