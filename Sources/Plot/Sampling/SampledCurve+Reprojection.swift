/// The scales and the view a curve is sampled or drawn in.
struct SampleFrame {
    var xScale: AxisScale
    var yScale: AxisScale
    var view: Rect
}

extension SampledCurve {
    /// The same samples drawn in `target`, a smaller drawing of the same x range, or nil when
    /// they are not known to be fine enough there (the caller then samples the curve anew).
    ///
    /// Both scales linear: the map from `source` drawing coordinates to `target` ones scales
    /// x and y by factors of at most 1 each, so no distance grows, and every guarantee of the
    /// samples (the curve within the tolerance of their chords, extremes searched, jumps
    /// sampled from both sides) holds at the target's scale with room to spare. Two things
    /// do not carry over and are checked: the source refines only inside its view, so the
    /// target's view may reach beyond it only where no sample lies; and a jump drawn as a gap
    /// at the source's scale may close (within 0.1 px) at the target's. Dots are recomputed.
    func reprojected(from source: SampleFrame, to target: SampleFrame) -> SampledCurve? {
        guard let reprojection = reprojection(from: source, to: target) else { return nil }
        let projected = runs.map { run in
            run.map { p in
                var q = p
                q.pixel = reprojection.pixel(p)
                return q
            }
        }
        return SampledCurve(runs: projected, dots: reprojection.dots, evaluations: 0, jumps: jumps, complete: true)
    }

    /// How these samples are drawn in `target` (nil when `reprojected` gives nil): the map
    /// of a sample to its drawing point there, and the dots at the jumps.
    func reprojection(from source: SampleFrame, to target: SampleFrame) -> Reprojection? {
        guard complete, !source.yScale.logarithmic, !target.yScale.logarithmic,
              source.xScale.domain == target.xScale.domain,
              source.view.minX == source.xScale.from, source.view.maxX == source.xScale.to,
              target.view.minX == target.xScale.from, target.view.maxX == target.xScale.to,
              Self.pixelsPerUnit(target.xScale) <= Self.pixelsPerUnit(source.xScale),
              Self.pixelsPerUnit(target.yScale) <= Self.pixelsPerUnit(source.yScale) else { return nil }

        // The data heights of each view's edges; the bands the target shows beyond the source.
        let (sourceLow, sourceHigh) = Self.dataRange(source.yScale, source.view)
        let (targetLow, targetHigh) = Self.dataRange(target.yScale, target.view)
        if targetLow < sourceLow || targetHigh > sourceHigh {
            for run in runs {
                for p in run where p.value.isFinite
                    && ((p.value >= targetLow && p.value < sourceLow) || (p.value > sourceHigh && p.value <= targetHigh)) {
                    return nil
                }
            }
        }

        let xScale = target.xScale, yScale = target.yScale
        var dots: [JumpDot] = []
        for jump in jumps {
            let (joined, jumpDots) = CurveSampler.jump(left: yScale.pixel(jump.left), right: yScale.pixel(jump.right),
                                                       at: yScale.pixel(jump.value))
            guard joined == jump.joined else { return nil }
            dots += JumpDot.at(x: xScale.pixel(jump.x), jumpDots, inside: target.view)
        }
        return Reprojection(xScale: xScale, yScale: yScale, dots: dots)
    }

    /// Samples taken at one scale as drawn at another (`SampledCurve.reprojection`).
    struct Reprojection {
        let xScale: AxisScale
        let yScale: AxisScale
        /// The dots at the declared jumps, recomputed at the new scale.
        let dots: [JumpDot]

        /// Where a sample is drawn at the new scale.
        func pixel(_ p: SamplePoint) -> Point {
            Point(x: xScale.pixel(p.x), y: yScale.pixel(p.value))
        }
    }

    /// Drawing units per data unit along a linear axis.
    private static func pixelsPerUnit(_ scale: AxisScale) -> Double {
        abs((scale.to - scale.from) / (scale.domain.upperBound - scale.domain.lowerBound))
    }

    /// The data heights at the bottom and top of `view`.
    private static func dataRange(_ scale: AxisScale, _ view: Rect) -> (Double, Double) {
        let a = scale.value(atPixel: view.minY), b = scale.value(atPixel: view.maxY)
        return (min(a, b), max(a, b))
    }
}
