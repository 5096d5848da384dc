/// A built-in (f or f′) evaluated eight Double lanes at a time: the shape every vectorised buffer
/// loop shares. A kernel computes in Double lanes; Float buffers are widened, computed and
/// rounded once, which keeps Float within half an ulp plus the Double kernel's error.
///
/// Kernels are branch-free on the common range: both pieces are computed and blended. Lanes
/// a kernel cannot compute to its accuracy contract (NaN, ±∞, results that under- or
/// overflow) are recomputed by the scalar built-in (`patched`), so rare inputs cost a lane
/// loop and common ones nothing.
protocol LaneKernel {
    /// f to Double's accuracy.
    func callAsFunction(_ x: Lanes) -> Lanes
    /// f to a relative error below about 2⁻³⁰: a Float result rounded once from it is within
    /// half an ulp plus 2⁻⁶ ulp. Defaults to the Double kernel; kernels whose Double form
    /// needs pairs give a cheaper one.
    func single(_ x: Lanes) -> Lanes
}

extension LaneKernel {
    @inline(__always) func single(_ x: Lanes) -> Lanes { self(x) }
}

extension LaneKernel {
    /// Runs the kernel over a buffer: full vectors, then the tail padded into one vector, so
    /// an element's result never depends on its position in the buffer.
    @inline(__always)
    func map<T: LaneScalar>(_ input: UnsafeBufferPointer<T>, _ output: UnsafeMutableBufferPointer<T>) {
        precondition(output.count >= input.count, "output buffer shorter than input")
        guard let source = input.baseAddress, let destination = output.baseAddress else { return }
        let count = input.count, width = T.Vector.scalarCount
        var i = 0
        while i + width <= count {
            let x = UnsafeRawPointer(source + i).loadUnaligned(as: T.Vector.self)
            UnsafeMutableRawPointer(destination + i).storeBytes(of: T.apply(self, x), as: T.Vector.self)
            i += width
        }
        guard i < count else { return }
        var x = T.Vector()
        for j in 0..<(count - i) { x[j] = source[i + j] }
        let y = T.apply(self, x)
        for j in 0..<(count - i) { destination[i + j] = y[j] }
    }
}

/// Double or Float: a vector of a buffer's elements (one 512-bit register), and how a kernel
/// computes it.
protocol LaneScalar: BinaryFloatingPoint, SIMDScalar, Codable {
    associatedtype Vector: SIMD where Vector.Scalar == Self
    static func apply<K: LaneKernel>(_ kernel: K, _ x: Vector) -> Vector
}

extension Double: LaneScalar {
    @inline(__always) static func apply<K: LaneKernel>(_ kernel: K, _ x: SIMD8<Double>) -> SIMD8<Double> { kernel(x) }
}

extension Float: LaneScalar {
    /// Sixteen Floats as two halves of Double lanes, each rounded once.
    @inline(__always) static func apply<K: LaneKernel>(_ kernel: K, _ x: SIMD16<Float>) -> SIMD16<Float> {
        SIMD16(lowHalf: SIMD8<Float>(kernel.single(Lanes(x.lowHalf))),
               highHalf: SIMD8<Float>(kernel.single(Lanes(x.highHalf))))
    }
}

extension Lanes {
    /// `self` with the lanes in `mask` replaced by `scalar` of the input lane: the way out
    /// for inputs a kernel leaves to the careful scalar built-in.
    @inline(__always)
    func patched(_ mask: LaneMask, input x: Lanes, _ scalar: (Double) -> Double) -> Lanes {
        guard mask.anySet else { return self }
        var y = self
        for i in 0..<8 where mask[i] { y[i] = scalar(x[i]) }
        return y
    }
}
