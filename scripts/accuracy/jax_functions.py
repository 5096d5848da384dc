"""JAX's activations (jax.nn where it has one; marked composite otherwise), and their
derivatives by jax.grad. Imported only if JAX imports."""
import jax

jax.config.update("jax_enable_x64", True)
import jax.numpy as jnp  # noqa: E402
import jax.nn as nn  # noqa: E402

RRELU_SLOPE = (0.125 + 0.3333333333333333) / 2

# id -> (function of a scalar jnp value, name shown in the report, is it jax.nn's own)
JAX = {
    "identity": (nn.identity, "jax.nn.identity", True),
    "step": (lambda x: jnp.heaviside(x, 1.0).astype(x.dtype), "jnp.heaviside(x, 1)", False),
    "sigmoid": (nn.sigmoid, "jax.nn.sigmoid", True),
    "tanh": (jnp.tanh, "jnp.tanh", True),
    "relu": (nn.relu, "jax.nn.relu", True),
    "leaky-relu": (lambda x: nn.leaky_relu(x, 0.01), "jax.nn.leaky_relu", True),
    "prelu": (lambda x: nn.leaky_relu(x, 0.25), "jax.nn.leaky_relu(x, 0.25)", True),
    "frelu": (lambda x: nn.relu(x) - 0.5, "jax.nn.relu(x) − 0.5", False),
    "elu": (nn.elu, "jax.nn.elu", True),
    "selu": (nn.selu, "jax.nn.selu", True),
    "celu": (nn.celu, "jax.nn.celu", True),
    "gelu": (lambda x: nn.gelu(x, approximate=False), "jax.nn.gelu(approximate=False)", True),
    "gelu-tanh": (lambda x: nn.gelu(x, approximate=True), "jax.nn.gelu(approximate=True)", True),
    "gelu-sigmoid": (lambda x: x * nn.sigmoid(1.702 * x), "x·jax.nn.sigmoid(1.702x)", False),
    "silu": (nn.silu, "jax.nn.silu", True),
    "swish": (nn.swish, "jax.nn.swish", True),
    "mish": (nn.mish, "jax.nn.mish", True),
    "softplus": (nn.softplus, "jax.nn.softplus", True),
    "relu6": (nn.relu6, "jax.nn.relu6", True),
    "hardtanh": (nn.hard_tanh, "jax.nn.hard_tanh", True),
    "hardsigmoid": (nn.hard_sigmoid, "jax.nn.hard_sigmoid", True),
    "hardswish": (nn.hard_swish, "jax.nn.hard_swish", True),
    "softsign": (nn.soft_sign, "jax.nn.soft_sign", True),
    "logsigmoid": (nn.log_sigmoid, "jax.nn.log_sigmoid", True),
    "tanhshrink": (lambda x: x - jnp.tanh(x), "x − jnp.tanh(x)", False),
    "softshrink": (lambda x: jnp.where(x > 0.5, x - 0.5, jnp.where(x < -0.5, x + 0.5, 0.0)).astype(x.dtype), "jnp.where", False),
    "hardshrink": (lambda x: jnp.where(jnp.abs(x) > 0.5, x, 0.0).astype(x.dtype), "jnp.where", False),
    "rrelu": (lambda x: nn.leaky_relu(x, RRELU_SLOPE), "jax.nn.leaky_relu(x, (l + u)/2)", True),
    "squareplus": (lambda x: nn.squareplus(x, 4.0), "jax.nn.squareplus", True),
    "sparse-plus": (nn.sparse_plus, "jax.nn.sparse_plus", True),
    "exponential": (jnp.exp, "jnp.exp", True),
}


def evaluate(fid, xs, dtype):
    """(values, derivatives) of JAX's version of `fid` at the NumPy array xs, in dtype."""
    import numpy as np
    f = JAX[fid][0]
    x = jnp.asarray(xs, dtype=dtype)
    values = np.asarray(jax.vmap(f)(x), dtype=np.float64)
    slopes = np.asarray(jax.vmap(jax.grad(f))(x), dtype=np.float64)
    return values, slopes
