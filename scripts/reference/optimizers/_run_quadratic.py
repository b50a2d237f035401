"""Helpers the reference transcriptions share: element-wise float64 list arithmetic and the quadratic run loop."""
import math

from problems import QUADRATIC_X0, quadratic_grad


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def quadratic_case(config, make_step, steps=10, report=None):
    """Runs `steps` steps on the quadratic problem. make_step() returns step(p, grad_fn) -> new p (the reference's
    optimizer object around one parameter tensor); report(p) gives the reported iterate (default: p itself)."""
    step = make_step()
    p = list(QUADRATIC_X0)
    after = {}
    y_after = {}
    for t in range(1, steps + 1):
        p = step(p, quadratic_grad)
        after[str(t)] = report(p) if report else list(p)
        y_after[str(t)] = list(p)
    case = {"config": config, "problem": "quadratic", "steps": steps, "p_after_step": after}
    if report:
        case["y_after_step"] = y_after
    return case
