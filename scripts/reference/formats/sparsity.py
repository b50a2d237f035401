"""N:M semi-structured masks as NVIDIA's ASP chooses them (NVIDIA/apex, apex/contrib/sparsity/sparse_masklib.py,
mn_1d_best): for each group of m consecutive weights along the input dimension, among all patterns with n ones take
the one whose kept magnitudes sum highest. ASP's pattern order comes from a Python set (unspecified); here the
patterns are tried in descending lexicographic order and the first maximum wins, so ties keep the earlier inputs.
A trailing group shorter than m uses patterns of its own length with min(n, length) ones.
"""
from itertools import combinations


def patterns(length, n):
    keep = min(n, length)
    out = []
    for kept in combinations(range(length), keep):  # lexicographic: (0, 1) first = earlier inputs first
        out.append([1 if i in kept else 0 for i in range(length)])
    return out


def mn_mask(kernel, inputs, outputs, n=2, m=4):
    """kernel is [inputs, outputs] row-major (tfjs Dense); groups run down each output's column."""
    mask = [0] * len(kernel)
    for j in range(outputs):
        for start in range(0, inputs, m):
            rows = list(range(start, min(inputs, start + m)))
            mags = [abs(kernel[i * outputs + j]) for i in rows]
            best, best_sum = None, -1.0
            for p in patterns(len(rows), n):
                s = sum(a for a, keep in zip(mags, p) if keep)
                if s > best_sum:
                    best, best_sum = p, s
            for i, keep in zip(rows, best):
                mask[i * outputs + j] = keep
    return mask
