import ActivationCore
import Plot

// Throughput of ActivationCore's buffer evaluation, for `make bench` (bench/core.py reads
// the JSON lines this prints). Each activation runs over the same N inputs, uniform in
// [−10, 10] from a fixed seed, `repeats` times; every run is timed with a monotonic clock
// and reported in nanoseconds per element. A plain copy of the buffer is the floor.
//
//   CoreBenchmark [--count N] [--repeats R] [--ids a,b,…] [--derivative] [--plots K]
//
// --derivative times `evaluateDerivative(_:into:)` (f′) instead of f.
// --plots K instead renders the GELU function-and-derivative plot K times and every
// built-in's plot once, the way the site draws them, and reports the seconds taken.

struct Options {
    var count = 10_000_000
    var repeats = 7
    var ids: [String] = Catalog.builtInIDs
    var plots: Int?
    var derivative = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            if flag == "--derivative" {
                derivative = true
                continue
            }
            guard let value = rest.popFirst() else { fatalError("\(flag) needs a value") }
            switch flag {
            case "--count": count = Int(value) ?? count
            case "--repeats": repeats = Int(value) ?? repeats
            case "--ids": ids = value.split(separator: ",").map(String.init)
            case "--plots": plots = Int(value)
            default: fatalError("unknown option \(flag)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so every run sees the same inputs.
struct SplitMix {
    var state: UInt64
    mutating func next() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * 0x1p-53
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// Runs `body` `repeats` times and returns the nanoseconds per element of each run.
func time(_ repeats: Int, _ count: Int, _ body: () -> Void) -> [Double] {
    body()  // warm-up: page in the output buffer, resolve lazily bound symbols
    let clock = ContinuousClock()
    return (0..<repeats).map { _ in seconds(clock.measure(body)) * 1e9 / Double(count) }
}

func emit(_ id: String, _ precision: String, _ ns: [Double], checksum: Double) {
    let list = ns.map { String($0) }.joined(separator: ",")
    print("{\"id\":\"\(id)\",\"precision\":\"\(precision)\",\"ns_per_element\":[\(list)],\"checksum\":\"\(checksum)\"}")
}

func throughput(_ options: Options) {
    var random = SplitMix(state: 0x5EED)
    let count = options.count
    let doubles = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
    let floats = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
    let doubleOut = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
    let floatOut = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
    defer { [doubles, doubleOut].forEach { $0.deallocate() }; [floats, floatOut].forEach { $0.deallocate() } }
    for i in 0..<count {
        doubles[i] = random.next() * 20 - 10
        floats[i] = Float(doubles[i])
    }
    let doubleIn = UnsafeBufferPointer(doubles), floatIn = UnsafeBufferPointer(floats)
    func sum<T: BinaryFloatingPoint>(_ b: UnsafeMutableBufferPointer<T>) -> Double {
        stride(from: 0, to: count, by: max(1, count / 1000)).reduce(0) { $0 + Double(b[$1]) }
    }

    emit("copy", "double", time(options.repeats, count) { _ = doubleOut.update(fromContentsOf: doubleIn) }, checksum: sum(doubleOut))
    emit("copy", "float", time(options.repeats, count) { _ = floatOut.update(fromContentsOf: floatIn) }, checksum: sum(floatOut))
    for id in options.ids {
        guard let function = Catalog.builtIn(id) else { fatalError("no built-in named \(id)") }
        if options.derivative {
            emit(id, "double", time(options.repeats, count) { function.evaluateDerivative(doubleIn, into: doubleOut) }, checksum: sum(doubleOut))
            emit(id, "float", time(options.repeats, count) { function.evaluateDerivative(floatIn, into: floatOut) }, checksum: sum(floatOut))
            continue
        }
        emit(id, "double", time(options.repeats, count) { function.evaluate(doubleIn, into: doubleOut) }, checksum: sum(doubleOut))
        emit(id, "float", time(options.repeats, count) { function.evaluate(floatIn, into: floatOut) }, checksum: sum(floatOut))
    }
}

/// The site's function-and-derivative plot of a built-in (as `ActivationEntry.plot` draws it).
func plot(_ id: String, x: ClosedRange<Double>, y: ClosedRange<Double>?) -> String {
    let function = Catalog.builtIn(id)!
    let kinks = function.breakpoints.map { PlotBreakpoint(x: $0.x, isJump: $0.kind == .jump) }
    let f = Curve(label: "f(x)", style: .function, breakpoints: kinks) { function.value($0) }
    let df = Curve(label: "f′(x)", style: .derivative, breakpoints: kinks.map { PlotBreakpoint(x: $0.x, isJump: true) }) {
        function.derivativeIgnoringKinks($0)
    }
    return SVGPlot.render(PlotSpec(curves: [f, df], xDomain: x, yDomain: y, title: "\(id) and its derivative",
                                   description: "Plot of \(id) (solid) and its derivative (dashed).", yLabel: "y"))
}

func plots(_ repetitions: Int) {
    let clock = ContinuousClock()
    var bytes = 0
    let gelu = seconds(clock.measure {
        for _ in 0..<repetitions { bytes += plot("gelu", x: -4...4, y: -0.5...4).utf8.count }
    })
    let all = seconds(clock.measure {
        for id in Catalog.builtInIDs { bytes += plot(id, x: -5...5, y: nil).utf8.count }
    })
    print("{\"gelu_plots\":\(repetitions),\"gelu_seconds\":\(gelu),\"builtin_plots\":\(Catalog.builtInIDs.count),\"builtin_seconds\":\(all),\"bytes\":\(bytes)}")
}

let options = Options(CommandLine.arguments)
if let count = options.plots { plots(count) } else { throughput(options) }
