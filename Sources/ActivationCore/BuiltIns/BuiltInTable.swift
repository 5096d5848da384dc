/// The catalog of built-ins: id, parameters with defaults, and how to bind them to a kernel.
enum BuiltInTable {
    struct Entry: Sendable {
        let id: String
        let parameters: [ParameterSpec]
        let make: @Sendable ([String: Double]) -> BuiltInKernel
    }

    static func entry(_ id: String) -> Entry? { byID[id] }

    private static let byID: [String: Entry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })

    private static func fixed(_ id: String, _ kernel: BuiltInKernel) -> Entry {
        Entry(id: id, parameters: [], make: { _ in kernel })
    }

    static let entries: [Entry] = [
        fixed("identity", .identity),
        fixed("step", .step),
        fixed("sigmoid", .sigmoid),
        fixed("tanh", .tanh),
        fixed("relu", .relu),
        Entry(id: "leaky-relu", parameters: [ParameterSpec(name: "negative_slope", defaultValue: 0.01)],
              make: { .leakyReLU(negativeSlope: $0["negative_slope"]!) }),
        Entry(id: "prelu", parameters: [ParameterSpec(name: "a", defaultValue: 0.25, learnable: true)],
              make: { .prelu(a: $0["a"]!) }),
        Entry(id: "frelu", parameters: [ParameterSpec(name: "b", defaultValue: -0.5, learnable: true)],
              make: { .frelu(b: $0["b"]!) }),
        Entry(id: "elu", parameters: [ParameterSpec(name: "alpha", defaultValue: 1)],
              make: { .elu(alpha: $0["alpha"]!) }),
        fixed("selu", .selu),
        Entry(id: "celu", parameters: [ParameterSpec(name: "alpha", defaultValue: 1)],
              make: { .celu(alpha: $0["alpha"]!) }),
        fixed("gelu", .gelu),
        fixed("gelu-tanh", .geluTanh),
        fixed("gelu-sigmoid", .geluSigmoid),
        fixed("silu", .silu),
        Entry(id: "swish", parameters: [ParameterSpec(name: "beta", defaultValue: 1)],
              make: { .swish(beta: $0["beta"]!) }),
        fixed("mish", .mish),
        Entry(id: "softplus", parameters: [ParameterSpec(name: "beta", defaultValue: 1)],
              make: { .softplus(beta: $0["beta"]!) }),
        fixed("relu6", .relu6),
        Entry(id: "hardtanh",
              parameters: [ParameterSpec(name: "min_val", defaultValue: -1), ParameterSpec(name: "max_val", defaultValue: 1)],
              make: { .hardtanh(minVal: $0["min_val"]!, maxVal: $0["max_val"]!) }),
        fixed("hardsigmoid", .hardsigmoid),
        fixed("hardswish", .hardswish),
        fixed("softsign", .softsign),
        fixed("logsigmoid", .logsigmoid),
        fixed("tanhshrink", .tanhshrink),
        Entry(id: "softshrink", parameters: [ParameterSpec(name: "lambd", defaultValue: 0.5)],
              make: { .softshrink(lambd: $0["lambd"]!) }),
        Entry(id: "hardshrink", parameters: [ParameterSpec(name: "lambd", defaultValue: 0.5)],
              make: { .hardshrink(lambd: $0["lambd"]!) }),
        Entry(id: "rrelu",
              parameters: [ParameterSpec(name: "lower", defaultValue: 0.125),
                           ParameterSpec(name: "upper", defaultValue: 0.3333333333333333)],
              make: { .rrelu(lower: $0["lower"]!, upper: $0["upper"]!) }),
        Entry(id: "squareplus", parameters: [ParameterSpec(name: "b", defaultValue: 4)],
              make: { .squareplus(b: $0["b"]!) }),
        fixed("sparse-plus", .sparsePlus),
        fixed("exponential", .exponential),
    ]
}
