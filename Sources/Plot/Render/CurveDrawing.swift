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
        self.init(sampled: CurveSampler(xScale: xScale, yScale: yScale, view: view).sample(curve), view: view)
    }

    /// The curve drawn in `frame` from samples taken in `source` when they are fine enough
    /// there (`SampledCurve.reprojected`), else sampled anew.
    init(_ curve: Curve, in frame: SampleFrame, reusing samples: SampledCurve?, from source: SampleFrame?) {
        if let samples, let source, let reprojected = samples.reprojected(from: source, to: frame) {
            self.init(sampled: reprojected, view: frame.view, dense: true)
        } else {
            self.init(curve, xScale: frame.xScale, yScale: frame.yScale, view: frame.view)
        }
    }

    /// `dense` samples were taken for a larger drawing (`Simplification.simplifyDense`).
    init(sampled: SampledCurve, view: Rect, dense: Bool = false) {
        self.sampled = sampled
        polylines = sampled.runs.flatMap { run in
            let points = run.map { Simplification.clamped($0.pixel) }
            let kept = dense ? Simplification.simplifyDense(points, tolerance: Self.simplificationTolerance)
                : Simplification.simplify(points, tolerance: Self.simplificationTolerance)
            return Clipping.clip(kept, to: view)
        }
    }

    /// The path of all polylines.
    var path: PathEncoder {
        var encoder = PathEncoder(capacity: 8 * polylines.reduce(0) { $0 + $1.count })
        for polyline in polylines { encoder.polyline(polyline) }
        return encoder
    }
}
