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

    /// The dots `CurveSampler.jump` gives at heights `dots`, drawn at `x`, those within
    /// half a pixel of `view`.
    static func at(x: Double, _ dots: [(y: Double, filled: Bool)], inside view: Rect) -> [JumpDot] {
        dots.map { JumpDot(center: Point(x: x, y: $0.y), filled: $0.filled) }.filter { view.contains($0.center, slack: 0.5) }
    }
}

/// A declared jump as sampled, in data coordinates: where it is, the one-sided limits,
/// the value there, and whether the two sides were drawn joined (they meet within 0.1 px).
struct JumpSample {
    var x: Double
    var left: Double
    var right: Double
    var value: Double
    var joined: Bool
}

/// A curve after adaptive sampling: the polylines to draw (the path breaks between them)
/// and the dots at its jumps.
struct SampledCurve {
    var runs: [[SamplePoint]]
    var dots: [JumpDot]
    var evaluations: Int
    /// The declared jumps inside the view, for drawing the samples at another scale.
    var jumps: [JumpSample] = []
    /// False when the evaluation budget or the cap on extreme searches cut the sampling
    /// short, so the samples are not known to be as fine as the tolerance asks.
    var complete = true
}
