import RealModule

/// A program's instructions laid out for one x at a time (`Program.scalarCode`): one
/// flat step per instruction the result needs, each with a single opcode (no nested switch
/// over an operator or function), and the constants in a prefix of the registers that is
/// copied in whole rather than computed. Steps compute exactly what the instructions do,
/// with the same operations in the same order, so the bits are those of `evaluate(_:)`.
public struct ScalarCode: Sendable {
    /// One operation; operands and result are registers.
    enum Operation: UInt8, Sendable {
        case x, negate, add, subtract, multiply, divide, power, square, cube
        case exp, log, log1p, expm1, sqrt, abs, sign, tanh, sinh, cosh, sin, cos, atan, erf, erfc
        case sigmoid, softplus, phi, maximum, minimum, clamp
        case less, lessOrEqual, greater, greaterOrEqual, and, or, truth, select
    }

    struct Step: Sendable {
        var operation: Operation
        var out: Int32, a: Int32, b: Int32, c: Int32
    }

    let steps: [Step]
    /// The first registers: every constant the steps read (the others are written by steps).
    let constants: [Double]
    let registerCount: Int
    let result: Int

    init(_ program: Program) {
        let instructions = program.instructions, result = program.result
        // Only what the result needs (a joint program's other formulas come after it). A
        // program of one formula needs every row: each was emitted for a part of its tree.
        let needed = program.others.isEmpty && result == instructions.count - 1
            ? [Bool](repeating: true, count: result + 1) : program.rowsNeeded(by: result)
        var constantCount = 0, exponentCount = 0, stepCount = 0
        for k in 0...result where needed[k] {
            switch instructions[k] {
            case .constant: constantCount += 1
            case .power(_, let exponent):
                stepCount += 1
                if exponent != 2 && exponent != 3 { exponentCount += 1 }
            default: stepCount += 1
            }
        }
        // Registers: the constants, a 0 (the missing arguments of a call), the exponents of
        // `power`, then one per step in order.
        var constants: [Double] = []
        constants.reserveCapacity(constantCount + 1 + exponentCount)
        var register = [Int32](repeating: 0, count: result + 1)
        for k in 0...result where needed[k] {
            if case .constant(let c) = instructions[k] {
                register[k] = Int32(constants.count)
                constants.append(c)
            }
        }
        let zero = Int32(constants.count)
        constants.append(0)
        let base = Int32(constantCount + 1 + exponentCount)
        var steps: [Step] = []
        steps.reserveCapacity(stepCount)
        for k in 0...result where needed[k] {
            let step: Step
            switch instructions[k] {
            case .constant: continue
            case .x: step = Step(operation: .x, out: 0, a: 0, b: 0, c: 0)
            case .negate(let a): step = Step(operation: .negate, out: 0, a: register[a], b: 0, c: 0)
            case .binary(let op, let a, let b):
                let operation: Operation = switch op {
                case .add: .add
                case .subtract: .subtract
                case .multiply: .multiply
                case .divide: .divide
                case .power: .power
                }
                step = Step(operation: operation, out: 0, a: register[a], b: register[b], c: 0)
            case .power(let a, let exponent):
                if exponent == 2 {
                    step = Step(operation: .square, out: 0, a: register[a], b: 0, c: 0)
                } else if exponent == 3 {
                    step = Step(operation: .cube, out: 0, a: register[a], b: 0, c: 0)
                } else {
                    step = Step(operation: .power, out: 0, a: register[a], b: Int32(constants.count), c: 0)
                    constants.append(exponent)
                }
            case .unary(let function, let a):
                step = Step(operation: Self.operation(function), out: 0, a: register[a], b: zero, c: zero)
            case .binaryCall(let function, let a, let b):
                step = Step(operation: Self.operation(function), out: 0, a: register[a], b: register[b], c: zero)
            case .clamp(let a, let b, let c):
                step = Step(operation: .clamp, out: 0, a: register[a], b: register[b], c: register[c])
            case .comparison(let op, let a, let b):
                let operation: Operation = switch op {
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                case .greaterOrEqual: .greaterOrEqual
                }
                step = Step(operation: operation, out: 0, a: register[a], b: register[b], c: 0)
            case .logical(let op, let a, let b):
                step = Step(operation: op == .and ? .and : .or, out: 0, a: register[a], b: register[b], c: 0)
            case .truth(let a): step = Step(operation: .truth, out: 0, a: register[a], b: 0, c: 0)
            case .select(let c, let a, let b):
                step = Step(operation: .select, out: 0, a: register[c], b: register[a], c: register[b])
            }
            let out = base + Int32(steps.count)
            register[k] = out
            steps.append(Step(operation: step.operation, out: out, a: step.a, b: step.b, c: step.c))
        }
        self.steps = steps
        self.constants = constants
        self.registerCount = Int(base) + steps.count
        self.result = Int(register[result])
    }

    /// The step of a call: `StableMath.apply(function, a, b, c)` with the missing arguments 0.
    private static func operation(_ function: MathFunction) -> Operation {
        switch function {
        case .exp: .exp
        case .log: .log
        case .log1p: .log1p
        case .expm1: .expm1
        case .sqrt: .sqrt
        case .abs: .abs
        case .sign: .sign
        case .min: .minimum
        case .max: .maximum
        case .clamp: .clamp
        case .tanh: .tanh
        case .sinh: .sinh
        case .cosh: .cosh
        case .sin: .sin
        case .cos: .cos
        case .atan: .atan
        case .erf: .erf
        case .erfc: .erfc
        case .sigmoid: .sigmoid
        case .softplus: .softplus
        case .phi: .phi
        }
    }

    /// The result at x.
    public func evaluate(at x: Double) -> Double {
        constants.withUnsafeBufferPointer { constants in
            steps.withUnsafeBufferPointer { steps in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: registerCount) { registers in
                    let r = registers.baseAddress!
                    if constants.count > 0 { r.update(from: constants.baseAddress!, count: constants.count) }
                    for step in steps {
                        r[Int(step.out)] = Self.value(step, x, r)
                    }
                    return r[result]
                }
            }
        }
    }

    @inline(__always)
    private static func value(_ s: Step, _ x: Double, _ r: UnsafeMutablePointer<Double>) -> Double {
        let u = r[Int(s.a)]
        switch s.operation {
        case .x: return x
        case .negate: return -u
        case .add: return u + r[Int(s.b)]
        case .subtract: return u - r[Int(s.b)]
        case .multiply: return u * r[Int(s.b)]
        case .divide: return u / r[Int(s.b)]
        case .power: return StableMath.power(u, r[Int(s.b)])
        case .square: return u * u
        case .cube: return u * u * u
        case .exp: return .exp(u)
        case .log: return .log(u)
        case .log1p: return .log(onePlus: u)
        case .expm1: return .expMinusOne(u)
        case .sqrt: return .sqrt(u)
        case .abs: return Swift.abs(u)
        case .sign: return StableMath.sign(u)
        case .tanh: return .tanh(u)
        case .sinh: return .sinh(u)
        case .cosh: return .cosh(u)
        case .sin: return .sin(u)
        case .cos: return .cos(u)
        case .atan: return .atan(u)
        case .erf: return .erf(u)
        case .erfc: return .erfc(u)
        case .sigmoid: return StableMath.sigmoid(u)
        case .softplus: return StableMath.softplus(u)
        case .phi: return StableMath.phi(u)
        case .maximum: return StableMath.maximum(u, r[Int(s.b)])
        case .minimum: return StableMath.minimum(u, r[Int(s.b)])
        case .clamp: return StableMath.clamp(u, r[Int(s.b)], r[Int(s.c)])
        case .less: return Program.comparison(.less, u, r[Int(s.b)])
        case .lessOrEqual: return Program.comparison(.lessOrEqual, u, r[Int(s.b)])
        case .greater: return Program.comparison(.greater, u, r[Int(s.b)])
        case .greaterOrEqual: return Program.comparison(.greaterOrEqual, u, r[Int(s.b)])
        case .and: return Program.logical(.and, u, r[Int(s.b)])
        case .or: return Program.logical(.or, u, r[Int(s.b)])
        case .truth: return Program.truth(u)
        case .select: return Program.select(u, r[Int(s.b)], r[Int(s.c)])
        }
    }
}
