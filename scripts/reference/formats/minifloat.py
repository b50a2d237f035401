"""Minifloat formats from their definitions, by enumeration (independent of the TypeScript's arithmetic).

SOURCE: IEEE 754-2019 binary16; bfloat16 (float32's top half); OCP 8-bit Floating Point Specification (OFP8) rev. 1.0
(E4M3: bias 7, no infinities, NaN only S.1111.111; E5M2: bias 15, IEEE-like); OCP Microscaling Formats (MX) v1.0
(E2M1: bias 1, no Inf/NaN). Every bit pattern is decoded; a value is rounded to the nearest finite value, ties to the
even bit pattern, with one virtual pattern past the largest finite value (its successor) so that the overflow
threshold falls where round-to-nearest-even with an unbounded exponent puts it.
"""
import math
from bisect import bisect_left
from fractions import Fraction

FORMATS = {
    "fp16": dict(e=5, m=10, bias=15, inf=True, nan=True),
    "bf16": dict(e=8, m=7, bias=127, inf=True, nan=True),
    "fp8-e4m3": dict(e=4, m=3, bias=7, inf=False, nan=True),
    "fp8-e5m2": dict(e=5, m=2, bias=15, inf=True, nan=True),
    "fp4-e2m1": dict(e=2, m=1, bias=1, inf=False, nan=False),
}


def decode(bits, name):
    """Value of a non-negative bit pattern (sign bit clear) as a Fraction, or None for Inf/NaN patterns."""
    f = FORMATS[name]
    exp, man = bits >> f["m"], bits & ((1 << f["m"]) - 1)
    top = (1 << f["e"]) - 1
    if f["inf"] and exp == top:
        return None
    if f["nan"] and not f["inf"] and exp == top and man == (1 << f["m"]) - 1:
        return None
    if exp == 0:
        return Fraction(man, 1 << f["m"]) * Fraction(2) ** (1 - f["bias"])
    return (1 + Fraction(man, 1 << f["m"])) * Fraction(2) ** (exp - f["bias"])


_TABLES = {}


def table(name):
    """(values, patterns) of all finite non-negative values ascending, plus the virtual successor of the max."""
    if name not in _TABLES:
        f = FORMATS[name]
        pairs = []
        for bits in range(1 << (f["e"] + f["m"])):
            v = decode(bits, name)
            if v is not None:
                pairs.append((v, bits))
        pairs.sort()
        vmax, bmax = pairs[-1]
        ulp = vmax - pairs[-2][0]
        pairs.append((vmax + ulp, bmax + 1))  # the value the next pattern would have with an unbounded exponent
        _TABLES[name] = ([p[0] for p in pairs], [p[1] for p in pairs])
    return _TABLES[name]


def max_finite(name):
    values, _ = table(name)
    return values[-2]


def round_to(x, name, saturate=True):
    """Nearest value (float), ties to the even pattern; overflow -> +-max (saturate) or +-inf / nan."""
    if x != x:
        return float("nan")
    sign = math.copysign(1.0, x)
    values, patterns = table(name)
    f = FORMATS[name]
    if abs(x) == float("inf"):
        k = len(values) - 1
    else:
        a = Fraction(abs(x))
        k = bisect_left(values, a)
        if k >= len(values):
            k = len(values) - 1
        elif values[k] != a and k > 0:
            lo, hi = values[k - 1], values[k]
            if a - lo < hi - a or (a - lo == hi - a and patterns[k - 1] % 2 == 0):
                k -= 1
    if k == len(values) - 1:  # overflow
        if saturate:
            return sign * float(values[-2])
        return sign * float("inf") if f["inf"] else float("nan")
    return sign * float(values[k])


def encode(v, name):
    """Bit pattern of a representable value v (a float already rounded), NaN -> the format's NaN pattern."""
    f = FORMATS[name]
    width = 1 + f["e"] + f["m"]
    if v != v:
        if f["inf"]:
            return (((1 << f["e"]) - 1) << f["m"]) | (1 << (f["m"] - 1))
        return (1 << (f["e"] + f["m"])) - 1
    sign = 1 if math.copysign(1.0, v) < 0 else 0
    if abs(v) == float("inf"):
        bits = ((1 << f["e"]) - 1) << f["m"]
    else:
        values, patterns = table(name)
        k = values.index(Fraction(abs(v)))
        bits = patterns[k]
    return (sign << (width - 1)) | bits
