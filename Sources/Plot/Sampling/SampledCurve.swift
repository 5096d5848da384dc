/// One evaluation of a curve, with where it is drawn.
struct SamplePoint {
    /// Where the point is drawn, in data coordinates.
    var x: Double
    /// Where the function was evaluated: equal to `x` except for a one-sided limit at a
    /// jump, which is evaluated a hair to the side and drawn at the jump itself.
    var evaluatedAt: Double
    var value: Double
    /// In drawing coordinates; `pixel.y` is NaN or infinite where the value is.
    var pixel: Point

    var isFinite: Bool { pixel.y.isFinite }
}

/// A dot at a jump: filled where the function takes its value, open at the other
/// one-sided limit.
struct JumpDot: Equatable {
    var center: Point
    var filled: Bool
}

/// A curve after adaptive sampling: the polylines to draw (the path breaks between them)
/// and the dots at its jumps.
struct SampledCurve {
    var runs: [[SamplePoint]]
    var dots: [JumpDot]
    var evaluations: Int
}
