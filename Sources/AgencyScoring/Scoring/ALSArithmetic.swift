/// The five weights as plain doubles, in component order, for the hot path.
struct WeightVector: Hashable, Sendable {
    var dataQuality: Double
    var authority: Double
    var companyFit: Double
    var timing: Double
    var risk: Double

    init(_ weights: ALSWeights) {
        dataQuality = weights[.dataQuality]
        authority = weights[.authority]
        companyFit = weights[.companyFit]
        timing = weights[.timing]
        risk = weights[.risk]
    }
}

/// The aggregation of §4, in one place so that scores and explanations perform the very
/// same IEEE-754 operations in the very same order.
enum ALSArithmetic {
    /// `normalised × weight` of one component.
    @inline(__always)
    static func weighted(_ points: Int, _ component: ALSComponent, _ weight: Double) -> Double {
        component.normalized(points) * weight
    }

    /// Σ normalised × weight, left to right from 0, in component order.
    @inline(__always)
    static func weightedSum(_ points: ALSPoints, _ weights: WeightVector) -> Double {
        var sum = 0.0
        sum += weighted(points.dataQuality, .dataQuality, weights.dataQuality)
        sum += weighted(points.authority, .authority, weights.authority)
        sum += weighted(points.companyFit, .companyFit, weights.companyFit)
        sum += weighted(points.timing, .timing, weights.timing)
        sum += weighted(points.risk, .risk, weights.risk)
        return sum
    }

    /// Adds the buyer boost, then the LinkedIn boost; clamps to [0, 100] and truncates.
    @inline(__always)
    static func total(weightedSum: Double, buyerBoost: Int, linkedInBoost: Int) -> (unclamped: Double, total: Int) {
        var value = weightedSum
        value += Double(buyerBoost)
        value += Double(linkedInBoost)
        let clamped = value >= 100 ? 100 : (value >= 0 ? value : 0)  // NaN → 0
        return (value, Int(clamped))
    }
}
