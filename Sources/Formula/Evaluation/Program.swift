import RealModule

/// A formula compiled to a flat list of instructions, for evaluating it at many x at once.
///
/// Each instruction computes one node of the tree for a whole block of x values and writes
/// them to its own row of a scratch table; operands are rows computed earlier. Equal
/// subtrees are computed once (f′ often repeats `sigmoid(x)` or `exp(-x^2)`), parts that do
/// not depend on x are folded to constants, and there is no closure call, reference count
/// or dispatch per node per point: one `switch` per instruction per block.
///
/// Values are bit-for-bit those of `compiled(parameters:)`: the same operations in the
/// same order. Both branches of an `if` are computed and one is chosen per point (the
/// unused one may be NaN or infinite there, which never traps).
public struct Program: Sendable {
    /// One step; `Int` operands are rows of earlier instructions.
    enum Instruction: Sendable {
        case x
        case constant(Double)
        case negate(Int)
        case binary(BinaryOperator, Int, Int)
        /// u^n for a number n (u·u for 2, u·u·u for 3, as the closures do).
        case power(Int, Double)
        case unary(MathFunction, Int)
        case binaryCall(MathFunction, Int, Int)
        case clamp(Int, Int, Int)
        /// 1 when the comparison holds, 0 when not, NaN when an operand is NaN.
        case comparison(ComparisonOperator, Int, Int)
        case logical(LogicalOperator, Int, Int)
        /// A number used as a truth value: NaN stays NaN, otherwise 1 for non-zero.
        case truth(Int)
        /// The second row where the first is 1, the third where it is 0, NaN where NaN.
        case select(Int, Int, Int)
    }

    let instructions: [Instruction]
    /// The row with the formula's value.
    let result: Int
    /// The rows of the other formulas compiled with it (see `Expression.program(_:and:parameters:)`).
    var others: [Int] = []

    /// How many x values one pass over the instructions handles: small enough for the
    /// scratch table to stay in cache.
    static let blockSize = 256

    /// The values at every x in `xs`.
    public func evaluate(_ xs: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: xs.count) { output, count in
            xs.withUnsafeBufferPointer { evaluate($0, into: output) }
            count = xs.count
        }
    }

    /// Writes the value at input[i] to output[i]; `output` must be at least as long.
    public func evaluate(_ input: UnsafeBufferPointer<Double>, into output: UnsafeMutableBufferPointer<Double>) {
        precondition(output.count >= input.count, "output buffer shorter than input")
        guard !input.isEmpty else { return }
        let stride = Swift.min(Self.blockSize, input.count)
        // On the stack when small (a few points: no allocation per call), else on the heap.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: instructions.count * stride) { scratch in
            let table = scratch.baseAddress!
            fillConstants(table, stride: stride)
            var start = 0
            while start < input.count {
                let n = Swift.min(stride, input.count - start)
                for (k, instruction) in instructions.enumerated() {
                    run(instruction, out: table + k * stride, table: table, stride: stride, n: n, xs: input.baseAddress! + start)
                }
                let last = table + result * stride
                for i in 0..<n { output[start + i] = last[i] }
                start += n
            }
        }
    }

    /// The program of the formula alone, without those compiled with it: its instructions
    /// come first (it is emitted first, its own row last), so this is exactly its own program.
    public var withoutOthers: Program {
        Program(instructions: Array(instructions[...result]), result: result)
    }

    /// The values at every x in `xs` of the formula and of each formula compiled with it,
    /// from one pass over the instructions: bit for bit what each one's own program gives.
    public func evaluateAll(_ xs: [Double]) -> [[Double]] {
        let rows = [result] + others
        guard !xs.isEmpty else { return rows.map { _ in [] } }
        let count = xs.count
        let stride = Swift.min(Self.blockSize, count)
        // Every formula's values side by side in one buffer, written block by block, then
        // cut into one array each.
        let all = [Double](unsafeUninitializedCapacity: rows.count * count) { all, filled in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: instructions.count * stride) { scratch in
                let table = scratch.baseAddress!
                fillConstants(table, stride: stride)
                xs.withUnsafeBufferPointer { input in
                    var start = 0
                    while start < count {
                        let n = Swift.min(stride, count - start)
                        for (k, instruction) in instructions.enumerated() {
                            run(instruction, out: table + k * stride, table: table, stride: stride, n: n, xs: input.baseAddress! + start)
                        }
                        for (j, row) in rows.enumerated() {
                            (all.baseAddress! + j * count + start).initialize(from: table + row * stride, count: n)
                        }
                        start += n
                    }
                }
            }
            filled = rows.count * count
        }
        return rows.indices.map { j in Array(all[(j * count)..<((j + 1) * count)]) }
    }

    /// Fills the rows of the constants, which no block changes (`run` leaves them alone).
    private func fillConstants(_ table: UnsafeMutablePointer<Double>, stride: Int) {
        for (k, instruction) in instructions.enumerated() {
            if case .constant(let c) = instruction { (table + k * stride).initialize(repeating: c, count: stride) }
        }
    }

    /// Runs one instruction on n points; row j of the table starts at `table + j * stride`.
    /// A constant's row is filled once for all blocks (`fillConstants`).
    private func run(_ instruction: Instruction, out: UnsafeMutablePointer<Double>, table: UnsafeMutablePointer<Double>,
                     stride: Int, n: Int, xs: UnsafePointer<Double>) {
        func row(_ j: Int) -> UnsafeMutablePointer<Double> { table + j * stride }
        switch instruction {
        case .x:
            for i in 0..<n { out[i] = xs[i] }
        case .constant:
            break
        case .negate(let a):
            let u = row(a)
            for i in 0..<n { out[i] = -u[i] }
        case .binary(let op, let a, let b):
            let u = row(a), v = row(b)
            switch op {
            case .add: for i in 0..<n { out[i] = u[i] + v[i] }
            case .subtract: for i in 0..<n { out[i] = u[i] - v[i] }
            case .multiply: for i in 0..<n { out[i] = u[i] * v[i] }
            case .divide: for i in 0..<n { out[i] = u[i] / v[i] }
            case .power: for i in 0..<n { out[i] = StableMath.power(u[i], v[i]) }
            }
        case .power(let a, let exponent):
            let u = row(a)
            if exponent == 2 {
                for i in 0..<n { out[i] = u[i] * u[i] }
            } else if exponent == 3 {
                for i in 0..<n { out[i] = u[i] * u[i] * u[i] }
            } else {
                for i in 0..<n { out[i] = StableMath.power(u[i], exponent) }
            }
        case .unary(let function, let a):
            Self.unary(function, row(a), out, n)
        case .binaryCall(let function, let a, let b):
            let u = row(a), v = row(b)
            // max and min (the only two-argument calls) with the function chosen once per block.
            switch function {
            case .max: for i in 0..<n { out[i] = StableMath.maximum(u[i], v[i]) }
            case .min: for i in 0..<n { out[i] = StableMath.minimum(u[i], v[i]) }
            default: for i in 0..<n { out[i] = StableMath.apply(function, u[i], v[i]) }
            }
        case .clamp(let a, let b, let c):
            let u = row(a), lo = row(b), hi = row(c)
            for i in 0..<n { out[i] = StableMath.clamp(u[i], lo[i], hi[i]) }
        case .comparison(let op, let a, let b):
            let u = row(a), v = row(b)
            // One loop per operator, so the operator is chosen once per block.
            switch op {
            case .less: for i in 0..<n { out[i] = Self.comparison(.less, u[i], v[i]) }
            case .lessOrEqual: for i in 0..<n { out[i] = Self.comparison(.lessOrEqual, u[i], v[i]) }
            case .greater: for i in 0..<n { out[i] = Self.comparison(.greater, u[i], v[i]) }
            case .greaterOrEqual: for i in 0..<n { out[i] = Self.comparison(.greaterOrEqual, u[i], v[i]) }
            }
        case .logical(let op, let a, let b):
            let p = row(a), q = row(b)
            for i in 0..<n { out[i] = Self.logical(op, p[i], q[i]) }
        case .truth(let a):
            let u = row(a)
            for i in 0..<n { out[i] = Self.truth(u[i]) }
        case .select(let c, let a, let b):
            let test = row(c), u = row(a), v = row(b)
            for i in 0..<n { out[i] = Self.select(test[i], u[i], v[i]) }
        }
    }

    /// 1 when the comparison holds, 0 when not, NaN when an operand is NaN.
    @inline(__always)
    static func comparison(_ op: ComparisonOperator, _ u: Double, _ v: Double) -> Double {
        op.holds(u, v).map { $0 ? 1 : 0 } ?? .nan
    }

    /// Two truth values joined: NaN when either is NaN.
    @inline(__always)
    static func logical(_ op: LogicalOperator, _ p: Double, _ q: Double) -> Double {
        if p.isNaN || q.isNaN { return .nan }
        let (s, t) = (p != 0, q != 0)
        return (op == .and ? (s && t) : (s || t)) ? 1 : 0
    }

    /// A number as a truth value: NaN stays NaN, otherwise 1 for non-zero.
    @inline(__always)
    static func truth(_ u: Double) -> Double {
        u.isNaN ? .nan : (u != 0 ? 1 : 0)
    }

    /// `u` where the test is 1, `v` where it is 0, NaN where it is NaN.
    @inline(__always)
    static func select(_ test: Double, _ u: Double, _ v: Double) -> Double {
        test.isNaN ? .nan : (test != 0 ? u : v)
    }

    /// One loop per function, so the function is chosen once per block, not per point.
    private static func unary(_ function: MathFunction, _ u: UnsafeMutablePointer<Double>, _ out: UnsafeMutablePointer<Double>, _ n: Int) {
        switch function {
        case .exp: for i in 0..<n { out[i] = .exp(u[i]) }
        case .log: for i in 0..<n { out[i] = .log(u[i]) }
        case .log1p: for i in 0..<n { out[i] = .log(onePlus: u[i]) }
        case .expm1: for i in 0..<n { out[i] = .expMinusOne(u[i]) }
        case .sqrt: for i in 0..<n { out[i] = .sqrt(u[i]) }
        case .abs: for i in 0..<n { out[i] = Swift.abs(u[i]) }
        case .sign: for i in 0..<n { out[i] = StableMath.sign(u[i]) }
        case .tanh: for i in 0..<n { out[i] = .tanh(u[i]) }
        case .sinh: for i in 0..<n { out[i] = .sinh(u[i]) }
        case .cosh: for i in 0..<n { out[i] = .cosh(u[i]) }
        case .sin: for i in 0..<n { out[i] = .sin(u[i]) }
        case .cos: for i in 0..<n { out[i] = .cos(u[i]) }
        case .atan: for i in 0..<n { out[i] = .atan(u[i]) }
        case .erf: for i in 0..<n { out[i] = .erf(u[i]) }
        case .erfc: for i in 0..<n { out[i] = .erfc(u[i]) }
        case .sigmoid: for i in 0..<n { out[i] = StableMath.sigmoid(u[i]) }
        case .softplus: for i in 0..<n { out[i] = StableMath.softplus(u[i]) }
        case .phi: for i in 0..<n { out[i] = StableMath.phi(u[i]) }
        case .min, .max, .clamp: for i in 0..<n { out[i] = StableMath.apply(function, u[i]) }
        }
    }
}
