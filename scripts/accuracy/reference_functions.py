"""Exact definitions of Nonlin's 31 built-in activations and their derivatives, in mpmath.

Each entry maps an id to (f, df, kinks): f(x) and df(x) take and return mpmath numbers at the
working precision; df returns None where the derivative does not exist; kinks lists the
breakpoints (where df is None). Parameters take their catalog defaults as binary doubles
(the values Nonlin receives); constants that define a function (SELU's λ and α, 0.044715,
1.702) are exact decimals. Forms are chosen so that 60 digits are never lost to cancellation
(expm1, log1p, series for x − tanh x near 0).
"""
from mpmath import mp, mpf

mp.dps = 60

SELU_LAMBDA = mpf("1.0507009873554804934193349852946")
SELU_ALPHA = mpf("1.6732632423543772848170429916717")
GELU_TANH_C = mpf("0.044715")
GELU_SIGMOID_K = mpf("1.702")


def sigmoid(t):
    return 1 / (1 + mp.exp(-t))


def softplus(t):
    return t + mp.log1p(mp.exp(-t)) if t > 0 else mp.log1p(mp.exp(t))


def tanhshrink(x):
    if abs(x) < mpf("1e-4"):
        t = x * x  # x³/3 − 2x⁵/15 + 17x⁷/315 − 62x⁹/2835 + 1382x¹¹/155925
        return x * t * (mpf(1) / 3 - t * (mpf(2) / 15 - t * (mpf(17) / 315 - t * (mpf(62) / 2835 - t * mpf(1382) / 155925))))
    return x - mp.tanh(x)


def sech2(u):
    return 1 / mp.cosh(u) ** 2


def piecewise_linear(slope_left, slope_right, at=0, offset=0):
    f = lambda x: (x * slope_right if x >= at else x * slope_left) + offset
    df = lambda x: None if x == at else (slope_right if x > at else slope_left)
    return f, df, [at]


def gelu_tanh_u(x):
    return mp.sqrt(2 / mp.pi) * (x + GELU_TANH_C * x ** 3)


def gelu_tanh_du(x):
    return mp.sqrt(2 / mp.pi) * (1 + 3 * GELU_TANH_C * x ** 2)


def mish_omega(x):
    return mp.tanh(softplus(x))


def build():
    d = {}
    d["identity"] = (lambda x: x, lambda x: mpf(1), [])
    d["step"] = (lambda x: mpf(1) if x >= 0 else mpf(0), lambda x: None if x == 0 else mpf(0), [0])
    d["sigmoid"] = (sigmoid, lambda x: sigmoid(x) * sigmoid(-x), [])
    d["tanh"] = (mp.tanh, lambda x: sech2(x), [])
    d["relu"] = piecewise_linear(0, 1)
    d["leaky-relu"] = piecewise_linear(mpf(0.01), 1)
    d["prelu"] = piecewise_linear(mpf(0.25), 1)
    d["frelu"] = (lambda x: max(x, 0) + mpf(-0.5), lambda x: None if x == 0 else mpf(1 if x > 0 else 0), [0])
    d["elu"] = (lambda x: x if x > 0 else mp.expm1(x), lambda x: mpf(1) if x > 0 else mp.exp(x), [])
    d["selu"] = (lambda x: SELU_LAMBDA * (x if x > 0 else SELU_ALPHA * mp.expm1(x)),
                 lambda x: None if x == 0 else SELU_LAMBDA * (1 if x > 0 else SELU_ALPHA * mp.exp(x)), [0])
    d["celu"] = (lambda x: x if x > 0 else mp.expm1(x), lambda x: mpf(1) if x > 0 else mp.exp(x), [])
    d["gelu"] = (lambda x: x * mp.ncdf(x), lambda x: mp.ncdf(x) + x * mp.npdf(x), [])
    d["gelu-tanh"] = (lambda x: x * sigmoid(2 * gelu_tanh_u(x)),
                      lambda x: sigmoid(2 * gelu_tanh_u(x)) + x / 2 * sech2(gelu_tanh_u(x)) * gelu_tanh_du(x), [])
    d["gelu-sigmoid"] = (lambda x: x * sigmoid(GELU_SIGMOID_K * x),
                         lambda x: sigmoid(GELU_SIGMOID_K * x) * (1 + GELU_SIGMOID_K * x * sigmoid(-GELU_SIGMOID_K * x)), [])
    d["silu"] = (lambda x: x * sigmoid(x), lambda x: sigmoid(x) * (1 + x * sigmoid(-x)), [])
    d["swish"] = d["silu"]
    d["mish"] = (lambda x: x * mish_omega(x),
                 lambda x: mish_omega(x) + x * (1 - mish_omega(x) ** 2) * sigmoid(x), [])
    d["softplus"] = (softplus, sigmoid, [])
    d["relu6"] = (lambda x: min(max(x, 0), 6), lambda x: None if x in (0, 6) else mpf(1 if 0 < x < 6 else 0), [0, 6])
    d["hardtanh"] = (lambda x: min(max(x, -1), 1), lambda x: None if x in (-1, 1) else mpf(1 if -1 < x < 1 else 0), [-1, 1])
    d["hardsigmoid"] = (lambda x: min(max(x + 3, 0), 6) / 6,
                        lambda x: None if x in (-3, 3) else (mpf(1) / 6 if -3 < x < 3 else mpf(0)), [-3, 3])
    d["hardswish"] = (lambda x: x * min(max(x + 3, 0), 6) / 6,
                      lambda x: None if x in (-3, 3) else ((2 * x + 3) / 6 if -3 < x < 3 else mpf(0 if x < -3 else 1)), [-3, 3])
    d["softsign"] = (lambda x: x / (1 + abs(x)), lambda x: 1 / (1 + abs(x)) ** 2, [])
    d["logsigmoid"] = (lambda x: -softplus(-x), lambda x: sigmoid(-x), [])
    d["tanhshrink"] = (tanhshrink, lambda x: mp.tanh(x) ** 2, [])
    lam = mpf(0.5)
    d["softshrink"] = (lambda x: x - lam if x > lam else (x + lam if x < -lam else mpf(0)),
                       lambda x: None if abs(x) == lam else mpf(1 if abs(x) > lam else 0), [-0.5, 0.5])
    d["hardshrink"] = (lambda x: x if abs(x) > lam else mpf(0),
                       lambda x: None if abs(x) == lam else mpf(1 if abs(x) > lam else 0), [-0.5, 0.5])
    slope = (mpf(0.125) + mpf(0.3333333333333333)) / 2
    d["rrelu"] = piecewise_linear(slope, 1)
    b = mpf(4)
    d["squareplus"] = (lambda x: (x + mp.sqrt(x * x + b)) / 2 if x >= 0 else b / (2 * (mp.sqrt(x * x + b) - x)),
                       lambda x: (1 + x / mp.sqrt(x * x + b)) / 2, [])
    d["sparse-plus"] = (lambda x: mpf(0) if x <= -1 else (x if x >= 1 else (x + 1) ** 2 / 4),
                        lambda x: mpf(0) if x <= -1 else (mpf(1) if x >= 1 else (x + 1) / 2), [])
    d["exponential"] = (mp.exp, mp.exp, [])
    return d


FUNCTIONS = build()

# Roots of f′ (where an absolute error bound replaces the relative one), found by mpmath.
DERIVATIVE_ROOTS = {}
for _id in ("gelu", "gelu-tanh", "gelu-sigmoid", "silu", "swish", "mish"):
    DERIVATIVE_ROOTS[_id] = [mp.findroot(FUNCTIONS[_id][1], mpf(-1))]
