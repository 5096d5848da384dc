/// Shape hints: which skeletons to try for a page, without reading it field by field.
extension TemplateSkeleton {
    /// A hint to the shape of every field of `fields` (read by the template or not), the same
    /// whatever order a dictionary keeps its keys in; nil when a field is of no `Shape`. Cheap
    /// rather than exact: a field counts by the length of its name and the kind of its value,
    /// so different shapes may share a hint (a skeleton checks every field it reads anyway).
    static func shapeHint(_ fields: TemplateFields) -> Int? {
        guard let values = dictionaryHint(fields.values), let layout = dictionaryHint(fields.layout) else { return nil }
        return values &+ mix(layout)
    }

    private static func dictionaryHint<Value>(_ values: [String: Value]) -> Int? {
        var sum = 0
        for (name, value) in values {
            guard let kind = Value.self == String.self ? 3 : valueHint(value) else { return nil }
            sum &+= mix(name.utf8.count &+ kind &<< 8)
        }
        return sum
    }

    /// By the value's type: a cast from `Any`, the more so a failed one, costs more than the
    /// comparison. A text counts as a text, empty or not (the skeletons that fit pages with
    /// one hint are tried in turn).
    private static func valueHint(_ value: Any) -> Int? {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) { return 3 }
        if type == ObjectIdentifier(Bool.self) { return value as! Bool ? 4 : 5 }
        if type == ObjectIdentifier(TemplateFields.self) { return shapeHint(value as! TemplateFields).map { mix($0 &+ 6) } }
        if type == ObjectIdentifier([TemplateFields].self) {
            var hint = 7
            for item in value as! [TemplateFields] {
                guard let item = shapeHint(item) else { return nil }
                hint = mix(hint &+ item)
            }
            return hint
        }
        if type == ObjectIdentifier([String].self) { return mix(8 &+ (value as! [String]).count) }
        return nil
    }

    /// SplitMix64's finalizer: every bit of `x` moves every bit of the result.
    private static func mix(_ x: Int) -> Int {
        var z = UInt64(bitPattern: Int64(x))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(Int64(bitPattern: z ^ (z >> 31)))
    }
}
