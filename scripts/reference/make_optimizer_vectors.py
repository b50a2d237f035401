#!/usr/bin/env python3
"""Writes the reference vectors of the optimizers added after the first ten.

Run: python3 scripts/reference/make_optimizer_vectors.py   (pure Python, float64, no numpy or torch)

Every module in scripts/reference/optimizers/ transcribes ONE reference implementation (named in its SOURCE, e.g.
"pytorch/pytorch torch/optim/radam.py"), never the TypeScript under test, and exposes cases(): a dict of named cases,
each {"config": {...our camelCase config...}, "problem": "quadratic" | "matrix-ls", "steps": N,
"p_after_step": {"1": [...], ..., "N": [...]}} (matrices as lists of rows). The driver writes
tests/core/optimizers/vectors/<module>.json, which the unit tests read.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "tests" / "core" / "optimizers" / "vectors"


def main() -> None:
    sys.path.insert(0, str(HERE))
    OUT.mkdir(parents=True, exist_ok=True)
    names = sorted(p.stem for p in (HERE / "optimizers").glob("*.py") if not p.stem.startswith("_"))
    only = set(sys.argv[1:])
    for name in names:
        if only and name not in only:
            continue
        module = importlib.import_module(f"optimizers.{name}")
        data = {
            "source": module.SOURCE,
            "generator": f"scripts/reference/optimizers/{name}.py",
            "cases": module.cases(),
        }
        (OUT / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n")
        print(f"wrote tests/core/optimizers/vectors/{name}.json ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
