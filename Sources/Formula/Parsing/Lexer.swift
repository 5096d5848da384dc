import Diagnostics

/// Splits a formula into tokens, tracking line and column in Unicode scalars.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The source text of scalars `range`: written byte by byte when they are ASCII (as
    /// names, numbers and operators are), else appended scalar by scalar.
    private func text(_ range: Range<Int>) -> String {
        if scalars[range].allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: range.count) { bytes in
                for (k, i) in range.enumerated() { bytes[k] = UInt8(truncatingIfNeeded: scalars[i].value) }
                return range.count
            }
        }
        var view = String.UnicodeScalarView()
        for i in range { view.append(scalars[i]) }
        return String(view)
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// All tokens, ending with `.end`.
    mutating func tokenize() throws(FormulaError) -> [Token] {
        var tokens: [Token] = []
        // At most one token per scalar, and the end.
        tokens.reserveCapacity(scalars.count + 1)
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(FormulaError) -> Token {
        while let c = peek(), c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
        let start = location
        let startIndex = index
        guard let c = peek() else { return Token(kind: .end, range: SourceRange(at: start), text: "") }
        func token(_ kind: Token.Kind, _ text: String) -> Token {
            Token(kind: kind, range: SourceRange(start: start, end: location), text: text)
        }
        if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            let (value, literal) = try number()
            return token(.number(value), literal)
        }
        if c.isIdentifierStart {
            while let d = peek(), d.isIdentifierContinue { advance() }
            let name = text(startIndex..<index)
            return token(.identifier(name), name)
        }
        advance()
        let symbol: Token.Symbol
        switch c {
        case "+": symbol = .plus
        case "-": symbol = .minus
        case "/": symbol = .slash
        case "^": symbol = .caret
        case "(": symbol = .leftParen
        case ")": symbol = .rightParen
        case ",": symbol = .comma
        case "*":
            if peek() == "*" {
                advance()
                throw FormulaError(range: SourceRange(start: start, end: location), message: "'**' is not an operator",
                                   hint: "write powers with '^', as in 'x^2'")
            }
            symbol = .star
        case "<", ">":
            if peek() == "=" {
                advance()
                symbol = c == "<" ? .lessOrEqual : .greaterOrEqual
            } else {
                symbol = c == "<" ? .less : .greater
            }
        case "=", "!":
            if peek() == "=" { advance() }
            throw FormulaError(range: SourceRange(start: start, end: location),
                               message: "'\(text(startIndex..<index))' is not a comparison of the formula language",
                               hint: "conditions use '<', '<=', '>' or '>='")
        default:
            var hint = "a formula uses numbers, x, parameter names, + - * / ^, parentheses and function calls"
            if c.properties.isAlphabetic {
                hint = "write names in ASCII letters (say 'alpha'); the front matter's 'symbol' sets how a parameter is shown"
            } else if c == "\u{2212}" {
                hint = "type the minus sign as '-'"
            } else if c == "\u{00B7}" || c == "\u{00D7}" {
                hint = "write multiplication as '*'"
            }
            throw FormulaError(range: SourceRange(start: start, end: location), message: "unexpected character '\(c)'", hint: hint)
        }
        // A symbol's text is its raw value: the scalars just read.
        return token(.symbol(symbol), symbol.rawValue)
    }

    /// digits [. digits] [(e|E) [+|-] digits], or . digits: the value and the text.
    private mutating func number() throws(FormulaError) -> (Double, String) {
        let startIndex = index
        while let d = peek(), d.isDigit { advance() }
        if peek() == "." {
            advance()
            guard peek()?.isDigit == true else {
                throw FormulaError(range: SourceRange(at: location), message: "expected a digit after the decimal point",
                                   hint: "write '1.0' or '1', not '1.'")
            }
            while let d = peek(), d.isDigit { advance() }
        }
        if let e = peek(), e == "e" || e == "E" {
            let ePosition = location
            let ahead = peek(1)
            let signed = ahead == "+" || ahead == "-"
            let firstDigit = signed ? peek(2) : ahead
            if firstDigit?.isDigit == true {
                advance()
                if signed { advance() }
                while let d = peek(), d.isDigit { advance() }
            } else if ahead?.isIdentifierContinue != true {
                throw FormulaError(range: SourceRange(start: ePosition, end: SourceLocation(line: ePosition.line, column: ePosition.column + 1)),
                                   message: "expected digits after the exponent 'e' in a number",
                                   hint: "write '1e-3' for 0.001, or '1 * e' to multiply by Euler's number")
            }
        }
        let literal = text(startIndex..<index)
        // Up to 15 digits, a whole number is exactly the Double of its Int.
        if index - startIndex <= 15, let whole = Int(literal) { return (Double(whole), literal) }
        guard let value = Double(literal), value.isFinite else {
            throw FormulaError(range: SourceRange(start: SourceLocation(line: line, column: column - (index - startIndex)), end: location),
                               message: "the number '\(literal)' is too large", hint: "numbers must be finite doubles")
        }
        return (value, literal)
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
    var isIdentifierContinue: Bool { isIdentifierStart || isDigit }
}
