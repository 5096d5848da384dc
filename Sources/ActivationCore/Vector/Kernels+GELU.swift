// GELU over lanes, the algorithm of BuiltIns+GELU.swift: with z = |x|/√2 a pair, erf(z) from
// its polynomial for z < 0.5, and erfc(z) = exp(−x²/2)·erfcx(z) beyond, erfcx from the
// fitted pieces of `ScaledErfcTable`, each lane reading its own piece's coefficients. All
// three forms are computed and blended. |x| ≥ 37 (z beyond the table) and NaN take the
// scalar path.

/// gelu: x·Φ(x).
struct GELULanes: LaneKernel {
    /// Each piece as one row: centre, value at the centre (hi, lo), then c₁₅ … c₁ (zeros
    /// where the piece has fewer terms), so a lane's Horner loop is the same for every piece.
    static let rowLength = 18
    static let rows: [Double] = (0..<ScaledErfcTable.centres.count).flatMap { piece -> [Double] in
        let c = ScaledErfcTable.coefficients[piece]
        let padding = [Double](repeating: 0, count: rowLength - 3 - c.count)
        let (hi, lo) = ScaledErfcTable.constants[piece]
        return [ScaledErfcTable.centres[piece], hi, lo] + padding + c.reversed()
    }
    let table = GELULanes.rows
    /// (erf(z)/z − 2/√π)/z² in t = z², highest coefficient first.
    let erfSmallTail = InlineArray<10, Double> { ScaledErfcTable.erfSmall[9 - $0] }

    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let a = x.magnitude
        let z = LanePair(Constant.inverseSqrt2()) * a
        let small = (smallCDF(z, x) * x).value

        // erfc(z)/2 = exp(−x²/2)·erfcx(z)/2, the exponential applied last.
        let scaled = scaledErfc(z)
        let exponential = gaussian(x)
        let negative = (scaled * exponential * (x * 0.5)).value
        let tail = scaled * exponential * 0.5
        let positive = (LanePair.constantPlus(1, -tail) * x).value

        let y = positive.replacing(with: negative, where: x .< 0).replacing(with: small, where: z.hi .< 0.5)
        return y.patched(.!(a .< 37), input: x, BuiltIns.gelu)
    }

    /// exp(−x²/2) as a pair, from x² exact (|x| ≤ 37).
    @inline(__always) func gaussian(_ x: Lanes) -> LanePair {
        let square = LanePair.product(x, x)
        let e = LaneMath.exp((square.hi * -0.5).clamped(above: -700))
        return LanePair(e.hi, Lanes.fma(e.hi, square.lo * -0.5, e.lo))
    }

    /// Φ(x) = (1 ± erf z)/2 for z = |x|/√2 < 0.5.
    @inline(__always) func smallCDF(_ z: LanePair, _ x: Lanes) -> LanePair {
        let e = erfSmall(z)
        return LanePair.constantPlus(1, LanePair(e.hi.withSign(of: x), e.lo.withSign(of: x))) * 0.5
    }

    /// erf(z) for 0 ≤ z < 0.5: z·(2/√π + t·Q(t)), t = z².
    @inline(__always) func erfSmall(_ z: LanePair) -> LanePair {
        let t = z.hi * z.hi
        let q = LaneMath.horner(t, erfSmallTail)
        let (hi, lo) = ScaledErfcTable.erfSmallConstant
        return z * (LanePair(Lanes(repeating: hi), Lanes(repeating: lo)) + q * t)
    }

    /// erfcx(z) for 0.5 ≤ z < 26.5 (other lanes give values that are blended away).
    @inline(__always) func scaledErfc(_ z: LanePair) -> LanePair {
        var piece = Lanes()
        let edges = ScaledErfcTable.edges
        for edge in edges[1..<(edges.count - 1)] { piece = piece.replacing(with: piece + 1, where: z.hi .>= edge) }
        return table.withUnsafeBufferPointer { rows -> LanePair in
            // Lane by lane: a gather per coefficient is slower on AMD cores than scalar loads.
            var hi = Lanes(), lo = Lanes(), tail = Lanes(), h = Lanes()
            for lane in 0..<8 {
                let row = rows.baseAddress! + Int(piece[lane]) &* Self.rowLength
                hi[lane] = row[1]
                lo[lane] = row[2]
                let d = (z.hi[lane] - row[0]) + z.lo[lane]
                var p = row[3]
                for k in 4..<Self.rowLength { p = Double.multiplyAdd(p, d, row[k]) }
                tail[lane] = p
                h[lane] = d
            }
            return LanePair(hi, lo) + tail * h
        }
    }
}

/// gelu′ = Φ(x) + x·φ(x): for z < 0.5 the two terms summed as pairs; beyond, with the shared
/// factor exp(−x²/2) applied last to erfcx(z)/2 + x/√(2π) (x < 0, where f′ crosses zero at
/// x ≈ −0.75 without cancelling) or to x/√(2π) − erfcx(z)/2 added to 1 (x ≥ 0).
struct GELUDerivativeLanes: LaneKernel {
    let gelu = GELULanes()

    @inline(__always) func callAsFunction(_ x: Lanes) -> Lanes {
        let a = x.magnitude
        let z = LanePair(Constant.inverseSqrt2()) * a
        let density = LanePair(Constant.inverseSqrt2Pi()) * x  // x/√(2π)
        let exponential = gelu.gaussian(x)
        let small = (gelu.smallCDF(z, x) + density * exponential).value
        let halfScaled = gelu.scaledErfc(z) * 0.5
        let negative = ((halfScaled + density) * exponential).value
        let positive = LanePair.constantPlus(1, (density + (-halfScaled)) * exponential).value
        let y = positive.replacing(with: negative, where: x .< 0).replacing(with: small, where: z.hi .< 0.5)
        return y.patched(.!(a .< 37), input: x, BuiltIns.geluDerivative)
    }
}
