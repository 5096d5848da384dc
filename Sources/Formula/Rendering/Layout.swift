/// Turns an expression into a `Box`, deciding parentheses and multiplication signs.
struct Layout {
    /// A laid-out subexpression with what its neighbours need to know.
    struct Laid {
        var box: Box
        /// 1 sum, 2 product or negation or one-line fraction, 3 power, 4 atom.
        var level: Int
        var startsWithDigit = false
        var startsWithMinus = false
        /// A multi-letter name: it needs a visible multiplication sign beside it.
        var isWord = false
        /// A function applied to arguments, like tanh(x) or Φ(x).
        var isApplication = false
        /// A one-line fraction a/b.
        var isSlash = false
    }

    let style: LayoutStyle
    let symbols: [String: String]
    /// Inside a superscript fractions are written on one line.
    var inScript = false

    func lay(_ e: Expression) -> Laid {
        switch e.kind {
        case .number(let value):
            return number(value)
        case .variable:
            return Laid(box: .symbol("x"), level: 4)
        case .constant(.pi):
            return Laid(box: .symbol("π"), level: 4)
        case .constant(.e):
            return Laid(box: .symbol("e"), level: 4)
        case .parameter(let name):
            let shown = symbols[name] ?? name
            if shown.unicodeScalars.count == 1 { return Laid(box: .symbol(shown), level: 4) }
            return Laid(box: .word(shown), level: 4, isWord: true)
        case .negate(let a):
            return negated(lay(a))
        case .binary(.add, _, _), .binary(.subtract, _, _):
            return sum(e)
        case .binary(.multiply, _, _):
            return product(e)
        case .binary(.divide, let a, let b):
            return quotient(a, b)
        case .binary(.power, let a, let b):
            return power(a, b)
        case .call(let function, let arguments):
            return call(function, arguments)
        case .conditional:
            return piecewise(e)
        case .comparison, .logical:
            return condition(e)
        }
    }

    func number(_ value: Double) -> Laid {
        if value < 0 || (value == 0 && value.sign == .minus) { return negated(number(-value)) }
        let text = NumberFormatting.text(value)
        guard let (mantissa, exponent) = NumberFormatting.scientific(text) else {
            return Laid(box: .number(text), level: 4, startsWithDigit: true)
        }
        var script = self
        script.inScript = true
        let power = Box.power(.number("10"), script.number(Double(exponent)).box)
        if mantissa == "1" { return Laid(box: power, level: 3, startsWithDigit: true) }
        return Laid(box: .row([.number(mantissa), .op("×"), power]), level: 2, startsWithDigit: true)
    }

    func negated(_ inner: Laid) -> Laid {
        let operand = inner.level < 2 || inner.startsWithMinus ? fenced(inner) : inner
        return Laid(box: .row([.prefixMinus, operand.box]), level: 2, startsWithMinus: true)
    }

    func fenced(_ inner: Laid) -> Laid {
        Laid(box: .fenced(inner.box), level: 4)
    }

    /// a + b − c: a left-leaning chain of sums, each term with its sign.
    func sum(_ e: Expression) -> Laid {
        var items: [Box] = []
        items.reserveCapacity(8)
        var startsWithDigit = false, startsWithMinus = false
        func walk(_ e: Expression) {
            switch e.kind {
            case .binary(let op, let a, let b) where op == .add || op == .subtract:
                walk(a)
                let right = lay(b)
                let needsFence = right.startsWithMinus || (op == .subtract && right.level <= 1)
                items.append(.op(op == .add ? "+" : "−"))
                items.append(needsFence ? .fenced(right.box) : right.box)
            default:
                let laid = lay(e)
                startsWithDigit = laid.startsWithDigit
                startsWithMinus = laid.startsWithMinus
                items.append(laid.box)
            }
        }
        walk(e)
        return Laid(box: .row(items), level: 1, startsWithDigit: startsWithDigit, startsWithMinus: startsWithMinus)
    }

    /// What `needsDot` asks of a factor, without its box.
    struct Neighbour {
        var level: Int
        var startsWithDigit: Bool
        var isWord: Bool
        var isApplication: Bool
        var isSlash: Bool
        var isFenced: Bool

        init(_ laid: Laid) {
            level = laid.level
            startsWithDigit = laid.startsWithDigit
            isWord = laid.isWord
            isApplication = laid.isApplication
            isSlash = laid.isSlash
            if case .fenced = laid.box { isFenced = true } else { isFenced = false }
        }
    }

    /// a·b·c, with a visible dot only where juxtaposition would misread.
    func product(_ e: Expression) -> Laid {
        var items: [Box] = []
        items.reserveCapacity(8)
        var startsWithDigit = false, startsWithMinus = false
        var previous: Neighbour?
        // Each factor of the left-leaning chain is laid out as it is reached.
        func walk(_ e: Expression) {
            if case .binary(.multiply, let a, let b) = e.kind {
                walk(a)
                walk(b)
                return
            }
            var l = lay(e)
            if l.level < 2 || (previous != nil && l.startsWithMinus) { l = fenced(l) }
            let right = Neighbour(l)
            if let previous {
                items.append(.times(visible: needsDot(previous, right)))
            } else {
                startsWithDigit = l.startsWithDigit
                startsWithMinus = l.startsWithMinus
            }
            items.append(l.box)
            previous = right
        }
        walk(e)
        return Laid(box: .row(items), level: 2, startsWithDigit: startsWithDigit, startsWithMinus: startsWithMinus)
    }

    /// Whether two neighbouring factors need a visible multiplication sign.
    func needsDot(_ left: Neighbour, _ right: Neighbour) -> Bool {
        if right.startsWithDigit || left.isWord || right.isWord || left.isSlash { return true }
        if style == .plain, right.isApplication, !left.isApplication, left.level == 4, !left.startsWithDigit {
            return !left.isFenced
        }
        return false
    }

    func quotient(_ a: Expression, _ b: Expression) -> Laid {
        if style == .math && !inScript {
            var inner = self
            inner.inScript = false
            return Laid(box: .fraction(inner.lay(a).box, inner.lay(b).box), level: 4)
        }
        var top = lay(a), bottom = lay(b)
        if top.level < 2 || top.isSlash { top = fenced(top) }
        if bottom.level < 3 || bottom.startsWithMinus { bottom = fenced(bottom) }
        return Laid(box: .row([top.box, .op("/"), bottom.box]), level: 2, startsWithDigit: top.startsWithDigit,
                    startsWithMinus: top.startsWithMinus, isSlash: true)
    }

    func power(_ a: Expression, _ b: Expression) -> Laid {
        var script = self
        script.inScript = true
        let exponent = script.lay(b).box
        // tanh(u)² is written tanh²(u).
        if case .call(let f, let arguments) = a.kind, f == .tanh || f == .sinh || f == .cosh || f == .sin || f == .cos,
           let n = b.numberValue, n > 0, n == n.rounded() {
            return Laid(box: .apply(.power(.function(f.name), exponent), [lay(arguments[0]).box]), level: 4, isApplication: true)
        }
        var base = lay(a)
        if base.level < 4 || base.startsWithMinus { base = fenced(base) }
        return Laid(box: .power(base.box, exponent), level: 3, startsWithDigit: base.startsWithDigit)
    }
}
