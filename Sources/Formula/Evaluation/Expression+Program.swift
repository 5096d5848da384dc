extension Expression {
    /// The formula as a `Program`, for evaluation over many x at once. Missing parameters
    /// are NaN, as in `compiled(parameters:)`.
    public func program(parameters: [String: Double]) -> Program {
        var builder = ProgramBuilder(parameters: parameters)
        let result = builder.emit(self)
        return Program(instructions: builder.instructions, result: result)
    }

    /// This formula and `others` as one `Program` that computes their common subtrees once
    /// (f and f′ share most of theirs); `evaluateAll` gives the values of each.
    public func program(_ others: [Expression], parameters: [String: Double]) -> Program {
        var builder = ProgramBuilder(parameters: parameters)
        let result = builder.emit(self)
        let rows = others.map { builder.emit($0) }
        return Program(instructions: builder.instructions, result: result, others: rows)
    }
}

/// Flattens a tree into instructions, each distinct subtree once.
struct ProgramBuilder {
    let parameters: [String: Double]
    var instructions: [Program.Instruction] = []
    /// Rows already emitted, by subtree (see `EmittedRows`).
    var rows = EmittedRows()
    /// Keyed by bit pattern, so that 0 and −0 stay distinct.
    var constants: [UInt64: Int] = [:]
    var xRow: Int?

    init(parameters: [String: Double]) {
        self.parameters = parameters
    }

    mutating func append(_ instruction: Program.Instruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    mutating func constant(_ value: Double) -> Int {
        if let row = constants[value.bitPattern] { return row }
        let row = append(.constant(value))
        constants[value.bitPattern] = row
        return row
    }

    /// The row holding `e`'s values.
    mutating func emit(_ e: Expression) -> Int {
        if let row = emitted(e) { return row }
        let row = emitNew(e)
        rows.record(e, row)
        return row
    }

    /// The row of a subtree emitted before, if it is the same to the bit.
    private func emitted(_ e: Expression) -> Int? {
        rows.row(of: e)
    }

    /// Whether two equal trees also agree on the sign of their zero literals: `==` holds
    /// `0` and `−0` alike, but `if(c, 0, …)` and `if(c, -0, …)` give different bits.
    /// (Called on trees already known equal, so of the same shape: without a −0 on either
    /// side, they are identical; the children are compared in place, without arrays.)
    static func identical(_ a: Expression, _ b: Expression) -> Bool {
        if !a.containsNegativeZero && !b.containsNegativeZero { return true }
        switch (a.kind, b.kind) {
        case (.number(let u), .number(let v)): return u.bitPattern == v.bitPattern
        case (.negate(let u), .negate(let v)): return identical(u, v)
        case (.binary(_, let u1, let u2), .binary(_, let v1, let v2)), (.comparison(_, let u1, let u2), .comparison(_, let v1, let v2)),
             (.logical(_, let u1, let u2), .logical(_, let v1, let v2)):
            return identical(u1, v1) && identical(u2, v2)
        case (.call(_, let us), .call(_, let vs)): return zip(us, vs).allSatisfy { identical($0, $1) }
        case (.conditional(let c, let u1, let u2), .conditional(let d, let v1, let v2)):
            return identical(c, d) && identical(u1, v1) && identical(u2, v2)
        default: return true
        }
    }

    private mutating func emitNew(_ e: Expression) -> Int {
        // A part that does not depend on x is computed once, as the closures do.
        if !e.dependsOnX, !e.isCondition {
            return constant(e.evaluate(at: 0.0, parameters: parameters))
        }
        switch e.kind {
        case .number(let value):
            return constant(value)
        case .constant(let c):
            return constant(c.value)
        case .parameter(let name):
            return constant(parameters[name] ?? .nan)
        case .variable:
            if let xRow { return xRow }
            let row = append(.x)
            xRow = row
            return row
        case .negate(let a):
            return append(.negate(emit(a)))
        case .binary(.power, let a, let b) where !b.dependsOnX:
            let exponent = b.evaluate(at: 0.0, parameters: parameters)
            return append(.power(emit(a), exponent))
        case .binary(let op, let a, let b):
            let u = emit(a), v = emit(b)
            return append(.binary(op, u, v))
        case .call(let function, let arguments):
            let operands = arguments.map { emit($0) }
            switch operands.count {
            case 1: return append(.unary(function, operands[0]))
            case 2: return append(.binaryCall(function, operands[0], operands[1]))
            default: return append(.clamp(operands[0], operands[1], operands[2]))
            }
        case .conditional(let c, let a, let b):
            let test = emitCondition(c)
            let u = emit(a), v = emit(b)
            return append(.select(test, u, v))
        case .comparison, .logical:
            return emitCondition(e)
        }
    }

    /// A row of truth values: 1, 0, or NaN where a NaN was compared.
    private mutating func emitCondition(_ e: Expression) -> Int {
        if e.isCondition, let row = emitted(e) { return row }
        let row: Int
        switch e.kind {
        case .comparison(let op, let a, let b):
            let u = emit(a), v = emit(b)
            row = append(.comparison(op, u, v))
        case .logical(let op, let a, let b):
            let p = emitCondition(a), q = emitCondition(b)
            row = append(.logical(op, p, q))
        default:
            return append(.truth(emit(e)))
        }
        rows.record(e, row)
        return row
    }
}

/// The rows emitted for subtrees: a hash table of its own, chaining in arrays of plain
/// numbers (a `Dictionary` keyed by trees moved each tree and its row in every resize, and
/// held each tree twice). As a dictionary whose `rows[e] = (e, row)` replaces the entry
/// of an equal tree would, only the newest entry equal to a tree is looked at: its row
/// is the tree's when the two are identical (`ProgramBuilder.identical`), else none.
struct EmittedRows {
    private var expressions: [Expression] = []
    private var rows: [Int] = []
    private var hashes: [Int] = []
    /// The entry before each one in its slot's chain (newest first), or −1.
    private var previous: [Int32] = []
    /// The newest entry of each slot, or −1; a power of two long.
    private var slots = [Int32](repeating: -1, count: 64)

    /// The row of a subtree recorded before, if the newest recorded tree equal to it is
    /// identical to it.
    func row(of e: Expression) -> Int? {
        let hash = e.hashValue
        var i = Int(slots[hash & (slots.count - 1)])
        // The trees are read in place (no copy, so no retain and release).
        return expressions.withUnsafeBufferPointer { expressions in
            while i >= 0 {
                if hashes[i] == hash, expressions[i] == e {
                    return ProgramBuilder.identical(e, expressions[i]) ? rows[i] : nil
                }
                i = Int(previous[i])
            }
            return nil
        }
    }

    mutating func record(_ e: Expression, _ row: Int) {
        if expressions.count >= slots.count { grow() }
        let hash = e.hashValue, slot = hash & (slots.count - 1)
        previous.append(slots[slot])
        slots[slot] = Int32(expressions.count)
        expressions.append(e)
        rows.append(row)
        hashes.append(hash)
    }

    /// Twice the slots, with every chain rebuilt oldest first (so newest first again).
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for i in hashes.indices {
            let slot = hashes[i] & mask
            previous[i] = slots[slot]
            slots[slot] = Int32(i)
        }
    }
}
