/// The second moments the optimiser needs, computed once in two passes: the covariance of
/// the normalised components, their covariance with conversion, and the variance of
/// conversion. Correlation for any weights is then O(25) work, independent of the sample.
struct ComponentStatistics: Sendable {
    let count: Int
    /// 5 × 5 population covariance of the normalised components (row-major).
    let covariance: [Double]
    /// Population covariance of each normalised component with conversion (0/1).
    let outcomeCovariance: [Double]
    /// Population variance of conversion.
    let outcomeVariance: Double
    /// Score variances at or below this are treated as a constant score.
    let varianceFloor: Double

    static let dimension = 5

    init(_ samples: [ComponentSample]) {
        let n = Self.dimension
        count = samples.count
        var means = Array(repeating: 0.0, count: n)
        var outcomeMean = 0.0
        let rows = samples.map(\.normalized)
        for (row, sample) in zip(rows, samples) {
            for index in 0..<n { means[index] += row[index] }
            if sample.converted { outcomeMean += 1 }
        }
        let total = Double(max(samples.count, 1))
        for index in 0..<n { means[index] /= total }
        outcomeMean /= total
        var covariance = Array(repeating: 0.0, count: n * n)
        var outcomeCovariance = Array(repeating: 0.0, count: n)
        var outcomeVariance = 0.0
        var centered = Array(repeating: 0.0, count: n)
        for (row, sample) in zip(rows, samples) {
            for index in 0..<n { centered[index] = row[index] - means[index] }
            let outcome = (sample.converted ? 1.0 : 0.0) - outcomeMean
            outcomeVariance += outcome * outcome
            for i in 0..<n {
                outcomeCovariance[i] += centered[i] * outcome
                for j in i..<n { covariance[i * n + j] += centered[i] * centered[j] }
            }
        }
        for i in 0..<n {
            outcomeCovariance[i] /= total
            for j in i..<n {
                covariance[i * n + j] /= total
                covariance[j * n + i] = covariance[i * n + j]
            }
        }
        self.covariance = covariance
        self.outcomeCovariance = outcomeCovariance
        self.outcomeVariance = outcomeVariance / total
        let largest = (0..<n).map { covariance[$0 * n + $0] }.max() ?? 0
        varianceFloor = max(largest, 1) * 1e-14
    }

    /// wᵀ Σ w.
    func scoreVariance(_ weights: [Double]) -> Double {
        let n = Self.dimension
        var total = 0.0
        for i in 0..<n {
            var row = 0.0
            for j in 0..<n { row += covariance[i * n + j] * weights[j] }
            total += weights[i] * row
        }
        return total
    }

    /// Pearson correlation of Σ wᵢ·componentᵢ with conversion; 0 when either side is constant.
    func correlation(_ weights: [Double]) -> Double {
        let variance = scoreVariance(weights)
        guard outcomeVariance > 0, variance > varianceFloor else { return 0 }
        var numerator = 0.0
        for index in 0..<Self.dimension { numerator += weights[index] * outcomeCovariance[index] }
        let value = numerator / (variance * outcomeVariance).squareRoot()
        return value.isFinite ? min(1, max(-1, value)) : 0
    }
}
