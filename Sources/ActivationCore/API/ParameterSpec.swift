/// A parameter of a built-in activation: its name (as in the content files and PyTorch),
/// its default value, and whether it is learned during training.
public struct ParameterSpec: Hashable, Sendable {
    public var name: String
    public var defaultValue: Double
    public var learnable: Bool

    public init(name: String, defaultValue: Double, learnable: Bool = false) {
        self.name = name
        self.defaultValue = defaultValue
        self.learnable = learnable
    }
}
