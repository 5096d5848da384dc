/// Something to do with a vector kernel, whatever its concrete type: running it over a buffer
/// (`LaneBufferMap`). The generic `visit` is specialised for each kernel, so the loop it runs
/// has the kernel inlined.
protocol LaneKernelVisitor {
    func visit<K: LaneKernel>(_ kernel: K)
}

/// Runs a kernel over an input and an output buffer of Doubles. (One non-generic visitor
/// per precision: a generic one measured up to 1.8× slower in Float, its loop less
/// specialised.)
struct LaneBufferMap: LaneKernelVisitor {
    let input: UnsafeBufferPointer<Double>
    let output: UnsafeMutableBufferPointer<Double>
    func visit<K: LaneKernel>(_ kernel: K) { kernel.map(input, output) }
}

/// Runs a kernel over an input and an output buffer of Floats.
struct FloatLaneBufferMap: LaneKernelVisitor {
    let input: UnsafeBufferPointer<Float>
    let output: UnsafeMutableBufferPointer<Float>
    func visit<K: LaneKernel>(_ kernel: K) { kernel.map(input, output) }
}

extension BuiltInKernel {
    /// Hands the vector kernel of f to `visitor` and returns true, or returns false for the
    /// built-ins whose scalar loop the compiler already vectorises (linear pieces that round
    /// once in the input type: relu, leaky-relu, hardtanh, …) and those without a kernel.
    func visitValueLanes(_ visitor: some LaneKernelVisitor) -> Bool {
        switch self {
        case .sigmoid: visitor.visit(SigmoidLanes())
        case .tanh: visitor.visit(TanhLanes())
        case .tanhshrink: visitor.visit(TanhshrinkLanes())
        case .mish: visitor.visit(MishLanes())
        case .silu: visitor.visit(SwishLanes(k: DoubleWord(1), scalar: BuiltIns.silu))
        case .swish(let beta): visitor.visit(SwishLanes(k: DoubleWord(beta)) { BuiltIns.swish($0, beta: beta) })
        case .geluSigmoid: visitor.visit(SwishLanes(k: Constant.geluSigmoidScale(), scalar: BuiltIns.geluSigmoid))
        case .gelu: visitor.visit(GELULanes())
        case .geluTanh: visitor.visit(GELUTanhLanes())
        case .softplus(let beta):
            visitor.visit(SoftplusLanes(beta: beta, sign: 1) { BuiltIns.softplus($0, beta: beta) })
        case .logsigmoid: visitor.visit(SoftplusLanes(beta: 1, sign: -1, scalar: BuiltIns.logsigmoid))
        case .exponential: visitor.visit(ExponentialLanes())
        case .elu(let alpha):
            visitor.visit(ELULanes(linear: DoubleWord(1), scale: DoubleWord(alpha), divisor: 1) { BuiltIns.elu($0, alpha: alpha) })
        case .celu(let alpha):
            visitor.visit(ELULanes(linear: DoubleWord(1), scale: DoubleWord(alpha), divisor: alpha) { BuiltIns.celu($0, alpha: alpha) })
        case .selu:
            visitor.visit(ELULanes(linear: Constant.seluLambda(), scale: Constant.seluLambdaAlpha(), divisor: 1, scalar: BuiltIns.selu))
        case .hardsigmoid: visitor.visit(HardsigmoidLanes())
        case .hardswish: visitor.visit(HardswishLanes())
        case .hardshrink(let lambd): visitor.visit(HardshrinkLanes(lambd: lambd))
        case .rrelu(let lower, let upper): visitor.visit(RReLULanes(lower: lower, upper: upper))
        case .softsign: visitor.visit(SoftsignLanes())
        case .squareplus(let b): visitor.visit(SquareplusLanes(b: b))
        case .sparsePlus: visitor.visit(SparsePlusLanes())
        default: return false
        }
        return true
    }
}

extension BuiltInKernel {
    /// Hands the vector kernel of f′ (one-sided at kinks, like `derivative(_:)`) to `visitor`
    /// and returns true, or returns false where the scalar loop serves.
    func visitDerivativeLanes(_ visitor: some LaneKernelVisitor) -> Bool {
        switch self {
        case .sigmoid: visitor.visit(BellLanes(k: 1, scale: 1, scalar: BuiltIns.sigmoidDerivative))
        case .tanh: visitor.visit(BellLanes(k: 2, scale: 4, scalar: BuiltIns.tanhDerivative))
        case .tanhshrink: visitor.visit(TanhshrinkDerivativeLanes())
        case .gelu: visitor.visit(GELUDerivativeLanes())
        case .mish: visitor.visit(MishDerivativeLanes())
        case .silu: visitor.visit(SwishDerivativeLanes(k: DoubleWord(1), scalar: BuiltIns.siluDerivative))
        case .swish(let beta):
            visitor.visit(SwishDerivativeLanes(k: DoubleWord(beta)) { BuiltIns.swishDerivative($0, beta: beta) })
        case .geluSigmoid:
            visitor.visit(SwishDerivativeLanes(k: Constant.geluSigmoidScale(), scalar: BuiltIns.geluSigmoidDerivative))
        case .geluTanh: visitor.visit(GELUTanhDerivativeLanes())
        case .softplus(let beta):
            visitor.visit(LogisticLanes(k: beta) { BuiltIns.softplusDerivative($0, beta: beta) })
        case .logsigmoid: visitor.visit(LogisticLanes(k: -1, scalar: BuiltIns.logsigmoidDerivative))
        case .exponential: visitor.visit(ExponentialLanes())
        case .elu(let alpha):
            visitor.visit(ELUDerivativeLanes(linear: 1, scale: DoubleWord(alpha), divisor: 1) { BuiltIns.eluDerivative($0, alpha: alpha) })
        case .celu(let alpha):
            visitor.visit(ELUDerivativeLanes(linear: 1, scale: DoubleWord(1), divisor: alpha) { BuiltIns.celuDerivative($0, alpha: alpha) })
        case .selu:
            visitor.visit(ELUDerivativeLanes(linear: Constant.seluLambda().value, scale: Constant.seluLambdaAlpha(), divisor: 1,
                                             scalar: BuiltIns.seluDerivative))
        default: return false
        }
        return true
    }
}
