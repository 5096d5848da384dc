"""The textbook formulas for the 31 activations, as people write them in NumPy.

Each entry maps an id to (f, df): vectorized functions of a NumPy array whose dtype (float64
or float32) they keep. They are the direct transcriptions (1/(1 + exp(−x)), log(1 + exp(x)),
x − tanh(x), 1 − tanh²), with no rearrangement for stability: the point of comparison.
"""
import math

import numpy as np

SQRT_2_OVER_PI = math.sqrt(2 / math.pi)
LAMBDA = 1.0507009873554804934193349852946
ALPHA = 1.6732632423543772848170429916717


def erf(x):
    return np.vectorize(math.erf, otypes=[x.dtype])(x)


def sig(x):
    return 1 / (1 + np.exp(-x))


def cdf(x):
    return 0.5 * (1 + erf(x / math.sqrt(2)))


def pdf(x):
    return np.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def piecewise(slope_left, slope_right=1.0):
    return (lambda x: np.where(x >= 0, x * slope_right, x * slope_left),
            lambda x: np.where(x >= 0, slope_right, slope_left) + 0 * x)


def build():
    u = lambda x: SQRT_2_OVER_PI * (x + 0.044715 * x ** 3)
    du = lambda x: SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x ** 2)
    omega = lambda x: np.tanh(np.log(1 + np.exp(x)))
    rrelu_slope = (0.125 + 0.3333333333333333) / 2
    return {
        "identity": (lambda x: x, lambda x: 1 + 0 * x),
        "step": (lambda x: np.where(x >= 0, 1, 0).astype(x.dtype), lambda x: 0 * x),
        "sigmoid": (sig, lambda x: sig(x) * (1 - sig(x))),
        "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
        "relu": (lambda x: np.maximum(x, 0), lambda x: np.where(x > 0, 1, 0).astype(x.dtype)),
        "leaky-relu": piecewise(0.01),
        "prelu": piecewise(0.25),
        "frelu": (lambda x: np.maximum(x, 0) - 0.5, lambda x: np.where(x > 0, 1, 0).astype(x.dtype)),
        "elu": (lambda x: np.where(x > 0, x, np.exp(x) - 1), lambda x: np.where(x > 0, 1, np.exp(x))),
        "selu": (lambda x: LAMBDA * np.where(x > 0, x, ALPHA * (np.exp(x) - 1)),
                 lambda x: LAMBDA * np.where(x > 0, 1, ALPHA * np.exp(x))),
        "celu": (lambda x: np.where(x > 0, x, np.exp(x) - 1), lambda x: np.where(x > 0, 1, np.exp(x))),
        "gelu": (lambda x: x * cdf(x), lambda x: cdf(x) + x * pdf(x)),
        "gelu-tanh": (lambda x: 0.5 * x * (1 + np.tanh(u(x))),
                      lambda x: 0.5 * (1 + np.tanh(u(x))) + 0.5 * x * (1 - np.tanh(u(x)) ** 2) * du(x)),
        "gelu-sigmoid": (lambda x: x * sig(1.702 * x),
                         lambda x: sig(1.702 * x) + 1.702 * x * sig(1.702 * x) * (1 - sig(1.702 * x))),
        "silu": (lambda x: x * sig(x), lambda x: sig(x) * (1 + x * (1 - sig(x)))),
        "swish": (lambda x: x * sig(x), lambda x: sig(x) * (1 + x * (1 - sig(x)))),
        "mish": (lambda x: x * omega(x), lambda x: omega(x) + x * (1 - omega(x) ** 2) * sig(x)),
        "softplus": (lambda x: np.log(1 + np.exp(x)), sig),
        "relu6": (lambda x: np.minimum(np.maximum(x, 0), 6), lambda x: np.where((x > 0) & (x < 6), 1, 0).astype(x.dtype)),
        "hardtanh": (lambda x: np.clip(x, -1, 1), lambda x: np.where(abs(x) < 1, 1, 0).astype(x.dtype)),
        "hardsigmoid": (lambda x: np.clip(x / 6 + 0.5, 0, 1), lambda x: np.where(abs(x) < 3, 1 / 6, 0).astype(x.dtype)),
        "hardswish": (lambda x: x * np.clip(x + 3, 0, 6) / 6,
                      lambda x: np.where(x < -3, 0, np.where(x > 3, 1, (2 * x + 3) / 6)).astype(x.dtype)),
        "softsign": (lambda x: x / (1 + abs(x)), lambda x: 1 / (1 + abs(x)) ** 2),
        "logsigmoid": (lambda x: np.log(1 / (1 + np.exp(-x))), lambda x: 1 - sig(x)),
        "tanhshrink": (lambda x: x - np.tanh(x), lambda x: np.tanh(x) ** 2),
        "softshrink": (lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0)).astype(x.dtype),
                       lambda x: np.where(abs(x) > 0.5, 1, 0).astype(x.dtype)),
        "hardshrink": (lambda x: np.where(abs(x) > 0.5, x, 0).astype(x.dtype), lambda x: np.where(abs(x) > 0.5, 1, 0).astype(x.dtype)),
        "rrelu": piecewise(rrelu_slope),
        "squareplus": (lambda x: (x + np.sqrt(x * x + 4)) / 2, lambda x: (1 + x / np.sqrt(x * x + 4)) / 2),
        "sparse-plus": (lambda x: np.where(x <= -1, 0, np.where(x >= 1, x, (x + 1) ** 2 / 4)).astype(x.dtype),
                        lambda x: np.where(x <= -1, 0, np.where(x >= 1, 1, (x + 1) / 2)).astype(x.dtype)),
        "exponential": (np.exp, np.exp),
    }


TEXTBOOK = build()
