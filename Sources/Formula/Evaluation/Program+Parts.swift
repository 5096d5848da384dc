extension Program {
    /// Which rows the value of `row` needs (itself included): the rows up to it that its
    /// instructions read, directly or not.
    func rowsNeeded(by row: Int) -> [Bool] {
        var needed = [Bool](repeating: false, count: row + 1)
        needed[row] = true
        for k in stride(from: row, through: 0, by: -1) where needed[k] {
            instructions[k].forEachOperand { needed[$0] = true }
        }
        return needed
    }

    /// The program of the `index`-th formula compiled with this one (see
    /// `Expression.program(_:parameters:)`), alone: the instructions its row needs, in
    /// their order. The same operations on the same operands, so the same bits as the
    /// formula's own program, made without emitting its tree again.
    public func other(_ index: Int) -> Program {
        let row = others[index]
        let needed = rowsNeeded(by: row)
        var renumbered = [Int](repeating: 0, count: row + 1)
        var kept: [Instruction] = []
        kept.reserveCapacity(row + 1)
        for k in 0...row where needed[k] {
            renumbered[k] = kept.count
            kept.append(instructions[k].withOperands { renumbered[$0] })
        }
        return Program(instructions: kept, result: renumbered[row])
    }
}

extension Program.Instruction {
    /// Calls `body` with each row the instruction reads.
    @inline(__always)
    func forEachOperand(_ body: (Int) -> Void) {
        switch self {
        case .x, .constant: break
        case .negate(let a), .power(let a, _), .unary(_, let a), .truth(let a): body(a)
        case .binary(_, let a, let b), .binaryCall(_, let a, let b), .comparison(_, let a, let b), .logical(_, let a, let b):
            body(a)
            body(b)
        case .clamp(let a, let b, let c), .select(let a, let b, let c):
            body(a)
            body(b)
            body(c)
        }
    }

    /// The same instruction reading row `row(j)` where it read row j.
    func withOperands(_ row: (Int) -> Int) -> Self {
        switch self {
        case .x, .constant: self
        case .negate(let a): .negate(row(a))
        case .power(let a, let exponent): .power(row(a), exponent)
        case .unary(let function, let a): .unary(function, row(a))
        case .truth(let a): .truth(row(a))
        case .binary(let op, let a, let b): .binary(op, row(a), row(b))
        case .binaryCall(let function, let a, let b): .binaryCall(function, row(a), row(b))
        case .comparison(let op, let a, let b): .comparison(op, row(a), row(b))
        case .logical(let op, let a, let b): .logical(op, row(a), row(b))
        case .clamp(let a, let b, let c): .clamp(row(a), row(b), row(c))
        case .select(let c, let a, let b): .select(row(c), row(a), row(b))
        }
    }
}
