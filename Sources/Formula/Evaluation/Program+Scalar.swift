extension Program {
    /// The program laid out for evaluating at one x many times (say, each step of a
    /// bisection): `ScalarCode.evaluate(at:)` gives the bits of `evaluate(at:)`, faster, but
    /// laying it out costs about as much as a few evaluations.
    public var scalarCode: ScalarCode { ScalarCode(self) }

    /// The value at one x: the instructions run once each on a single value, with the same
    /// operations as a block (so the bits are those of `evaluate(_:)` and of the closures),
    /// without a block's loops. Cheaper than the closures of `compiled(parameters:)`, which
    /// call one closure per node and compute a repeated subtree at each occurrence.
    public func evaluate(at x: Double) -> Double {
        instructions.withUnsafeBufferPointer { program in
            // On the stack when small: one register per instruction.
            withUnsafeTemporaryAllocation(of: Double.self, capacity: program.count) { registers in
                let r = registers.baseAddress!
                for k in program.indices {
                    r[k] = Self.value(of: program[k], x: x, registers: r)
                }
                return r[result]
            }
        }
    }

    /// One instruction on one point; operands are the registers of earlier instructions.
    @inline(__always)
    private static func value(of instruction: Instruction, x: Double, registers r: UnsafeMutablePointer<Double>) -> Double {
        switch instruction {
        case .x:
            return x
        case .constant(let c):
            return c
        case .negate(let a):
            return -r[a]
        case .binary(let op, let a, let b):
            return StableMath.apply(op, r[a], r[b])
        case .power(let a, let exponent):
            let u = r[a]
            if exponent == 2 { return u * u }
            if exponent == 3 { return u * u * u }
            return StableMath.power(u, exponent)
        case .unary(let function, let a):
            // `apply` calls the same function `unary(_:_:_:_:)` loops over.
            return StableMath.apply(function, r[a])
        case .binaryCall(let function, let a, let b):
            return StableMath.apply(function, r[a], r[b])
        case .clamp(let a, let b, let c):
            return StableMath.clamp(r[a], r[b], r[c])
        case .comparison(let op, let a, let b):
            return comparison(op, r[a], r[b])
        case .logical(let op, let a, let b):
            return logical(op, r[a], r[b])
        case .truth(let a):
            return truth(r[a])
        case .select(let c, let a, let b):
            return select(r[c], r[a], r[b])
        }
    }
}
