import Formula
import RealModule

/// A built-in activation with its parameter values bound: the closed set `ActivationFunction`
/// switches over once per call (or once per buffer), never per element through a closure.
@usableFromInline
enum BuiltInKernel: Hashable, Sendable {
    case identity, step, sigmoid, tanh, relu
    case leakyReLU(negativeSlope: Double)
    case prelu(a: Double)
    case frelu(b: Double)
    case elu(alpha: Double)
    case selu
    case celu(alpha: Double)
    case gelu, geluTanh, geluSigmoid, silu
    case swish(beta: Double)
    case mish
    case softplus(beta: Double)
    case relu6
    case hardtanh(minVal: Double, maxVal: Double)
    case hardsigmoid, hardswish, softsign, logsigmoid, tanhshrink
    case softshrink(lambd: Double)
    case hardshrink(lambd: Double)
    case rrelu(lower: Double, upper: Double)
    case squareplus(b: Double)
    case sparsePlus, exponential

    /// f(x) in Double.
    @inlinable
    func value(_ x: Double) -> Double { withFunction(derivative: false) { $0(x) } }

    /// f′(x) in Double; at a breakpoint, the derivative of the piece that owns the point.
    @inlinable
    func derivative(_ x: Double) -> Double { withFunction(derivative: true) { $0(x) } }

    /// Calls `body` with f (or f′) as a plain Double function. One switch per call: when
    /// `body` loops over a buffer, each case becomes its own loop with the built-in inlined
    /// (no per-element dispatch or closure call).
    @inlinable @inline(__always)
    func withFunction<R>(derivative: Bool, _ body: ((Double) -> Double) -> R) -> R {
        switch self {
        case .identity:
            return derivative ? body(BuiltIns.identityDerivative) : body(BuiltIns.identity)
        case .step:
            return derivative ? body(BuiltIns.stepDerivative) : body(BuiltIns.step)
        case .sigmoid:
            return derivative ? body(BuiltIns.sigmoidDerivative) : body(BuiltIns.sigmoid)
        case .tanh:
            return derivative ? body(BuiltIns.tanhDerivative) : body(BuiltIns.tanh)
        case .relu:
            return derivative ? body(BuiltIns.reluDerivative) : body(BuiltIns.relu)
        case .leakyReLU(let s):
            return derivative ? body({ BuiltIns.leakyReLUDerivative($0, negativeSlope: s) }) : body({ BuiltIns.leakyReLU($0, negativeSlope: s) })
        case .prelu(let a):
            return derivative ? body({ BuiltIns.preluDerivative($0, a: a) }) : body({ BuiltIns.prelu($0, a: a) })
        case .frelu(let b):
            return derivative ? body({ BuiltIns.freluDerivative($0, b: b) }) : body({ BuiltIns.frelu($0, b: b) })
        case .elu(let alpha):
            return derivative ? body({ BuiltIns.eluDerivative($0, alpha: alpha) }) : body({ BuiltIns.elu($0, alpha: alpha) })
        case .selu:
            return derivative ? body(BuiltIns.seluDerivative) : body(BuiltIns.selu)
        case .celu(let alpha):
            return derivative ? body({ BuiltIns.celuDerivative($0, alpha: alpha) }) : body({ BuiltIns.celu($0, alpha: alpha) })
        case .gelu:
            return derivative ? body(BuiltIns.geluDerivative) : body(BuiltIns.gelu)
        case .geluTanh:
            return derivative ? body(BuiltIns.geluTanhDerivative) : body(BuiltIns.geluTanh)
        case .geluSigmoid:
            return derivative ? body(BuiltIns.geluSigmoidDerivative) : body(BuiltIns.geluSigmoid)
        case .silu:
            return derivative ? body(BuiltIns.siluDerivative) : body(BuiltIns.silu)
        case .swish(let beta):
            return derivative ? body({ BuiltIns.swishDerivative($0, beta: beta) }) : body({ BuiltIns.swish($0, beta: beta) })
        case .mish:
            return derivative ? body(BuiltIns.mishDerivative) : body(BuiltIns.mish)
        case .softplus(let beta):
            return derivative ? body({ BuiltIns.softplusDerivative($0, beta: beta) }) : body({ BuiltIns.softplus($0, beta: beta) })
        case .relu6:
            return derivative ? body(BuiltIns.relu6Derivative) : body(BuiltIns.relu6)
        case .hardtanh(let lo, let hi):
            return derivative ? body({ BuiltIns.hardtanhDerivative($0, minVal: lo, maxVal: hi) }) : body({ BuiltIns.hardtanh($0, minVal: lo, maxVal: hi) })
        case .hardsigmoid:
            return derivative ? body(BuiltIns.hardsigmoidDerivative) : body(BuiltIns.hardsigmoid)
        case .hardswish:
            return derivative ? body(BuiltIns.hardswishDerivative) : body(BuiltIns.hardswish)
        case .softsign:
            return derivative ? body(BuiltIns.softsignDerivative) : body(BuiltIns.softsign)
        case .logsigmoid:
            return derivative ? body(BuiltIns.logsigmoidDerivative) : body(BuiltIns.logsigmoid)
        case .tanhshrink:
            return derivative ? body(BuiltIns.tanhshrinkDerivative) : body(BuiltIns.tanhshrink)
        case .softshrink(let l):
            return derivative ? body({ BuiltIns.softshrinkDerivative($0, lambd: l) }) : body({ BuiltIns.softshrink($0, lambd: l) })
        case .hardshrink(let l):
            return derivative ? body({ BuiltIns.hardshrinkDerivative($0, lambd: l) }) : body({ BuiltIns.hardshrink($0, lambd: l) })
        case .rrelu(let lower, let upper):
            return derivative ? body({ BuiltIns.rreluDerivative($0, lower: lower, upper: upper) }) : body({ BuiltIns.rrelu($0, lower: lower, upper: upper) })
        case .squareplus(let b):
            return derivative ? body({ BuiltIns.squareplusDerivative($0, b: b) }) : body({ BuiltIns.squareplus($0, b: b) })
        case .sparsePlus:
            return derivative ? body(BuiltIns.sparsePlusDerivative) : body(BuiltIns.sparsePlus)
        case .exponential:
            return derivative ? body(BuiltIns.exponentialDerivative) : body(BuiltIns.exponential)
        }
    }

    /// Where f is not differentiable: jumps and kinks, known exactly.
    var breakpoints: [Breakpoint] {
        switch self {
        case .step: [Breakpoint(x: 0, kind: .jump)]
        case .relu, .frelu: [Breakpoint(x: 0, kind: .kink)]
        case .leakyReLU(let slope): slope == 1 ? [] : [Breakpoint(x: 0, kind: .kink)]
        case .prelu(let a): a == 1 ? [] : [Breakpoint(x: 0, kind: .kink)]
        case .rrelu(let lower, let upper): lower + upper == 2 ? [] : [Breakpoint(x: 0, kind: .kink)]
        case .elu(let alpha): alpha == 1 ? [] : [Breakpoint(x: 0, kind: .kink)]
        case .selu: [Breakpoint(x: 0, kind: .kink)]
        case .relu6: [Breakpoint(x: 0, kind: .kink), Breakpoint(x: 6, kind: .kink)]
        case .hardtanh(let lo, let hi):
            lo < hi ? [Breakpoint(x: lo, kind: .kink), Breakpoint(x: hi, kind: .kink)]
                : lo > hi ? [Breakpoint(x: lo, kind: .jump)] : []
        case .hardsigmoid, .hardswish: [Breakpoint(x: -3, kind: .kink), Breakpoint(x: 3, kind: .kink)]
        case .softshrink(let l):
            l > 0 ? [Breakpoint(x: -l, kind: .kink), Breakpoint(x: l, kind: .kink)] : []
        case .hardshrink(let l):
            l > 0 ? [Breakpoint(x: -l, kind: .jump), Breakpoint(x: l, kind: .jump)] : []
        case .squareplus(let b): b == 0 ? [Breakpoint(x: 0, kind: .kink)] : []  // (x + |x|)/2
        default: []
        }
    }

    /// Points where f is differentiable but some higher derivative is not continuous
    /// (pieces that join with equal slopes).
    var smoothJoins: [Double] {
        switch self {
        case .elu(let alpha): alpha == 1 ? [0] : []
        case .celu: [0]
        case .sparsePlus: [-1, 1]
        case .softsign: [0]  // f″ = −2·sign(x)/(1 + |x|)³ jumps from 2 to −2
        default: []
        }
    }
}
