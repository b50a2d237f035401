"""SmoothQuant, LLM.int8() and AWQ on one linear layer, transcribed in pure Python float64.

- SmoothQuant: mit-han-lab/smoothquant smoothquant/smooth.py smooth_ln_fcs (weight_scales clamp 1e-5, scales clamp 1e-5).
- LLM.int8(): bitsandbytes-foundation/bitsandbytes bitsandbytes/backends/default/ops.py int8_vectorwise_quant
  (outliers |x| >= threshold zeroed before the row absmax; round(A * (127 / absmax)); outlier columns zeroed),
  int8_mm_dequant (times row_stats * col_stats / 127^2), int8_mixed_scaled_mm (outlier columns added back; here
  with the weights in full precision as in the paper's fp16 path).
- AWQ: mit-han-lab/llm-awq awq/quantize/auto_scale.py _search_module_scale (n_grid 20, x_max = mean |x|,
  scales = x_max^ratio clamped at 1e-4 and divided by sqrt(max * min), loss = mean squared output error) and
  awq/quantize/quantizer.py pseudo_quantize_tensor (zero_point=True).
Layouts: kernel [inputs, outputs] row-major (tfjs Dense), x [samples, inputs].
"""
import math


def smoothquant(kernel, inputs, outputs, x, alpha=0.5):
    act = [max(abs(x[s * inputs + j]) for s in range(len(x) // inputs)) for j in range(inputs)]
    wmax = [max(max(abs(kernel[j * outputs + o]) for o in range(outputs)), 1e-5) for j in range(inputs)]
    scales = [max(act[j] ** alpha / wmax[j] ** (1 - alpha), 1e-5) for j in range(inputs)]
    return dict(scales=scales, activationAbsMax=act,
                smoothedKernel=[kernel[k] * scales[k // outputs] for k in range(len(kernel))],
                smoothedInputs=[x[k] / scales[k % inputs] for k in range(len(x))])


def llm_int8(x, kernel, inputs, outputs, threshold=6.0):
    samples = len(x) // inputs
    A = [[x[s * inputs + i] for i in range(inputs)] for s in range(samples)]
    B = [[kernel[i * outputs + o] for i in range(inputs)] for o in range(outputs)]  # weight [out, in]
    outlier_cols = sorted({i for s in range(samples) for i in range(inputs) if abs(A[s][i]) >= threshold})
    Az = [[0.0 if abs(v) >= threshold else v for v in row] for row in A]
    row_stats = [max(abs(v) for v in row) for row in Az]
    CA = [[0 if rs == 0 else round(v * (127.0 / rs)) for v in row] for row, rs in zip(Az, row_stats)]
    for row in CA:
        for i in outlier_cols:
            row[i] = 0
    col_stats = [max(abs(v) for v in row) for row in B]
    CB = [[0 if cs == 0 else round(v * (127.0 / cs)) for v in row] for row, cs in zip(B, col_stats)]
    out = []
    for s in range(samples):
        for o in range(outputs):
            acc = sum(CA[s][i] * CB[o][i] for i in range(inputs))
            full = sum(A[s][i] * B[o][i] for i in outlier_cols)
            out.append(acc * row_stats[s] * col_stats[o] / (127 * 127) + full)
    return dict(output=out, outlierColumns=outlier_cols, int8Fraction=1 - len(outlier_cols) / inputs)


def pseudo_quantize(w_rows, group, bits):
    max_int = 2 ** bits - 1
    flat = [v for row in w_rows for v in row]
    out = []
    for start in range(0, len(flat), group):
        g = flat[start:start + group]
        mx, mn = max(g), min(g)
        scale = max(mx - mn, 1e-5) / max_int
        zero = min(max(-round(mn / scale), 0), max_int)
        out += [(min(max(round(v / scale) + zero, 0), max_int) - zero) * scale for v in g]
    cols = len(w_rows[0])
    return [out[r * cols:(r + 1) * cols] for r in range(len(w_rows))]


def awq(kernel, inputs, outputs, x, bits, group, n_grid=20):
    samples = len(x) // inputs
    X = [[x[s * inputs + i] for i in range(inputs)] for s in range(samples)]
    W = [[kernel[i * outputs + o] for i in range(inputs)] for o in range(outputs)]
    x_max = [sum(abs(X[s][i]) for s in range(samples)) / samples for i in range(inputs)]

    def forward(w):
        return [sum(X[s][i] * w[o][i] for i in range(inputs)) for s in range(samples) for o in range(outputs)]

    org_out = forward(W)
    best_error, best_ratio, best_scales, best_w, losses = float("inf"), -1, None, None, []
    for r in range(n_grid):
        ratio = r * 1 / n_grid
        scales = [max(m ** ratio, 1e-4) for m in x_max]
        norm = math.sqrt(max(scales) * min(scales))
        scales = [s / norm for s in scales]
        q = pseudo_quantize([[row[i] * scales[i] for i in range(inputs)] for row in W], group, bits)
        w = [[row[i] / scales[i] for i in range(inputs)] for row in q]
        out = forward(w)
        loss = sum((a - b) ** 2 for a, b in zip(org_out, out)) / len(out)
        losses.append(loss)
        if loss < best_error:
            best_error, best_ratio, best_scales, best_w = loss, ratio, scales, w
    return dict(alpha=best_ratio, scales=best_scales, losses=losses,
                dequantized=[best_w[o][i] for i in range(inputs) for o in range(outputs)])
