import Formula
import RealModule

/// An activation bound to parameter values, ready to evaluate: a built-in or an interpreted
/// formula. Values and derivatives are computed in `Double`; the `Float` entry points of a
/// built-in evaluate in `Double` and round once.
public struct ActivationFunction: Sendable {
    public let id: String
    public let isBuiltIn: Bool
    public let parameters: [String: Double]
    /// Where f has no derivative: jumps and kinks (exactly known for built-ins; for formulas,
    /// the breakpoints the formula reports in a finite window, less those where the one-sided
    /// slopes agree).
    public let breakpoints: [Breakpoint]
    /// Points where f is differentiable but not C∞ (for the smoothness analysis).
    let smoothJoins: [Double]

    @usableFromInline
    enum Storage: Sendable {
        case builtIn(BuiltInKernel)
        case interpreted(InterpretedFunction)
    }

    @usableFromInline let storage: Storage

    init(id: String, isBuiltIn: Bool, parameters: [String: Double], breakpoints: [Breakpoint],
         smoothJoins: [Double], storage: Storage) {
        self.id = id
        self.isBuiltIn = isBuiltIn
        self.parameters = parameters
        self.breakpoints = breakpoints.sorted { $0.x < $1.x }
        self.smoothJoins = smoothJoins.sorted()
        self.storage = storage
    }

    /// f(x).
    @inlinable
    public func value(_ x: Double) -> Double {
        switch storage {
        case .builtIn(let kernel): kernel.value(x)
        case .interpreted(let function): function.value(x)
        }
    }

    /// f(x) in single precision.
    @inlinable
    public func value(_ x: Float) -> Float {
        switch storage {
        case .builtIn(let kernel): Float(kernel.value(Double(x)))
        case .interpreted(let function): function.valueFloat(x)
        }
    }

    /// f′(x), or nil exactly at a kink or jump.
    public func derivative(_ x: Double) -> Double? {
        if isBreakpoint(x) { return nil }
        return derivativeIgnoringKinks(x)
    }

    /// f′(x) in single precision, or nil exactly at a kink or jump.
    public func derivative(_ x: Float) -> Float? {
        if isBreakpoint(Double(x)) { return nil }
        switch storage {
        case .builtIn(let kernel): return Float(kernel.derivative(Double(x)))
        case .interpreted(let function): return function.derivativeFloat(x)
        }
    }

    /// f′(x), with a one-sided value at kinks and jumps (the piece that owns the point), for plotting.
    @inlinable
    public func derivativeIgnoringKinks(_ x: Double) -> Double {
        switch storage {
        case .builtIn(let kernel): kernel.derivative(x)
        case .interpreted(let function): function.derivative(x)
        }
    }

    /// f as a plain function, resolved once: calling it neither switches over the storage
    /// nor copies it (a formula's closures are retained once here, not at every call).
    /// Bit for bit `value(_:)`.
    public var valueFunction: @Sendable (Double) -> Double {
        switch storage {
        case .builtIn(let kernel): { kernel.value($0) }
        case .interpreted(let function): function.value
        }
    }

    /// `derivativeIgnoringKinks(_:)` as a plain function, resolved once.
    public var derivativeIgnoringKinksFunction: @Sendable (Double) -> Double {
        switch storage {
        case .builtIn(let kernel): { kernel.derivative($0) }
        case .interpreted(let function): function.derivative
        }
    }

    func isBreakpoint(_ x: Double) -> Bool {
        breakpoints.contains { $0.x == x }
    }
}
