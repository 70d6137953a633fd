/// Finds the weights w (each in [lower, upper], Σw = 1) that maximise the Pearson
/// correlation between Σ wᵢ·xᵢ and conversion. Exact and deterministic, no iteration
/// tolerances:
///
/// 1. Correlation is scale-invariant, so maximising it over the box-and-simplex polytope P
///    equals minimising the score variance wᵀΣw over the cone of P cut by c·w = 1 (c = the
///    components' covariance with conversion): a **convex quadratic program** whenever some
///    weighting correlates positively. Its bound constraints are homogeneous
///    (wᵢ ≥ lower·Σw, wᵢ ≤ upper·Σw).
/// 2. The QP is solved by **active-set enumeration**: each component is at its lower bound,
///    at its upper bound or free (3⁵ = 243 sets); each set's KKT system is solved exactly and
///    kept if primal and dual feasible. A convex QP's KKT point is its global minimum.
/// 3. When no weighting correlates positively, the best (least negative) correlation lies at
///    a vertex of P, so every vertex is evaluated.
///
/// A tiny ridge (1e-12 of the largest variance) keeps Σ positive definite when a component
/// is constant, making the optimum unique.
struct WeightSolver {
    let statistics: ComponentStatistics
    let lower: Double
    let upper: Double

    struct Solution {
        var weights: [Double]
        var correlation: Double
        var systemsSolved: Int
    }

    private var n: Int { ComponentStatistics.dimension }

    /// Every vertex of P: four weights at a bound, the fifth taking the rest (within bounds).
    func vertices() -> [[Double]] {
        var result: [[Double]] = []
        for free in 0..<n {
            for pattern in 0..<(1 << (n - 1)) {
                var weights = Array(repeating: 0.0, count: n)
                var bit = 0
                for index in 0..<n where index != free {
                    weights[index] = pattern & (1 << bit) != 0 ? upper : lower
                    bit += 1
                }
                let rest = 1 - weights.reduce(0, +)
                guard rest >= lower - 1e-12, rest <= upper + 1e-12 else { continue }
                weights[free] = min(upper, max(lower, rest))
                result.append(weights)
            }
        }
        return result
    }

    func solve() -> Solution {
        var best = Solution(weights: Array(repeating: 1 / Double(n), count: n), correlation: -2, systemsSolved: 0)
        var anyPositive = false
        for vertex in vertices() {
            let correlation = statistics.correlation(vertex)
            if correlation > best.correlation + 1e-15 {
                best.weights = vertex
                best.correlation = correlation
            }
            if dot(vertex, statistics.outcomeCovariance) > 0 { anyPositive = true }
        }
        guard anyPositive else { return best }
        var solved = 0
        for code in 0..<243 {
            var states = Array(repeating: 0, count: n)
            var remaining = code
            for index in 0..<n {
                states[index] = remaining % 3
                remaining /= 3
            }
            solved += 1
            guard let weights = kktPoint(states) else { continue }
            let correlation = statistics.correlation(weights)
            if correlation > best.correlation + 1e-15 {
                best.weights = weights
                best.correlation = correlation
            }
        }
        best.systemsSolved = solved
        return best
    }

    /// The KKT point of the cone QP with components in `states` (0 free, 1 at lower, 2 at
    /// upper) active, normalised to Σw = 1; `nil` when singular or infeasible.
    private func kktPoint(_ states: [Int]) -> [Double]? {
        let active = (0..<n).filter { states[$0] != 0 }
        guard active.count < n else { return nil }
        // Active constraint k: aₖ·w = 0 with aₖ = eᵢ − lower·1 (lower) or upper·1 − eᵢ (upper).
        let constraints: [[Double]] = active.map { index in
            (0..<n).map { column in
                states[index] == 1 ? (column == index ? 1 : 0) - lower : upper - (column == index ? 1 : 0)
            }
        }
        let size = n + 1 + active.count
        var matrix = Array(repeating: 0.0, count: size * size)
        var rhs = Array(repeating: 0.0, count: size)
        let ridge = max((0..<n).map { statistics.covariance[$0 * n + $0] }.max() ?? 0, 1e-300) * 1e-12
        // Stationarity: 2(Σ + ridge·I)w − λc − Σ μₖ aₖ = 0.
        for row in 0..<n {
            for column in 0..<n {
                matrix[row * size + column] = 2 * statistics.covariance[row * n + column] + (row == column ? 2 * ridge : 0)
            }
            matrix[row * size + n] = -statistics.outcomeCovariance[row]
            for (k, constraint) in constraints.enumerated() { matrix[row * size + n + 1 + k] = -constraint[row] }
        }
        // c·w = 1.
        for column in 0..<n { matrix[n * size + column] = statistics.outcomeCovariance[column] }
        rhs[n] = 1
        // aₖ·w = 0.
        for (k, constraint) in constraints.enumerated() {
            for column in 0..<n { matrix[(n + 1 + k) * size + column] = constraint[column] }
        }
        guard let solution = LinearSystem.solve(matrix, rhs) else { return nil }
        let weights = Array(solution[0..<n])
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        let tolerance = 1e-9
        for k in active.indices where solution[n + 1 + k] < -tolerance * max(1, Swift.abs(solution[n])) { return nil }
        let normalized = weights.map { $0 / total }
        for weight in normalized where weight < lower - tolerance || weight > upper + tolerance { return nil }
        return normalized.map { min(upper, max(lower, $0)) }
    }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
