/// A curve from function to drawing: sampled at a drawn size, simplified, and clipped
/// to the plot area.
struct CurveDrawing {
    /// How far a simplified chord may stray from the samples. With the sampler's own
    /// 0.07 px and rounding to 0.01 px this keeps every drawn segment within 0.1 px of
    /// the true curve.
    static let simplificationTolerance = 0.085

    /// The dots at the curve's jumps.
    var dots: [JumpDot]
    var polylines: [[Point]]

    init(_ curve: Curve, xScale: AxisScale, yScale: AxisScale, view: Rect) {
        self.init(sampled: CurveSampler(xScale: xScale, yScale: yScale, view: view).sample(curve), view: view)
    }

    /// The curve drawn in `frame` from samples taken in `source` when they are fine enough
    /// there (`SampledCurve.reprojected`: the samples' drawing points at the new scale go
    /// straight to the simplification for dense runs), else sampled anew.
    init(_ curve: Curve, in frame: SampleFrame, reusing samples: SampledCurve?, from source: SampleFrame?) {
        if let samples, let source, let reprojection = samples.reprojection(from: source, to: frame) {
            let polylines = samples.runs.flatMap { run in
                let points = run.map { Simplification.clamped(reprojection.pixel($0)) }
                return Clipping.clip(Simplification.simplifyDense(points, tolerance: Self.simplificationTolerance), to: frame.view)
            }
            self.init(dots: reprojection.dots, polylines: polylines)
        } else {
            self.init(curve, xScale: frame.xScale, yScale: frame.yScale, view: frame.view)
        }
    }

    /// The curve drawn from samples taken at this drawing's own scale.
    init(sampled: SampledCurve, view: Rect) {
        dots = sampled.dots
        polylines = sampled.runs.flatMap { run in
            let points = run.map { Simplification.clamped($0.pixel) }
            return Clipping.clip(Simplification.simplify(points, tolerance: Self.simplificationTolerance), to: view)
        }
    }

    private init(dots: [JumpDot], polylines: [[Point]]) {
        self.dots = dots
        self.polylines = polylines
    }

    /// The path of all polylines.
    var path: PathEncoder {
        var encoder = PathEncoder(capacity: 8 * polylines.reduce(0) { $0 + $1.count })
        for polyline in polylines { encoder.polyline(polyline) }
        return encoder
    }
}
