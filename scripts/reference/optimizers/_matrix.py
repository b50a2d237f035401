"""Small float64 list-of-rows matrix helpers shared by the matrix optimizers' transcriptions (pure Python)."""
import math


def transpose(x):
    return [list(r) for r in zip(*x)]


def matmul(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(len(y))) for j in range(len(y[0]))] for i in range(len(x))]


def scale(x, s):
    return [[v * s for v in row] for row in x]


def add(x, y):
    return [[a + b for a, b in zip(rx, ry)] for rx, ry in zip(x, y)]


def frobenius(x):
    return math.sqrt(sum(v * v for row in x for v in row))


def lerp(start, end, weight):
    """torch.lerp on CPU (aten/src/ATen/native/Lerp.h): two formulas, split at weight 0.5, for accuracy."""
    if abs(weight) < 0.5:
        return start + weight * (end - start)
    return end - (end - start) * (1 - weight)


def lerp_rows(start, end, weight):
    return [[lerp(a, b, weight) for a, b in zip(rs, re)] for rs, re in zip(start, end)]


def copy(x):
    return [list(row) for row in x]
