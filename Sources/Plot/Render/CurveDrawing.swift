/// A curve from function to drawing: sampled at a drawn size, simplified, and clipped
/// to the plot area.
struct CurveDrawing {
    /// How far a simplified chord may stray from the samples. With the sampler's own
    /// 0.07 px and rounding to 0.01 px this keeps every drawn segment within 0.1 px of
    /// the true curve.
    static let simplificationTolerance = 0.085

    var sampled: SampledCurve
    var polylines: [[Point]]

    init(_ curve: Curve, xScale: AxisScale, yScale: AxisScale, view: Rect) {
        sampled = CurveSampler(xScale: xScale, yScale: yScale, view: view).sample(curve)
        polylines = sampled.runs.flatMap { run in
            Clipping.clip(Simplification.simplify(run.map { Simplification.clamped($0.pixel) },
                                                  tolerance: Self.simplificationTolerance), to: view)
        }
    }

    /// The path of all polylines.
    var path: PathEncoder {
        var encoder = PathEncoder(capacity: 8 * polylines.reduce(0) { $0 + $1.count })
        for polyline in polylines { encoder.polyline(polyline) }
        return encoder
    }
}
