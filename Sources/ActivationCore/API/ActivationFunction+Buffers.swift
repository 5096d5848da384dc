/// Evaluation over buffers. The activation is resolved once per call, then one tight loop per
/// built-in runs with the function inlined (specialized generic code, no per-element dispatch).
///
/// f of the built-ins that are not a few linear pieces, and f′ of those built on exp, run as
/// vector kernels (`Vector/`; `BuiltInKernel+Lanes.swift` lists them): eight Double lanes at a time,
/// branch-free, within the same ulp bounds as the scalar functions but not always bit-equal to
/// them; `Float` buffers are widened to Double lanes (computed to about 2⁻³⁰) and rounded once.
/// The other built-ins (whose scalar loops the compiler vectorises) loop over the scalar function
/// (`Float` evaluated in `Double` and rounded once, like `value(_: Float)`). Formulas run through
/// their `Program` in `Double` (bit for bit the scalar functions), and through `Float`
/// closures compiled once per call in single precision.
/// These entry points are not inlinable, so the loops are compiled with ActivationCore's
/// code-generation flags.
/// Derivatives take the one-sided value at kinks, as `derivativeIgnoringKinks(_:)` does.
extension ActivationFunction {
    /// Writes f(input[i]) to output[i]; `output` must be at least as long as `input`.
    public func evaluate(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        switch storage {
        case .builtIn(let kernel):
            if kernel.visitValueLanes(LaneBufferMap(input: input, output: output)) { return }
            kernel.withFunction(derivative: false) { Self.map(input, output, $0) }
        case .interpreted(let function): function.valueProgram.evaluate(input, into: output)
        }
    }

    /// Writes f(input[i]) to output[i] in single precision.
    public func evaluate(_ input: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>) {
        switch storage {
        case .builtIn(let kernel):
            if kernel.visitValueLanes(FloatLaneBufferMap(input: input, output: output)) { return }
            kernel.withFunction(derivative: false) { Self.mapWidened(input, output, $0) }
        case .interpreted(let function): Self.map(input, output, function.valueFloat)
        }
    }

    /// Writes f′(input[i]) to output[i] (one-sided at kinks).
    public func evaluateDerivative(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        switch storage {
        case .builtIn(let kernel):
            if kernel.visitDerivativeLanes(LaneBufferMap(input: input, output: output)) { return }
            kernel.withFunction(derivative: true) { Self.map(input, output, $0) }
        case .interpreted(let function): function.derivativeProgram.evaluate(input, into: output)
        }
    }

    /// Writes f′(input[i]) to output[i] in single precision (one-sided at kinks).
    public func evaluateDerivative(_ input: UnsafeBufferPointer<Float>, into output: UnsafeMutableBufferPointer<Float>) {
        switch storage {
        case .builtIn(let kernel):
            if kernel.visitDerivativeLanes(FloatLaneBufferMap(input: input, output: output)) { return }
            kernel.withFunction(derivative: true) { Self.mapWidened(input, output, $0) }
        case .interpreted(let function): Self.map(input, output, function.derivativeFloat)
        }
    }

    /// f at every x, each bit for bit `value(_:)`: a formula through its `Program` (one
    /// pass per block of x), a built-in through its scalar function in one loop (not the
    /// vector kernels, which may differ in the last bit). For plots, whose drawing must not
    /// depend on whether a point was evaluated alone or in a batch.
    public func values(_ xs: [Double]) -> [Double] {
        switch storage {
        case .builtIn(let kernel): kernel.withFunction(derivative: false) { xs.map($0) }
        case .interpreted(let function): function.valueProgram.evaluate(xs)
        }
    }

    /// f′ at every x (one-sided at kinks), each bit for bit `derivativeIgnoringKinks(_:)`.
    public func derivativesIgnoringKinks(_ xs: [Double]) -> [Double] {
        switch storage {
        case .builtIn(let kernel): kernel.withFunction(derivative: true) { xs.map($0) }
        case .interpreted(let function): function.derivativeProgram.evaluate(xs)
        }
    }

    /// f and f′ (one-sided at kinks) at every x, each bit for bit `values(_:)` and
    /// `derivativesIgnoringKinks(_:)`: a formula's from one pass of the program that compiles
    /// f′ and f together (their common parts computed once), a built-in's from its two loops.
    /// For plots that show both at the same x.
    public func valuesAndDerivativesIgnoringKinks(_ xs: [Double]) -> (values: [Double], derivatives: [Double]) {
        switch storage {
        case .builtIn: return (values(xs), derivativesIgnoringKinks(xs))
        case .interpreted(let function):
            let rows = function.derivativeAndValueProgram.evaluateAll(xs)
            return (rows[1], rows[0])
        }
    }

    /// f at every element.
    @inlinable
    public func evaluate(_ input: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { evaluate($0, into: output) }
            count = input.count
        }
    }

    /// f at every element, in single precision.
    @inlinable
    public func evaluate(_ input: [Float]) -> [Float] {
        [Float](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { evaluate($0, into: output) }
            count = input.count
        }
    }

    /// f′ at every element (one-sided at kinks).
    @inlinable
    public func evaluateDerivative(_ input: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { evaluateDerivative($0, into: output) }
            count = input.count
        }
    }

    /// f′ at every element, in single precision (one-sided at kinks).
    @inlinable
    public func evaluateDerivative(_ input: [Float]) -> [Float] {
        [Float](unsafeUninitializedCapacity: input.count) { output, count in
            input.withUnsafeBufferPointer { evaluateDerivative($0, into: output) }
            count = input.count
        }
    }

    @inline(__always)
    static func map<T>(_ input: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>, _ f: (T) -> T) {
        precondition(output.count >= input.count, "output buffer shorter than input")
        guard let source = input.baseAddress, let destination = output.baseAddress else { return }
        for i in 0..<input.count { destination[i] = f(source[i]) }
    }

    @inline(__always)
    static func mapWidened(_ input: UnsafeBufferPointer<Float>, _ output: UnsafeMutableBufferPointer<Float>, _ f: (Double) -> Double) {
        precondition(output.count >= input.count, "output buffer shorter than input")
        guard let source = input.baseAddress, let destination = output.baseAddress else { return }
        for i in 0..<input.count { destination[i] = Float(f(Double(source[i]))) }
    }
}
