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
    func value(_ x: Double) -> Double {
        switch self {
        case .identity: BuiltIns.identity(x)
        case .step: BuiltIns.step(x)
        case .sigmoid: BuiltIns.sigmoid(x)
        case .tanh: BuiltIns.tanh(x)
        case .relu: BuiltIns.relu(x)
        case .leakyReLU(let s): BuiltIns.leakyReLU(x, negativeSlope: s)
        case .prelu(let a): BuiltIns.prelu(x, a: a)
        case .frelu(let b): BuiltIns.frelu(x, b: b)
        case .elu(let alpha): BuiltIns.elu(x, alpha: alpha)
        case .selu: BuiltIns.selu(x)
        case .celu(let alpha): BuiltIns.celu(x, alpha: alpha)
        case .gelu: BuiltIns.gelu(x)
        case .geluTanh: BuiltIns.geluTanh(x)
        case .geluSigmoid: BuiltIns.geluSigmoid(x)
        case .silu: BuiltIns.silu(x)
        case .swish(let beta): BuiltIns.swish(x, beta: beta)
        case .mish: BuiltIns.mish(x)
        case .softplus(let beta): BuiltIns.softplus(x, beta: beta)
        case .relu6: BuiltIns.relu6(x)
        case .hardtanh(let lo, let hi): BuiltIns.hardtanh(x, minVal: lo, maxVal: hi)
        case .hardsigmoid: BuiltIns.hardsigmoid(x)
        case .hardswish: BuiltIns.hardswish(x)
        case .softsign: BuiltIns.softsign(x)
        case .logsigmoid: BuiltIns.logsigmoid(x)
        case .tanhshrink: BuiltIns.tanhshrink(x)
        case .softshrink(let l): BuiltIns.softshrink(x, lambd: l)
        case .hardshrink(let l): BuiltIns.hardshrink(x, lambd: l)
        case .rrelu(let lower, let upper): BuiltIns.rrelu(x, lower: lower, upper: upper)
        case .squareplus(let b): BuiltIns.squareplus(x, b: b)
        case .sparsePlus: BuiltIns.sparsePlus(x)
        case .exponential: BuiltIns.exponential(x)
        }
    }

    /// f′(x) in Double; at a breakpoint, the derivative of the piece that owns the point.
    @inlinable
    func derivative(_ x: Double) -> Double {
        switch self {
        case .identity: BuiltIns.identityDerivative(x)
        case .step: BuiltIns.stepDerivative(x)
        case .sigmoid: BuiltIns.sigmoidDerivative(x)
        case .tanh: BuiltIns.tanhDerivative(x)
        case .relu: BuiltIns.reluDerivative(x)
        case .leakyReLU(let s): BuiltIns.leakyReLUDerivative(x, negativeSlope: s)
        case .prelu(let a): BuiltIns.preluDerivative(x, a: a)
        case .frelu(let b): BuiltIns.freluDerivative(x, b: b)
        case .elu(let alpha): BuiltIns.eluDerivative(x, alpha: alpha)
        case .selu: BuiltIns.seluDerivative(x)
        case .celu(let alpha): BuiltIns.celuDerivative(x, alpha: alpha)
        case .gelu: BuiltIns.geluDerivative(x)
        case .geluTanh: BuiltIns.geluTanhDerivative(x)
        case .geluSigmoid: BuiltIns.geluSigmoidDerivative(x)
        case .silu: BuiltIns.siluDerivative(x)
        case .swish(let beta): BuiltIns.swishDerivative(x, beta: beta)
        case .mish: BuiltIns.mishDerivative(x)
        case .softplus(let beta): BuiltIns.softplusDerivative(x, beta: beta)
        case .relu6: BuiltIns.relu6Derivative(x)
        case .hardtanh(let lo, let hi): BuiltIns.hardtanhDerivative(x, minVal: lo, maxVal: hi)
        case .hardsigmoid: BuiltIns.hardsigmoidDerivative(x)
        case .hardswish: BuiltIns.hardswishDerivative(x)
        case .softsign: BuiltIns.softsignDerivative(x)
        case .logsigmoid: BuiltIns.logsigmoidDerivative(x)
        case .tanhshrink: BuiltIns.tanhshrinkDerivative(x)
        case .softshrink(let l): BuiltIns.softshrinkDerivative(x, lambd: l)
        case .hardshrink(let l): BuiltIns.hardshrinkDerivative(x, lambd: l)
        case .rrelu(let lower, let upper): BuiltIns.rreluDerivative(x, lower: lower, upper: upper)
        case .squareplus(let b): BuiltIns.squareplusDerivative(x, b: b)
        case .sparsePlus: BuiltIns.sparsePlusDerivative(x)
        case .exponential: BuiltIns.exponentialDerivative(x)
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
