"""The problems the reference vectors run on, in float64.

quadratic: the public problem of ../shared/reference/optimizer-vectors.json,
  f(p) = 0.5 * (p0^2 + 10 * p1^2), grad = [p0, 10 * p1], from p = [1, -2].
matrix-ls: a 2x2 matrix least-squares problem for matrix methods (Muon, Adafactor's factored moments),
  f(W) = 0.5 * ||W A - B||_F^2, grad = (W A - B) A^T, from W0 (lists of rows).
"""

QUADRATIC_X0 = [1.0, -2.0]


def quadratic_grad(p):
    return [p[0], 10.0 * p[1]]


MATRIX_A = [[2.0, 0.5], [-1.0, 1.5]]
MATRIX_B = [[1.0, -0.5], [0.25, 2.0]]
MATRIX_W0 = [[0.5, -1.0], [1.5, 0.25]]


def matmul(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(len(y))) for j in range(len(y[0]))] for i in range(len(x))]


def transpose(x):
    return [list(r) for r in zip(*x)]


def matrix_ls_loss(w):
    r = matmul(w, MATRIX_A)
    return 0.5 * sum((r[i][j] - MATRIX_B[i][j]) ** 2 for i in range(len(r)) for j in range(len(r[0])))


def matrix_ls_grad(w):
    r = matmul(w, MATRIX_A)
    residual = [[r[i][j] - MATRIX_B[i][j] for j in range(len(r[0]))] for i in range(len(r))]
    return matmul(residual, transpose(MATRIX_A))
