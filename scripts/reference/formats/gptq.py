"""GPTQ for one linear layer, transcribed from IST-DASLab/gptq (gptq.py: GPTQ.add_batch, GPTQ.fasterquant with
blocksize, percdamp, groupsize; actorder and static_groups off) and quant.py (Quantizer.find_params with
perchannel=True, sym=False; quantize). Pure Python float64; torch.linalg.cholesky / cholesky_inverse written out.
W is torch's [rows = outputs, columns = inputs]; the tfjs kernel [inputs, outputs] is its transpose.
"""
import math


def find_params(rows, maxq):
    """quant.py Quantizer.find_params(x, weight=True): one (scale, zero) per row."""
    out = []
    for x in rows:
        xmin, xmax = min(min(x), 0.0), max(max(x), 0.0)
        if xmin == 0 and xmax == 0:
            xmin, xmax = -1.0, 1.0
        scale = (xmax - xmin) / maxq
        out.append((scale, round(-xmin / scale)))
    return out


def quantize(x, scale, zero, maxq):
    q = min(max(round(x / scale) + zero, 0), maxq)
    return scale * (q - zero), q


def cholesky(a):
    n = len(a)
    L = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            s = a[i][j] - sum(L[i][k] * L[j][k] for k in range(j))
            L[i][j] = math.sqrt(s) if i == j else s / L[j][j]
    return L


def cholesky_inverse(L):
    """(L L^T)^-1 = L^-T L^-1."""
    n = len(L)
    Y = [[0.0] * n for _ in range(n)]  # L^-1
    for c in range(n):
        for i in range(c, n):
            s = (1.0 if i == c else 0.0) - sum(L[i][k] * Y[k][c] for k in range(c, i))
            Y[i][c] = s / L[i][i]
    return [[sum(Y[k][i] * Y[k][j] for k in range(n)) for j in range(n)] for i in range(n)]


def gptq(kernel, inputs, outputs, calibration, bits, groupsize=-1, blocksize=128, percdamp=0.01):
    maxq = 2 ** bits - 1
    columns, rows = inputs, outputs
    W = [[kernel[i * outputs + r] for i in range(columns)] for r in range(rows)]
    # add_batch with every sample in one batch: H = (sqrt(2/n) X)^T (sqrt(2/n) X)
    n = len(calibration) // columns
    X = [[math.sqrt(2 / n) * calibration[s * columns + i] for s in range(n)] for i in range(columns)]
    H = [[sum(X[i][s] * X[j][s] for s in range(n)) for j in range(columns)] for i in range(columns)]
    quantizer = find_params(W, maxq) if groupsize == -1 else None
    dead = [H[i][i] == 0 for i in range(columns)]
    for i in range(columns):
        if dead[i]:
            H[i][i] = 1.0
            for r in range(rows):
                W[r][i] = 0.0
    damp = percdamp * sum(H[i][i] for i in range(columns)) / columns
    for i in range(columns):
        H[i][i] += damp
    Hinv_full = cholesky_inverse(cholesky(H))
    L = cholesky(Hinv_full)
    Hinv = [[L[j][i] for j in range(columns)] for i in range(columns)]  # upper = L^T
    Q = [[0.0] * columns for _ in range(rows)]
    codes = [[0] * columns for _ in range(rows)]
    groups = 1 if groupsize == -1 else math.ceil(columns / groupsize)
    scales = [[0.0] * groups for _ in range(rows)]
    zeros = [[0] * groups for _ in range(rows)]
    loss = 0.0
    for i1 in range(0, columns, blocksize):
        i2 = min(i1 + blocksize, columns)
        W1 = [row[i1:i2] for row in W]
        Err1 = [[0.0] * (i2 - i1) for _ in range(rows)]
        for i in range(i2 - i1):
            col = i1 + i
            if groupsize != -1 and col % groupsize == 0:
                quantizer = find_params([row[col:col + groupsize] for row in W], maxq)
            g = 0 if groupsize == -1 else col // groupsize
            d = Hinv[col][col]
            for r in range(rows):
                scale, zero = quantizer[r]
                scales[r][g], zeros[r][g] = scale, zero
                w = W1[r][i]
                q, code = quantize(w, scale, zero, maxq)
                Q[r][col], codes[r][col] = q, code
                loss += (w - q) ** 2 / d ** 2 / 2
                err = (w - q) / d
                for c in range(i, i2 - i1):
                    W1[r][c] -= err * Hinv[col][i1 + c]
                Err1[r][i] = err
        for r in range(rows):
            for c in range(i2, columns):
                W[r][c] -= sum(Err1[r][k] * Hinv[i1 + k][c] for k in range(i2 - i1))
    return dict(
        dequantized=[Q[r][i] for i in range(columns) for r in range(rows)],
        codes=[codes[r][i] for i in range(columns) for r in range(rows)],
        scales=[s for row in scales for s in row],
        zeroPoints=[z for row in zeros for z in row],
        loss=loss,
        bitsPerWeight=bits + rows * groups * (32 + bits) / (rows * columns),
    )
