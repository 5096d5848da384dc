"""The activations written the fastest way NumPy and SciPy offer, for the throughput
comparison: ufuncs and scipy.special where they exist (expit, ndtr, log_expit,
logaddexp), whole-array expressions otherwise. Each function takes an array (float64 or
float32) and returns a new array of the same dtype, as code calling NumPy does.

Parameters are the defaults of Nonlin's built-ins (Catalog.parameters(ofBuiltIn:)).
"""
import math

import numpy as np
from scipy import special

SQRT_2_OVER_PI = math.sqrt(2 / math.pi)
SELU_LAMBDA = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
RRELU_SLOPE = (1 / 8 + 1 / 3) / 2


def _c(x, value):
    """A scalar constant in x's dtype, so float32 arrays stay float32."""
    return x.dtype.type(value)


def _where(condition, a, b, x):
    return np.where(condition, a, b).astype(x.dtype, copy=False)


FUNCTIONS = {
    "identity": lambda x: x.copy(),
    "step": lambda x: np.heaviside(x, _c(x, 1)),
    "sigmoid": special.expit,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, _c(x, 0)),
    "leaky-relu": lambda x: np.maximum(x, _c(x, 0.01) * x),
    "prelu": lambda x: np.maximum(x, _c(x, 0.25) * x),
    "rrelu": lambda x: np.maximum(x, _c(x, RRELU_SLOPE) * x),
    "frelu": lambda x: np.maximum(x, _c(x, 0)) + _c(x, -0.5),
    "elu": lambda x: _where(x > 0, x, np.expm1(x), x),
    "selu": lambda x: _c(x, SELU_LAMBDA) * _where(x > 0, x, _c(x, SELU_ALPHA) * np.expm1(x), x),
    "celu": lambda x: _where(x > 0, x, np.expm1(x), x),
    "gelu": lambda x: x * special.ndtr(x),
    "gelu-tanh": lambda x: _c(x, 0.5) * x * (1 + np.tanh(_c(x, SQRT_2_OVER_PI) * (x + _c(x, 0.044715) * x * x * x))),
    "gelu-sigmoid": lambda x: x * special.expit(_c(x, 1.702) * x),
    "silu": lambda x: x * special.expit(x),
    "swish": lambda x: x * special.expit(x),
    "mish": lambda x: x * np.tanh(np.logaddexp(_c(x, 0), x)),
    "softplus": lambda x: np.logaddexp(_c(x, 0), x),
    "relu6": lambda x: np.clip(x, _c(x, 0), _c(x, 6)),
    "hardtanh": lambda x: np.clip(x, _c(x, -1), _c(x, 1)),
    "hardsigmoid": lambda x: np.clip(x / _c(x, 6) + _c(x, 0.5), _c(x, 0), _c(x, 1)),
    "hardswish": lambda x: x * np.clip(x / _c(x, 6) + _c(x, 0.5), _c(x, 0), _c(x, 1)),
    "softsign": lambda x: x / (1 + np.abs(x)),
    "logsigmoid": special.log_expit,
    "tanhshrink": lambda x: x - np.tanh(x),
    "softshrink": lambda x: _where(x > 0.5, x - _c(x, 0.5), _where(x < -0.5, x + _c(x, 0.5), 0, x), x),
    "hardshrink": lambda x: _where(np.abs(x) > 0.5, x, 0, x),
    "squareplus": lambda x: (x + np.sqrt(x * x + _c(x, 4))) / _c(x, 2),
    "sparse-plus": lambda x: _where(x <= -1, 0, _where(x >= 1, x, (x + 1) * (x + 1) / _c(x, 4), x), x),
    "exponential": np.exp,
}
