import AgencyCore
import AgencyOS
import AgencyScoring

/// Learns ALS component weights from conversions: the weights in [0.05, 0.50], summing to 1,
/// that maximise the Pearson correlation between the weighted score and conversion.
///
/// It learns on the **normalised** components (raw points × 5, 4, 4, 6.67, 6.67), the same
/// values the scorer weights, so learned weights mean what they say (the reference trained on
/// raw points, D#17). Pure Swift, exact (see the solver notes in the documentation), and
/// deterministic.
public struct WeightOptimizer: Sendable {
    /// Windows and outcome set (the optimiser uses the lookback window).
    public var configuration: IntelligenceConfiguration
    /// Leads (and complete rows) needed: 50.
    public var minimumSamples: Int

    /// An optimiser.
    public init(configuration: IntelligenceConfiguration = .standard, minimumSamples: Int = 50) {
        self.configuration = configuration
        self.minimumSamples = minimumSamples
    }

    /// Optimises over one client's leads: the live outcome leads created within the window
    /// that have component data (`als_components`, or the five `als_*` columns).
    public func optimize(leads: [Lead], now: Timestamp) -> WeightOptimizationResult {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        var fetched = 0
        var samples: [ComponentSample] = []
        for index in leads.indices {
            let lead = leads[index]
            guard lead.deletedAt == nil, lead.createdAt >= cutoff, configuration.outcomes.hasOutcome(lead.status),
                  lead.alsComponents != nil || lead.alsDataQuality != nil else { continue }
            fetched += 1
            if let points = ComponentSample.points(of: lead) {
                samples.append(ComponentSample(points: points, converted: configuration.outcomes.isConverted(lead.status)))
            }
        }
        return optimize(samples: samples, sampleSize: fetched)
    }

    /// Optimises over prepared rows; `sampleSize` is the number of leads fetched (rows may be fewer).
    public func optimize(samples: [ComponentSample], sampleSize: Int? = nil) -> WeightOptimizationResult {
        let fetched = sampleSize ?? samples.count
        guard fetched >= minimumSamples else {
            return WeightOptimizationResult(weights: .defaults, confidence: 0, sampleSize: fetched,
                                            optimizationStatus: .insufficientData,
                                            note: "Need at least \(minimumSamples) leads with outcomes")
        }
        let rows = samples.filter { $0.points.count == ALSComponent.allCases.count }
        guard rows.count >= minimumSamples else {
            return WeightOptimizationResult(weights: .defaults, confidence: 0, sampleSize: fetched,
                                            optimizationStatus: .insufficientComponentData,
                                            note: "Not enough leads have ALS component scores")
        }
        let statistics = ComponentStatistics(rows)
        let defaults = ALSComponent.allCases.map { ALSWeights.defaults[$0] }
        let baseline = statistics.correlation(defaults)
        let solution = WeightSolver(statistics: statistics, lower: ALSWeights.minimumWeight,
                                    upper: ALSWeights.maximumWeight).solve()
        guard statistics.outcomeVariance > 0, solution.correlation != 0 || baseline != 0 else {
            return WeightOptimizationResult(
                weights: .defaults, confidence: 0, sampleSize: fetched, optimizationStatus: .partial,
                correlationImprovement: 0, iterations: solution.systemsSolved, baselineCorrelation: 0,
                optimizedCorrelation: 0,
                note: "No weighting correlates with conversion (outcomes or scores do not vary); defaults kept")
        }
        let improvement = solution.correlation - baseline
        let sampleFactor = min(1, Double(rows.count) / 500)
        let confidence = min(0.95, max(0, improvement * 2 + sampleFactor * 0.3))
        let weights = Self.roundedWeights(solution.weights)
        return WeightOptimizationResult(
            weights: weights, confidence: OutputRounding.round(confidence, places: 3), sampleSize: fetched,
            optimizationStatus: .success, correlationImprovement: OutputRounding.round(improvement, places: 4),
            iterations: solution.systemsSolved, baselineCorrelation: OutputRounding.round(baseline, places: 4),
            optimizedCorrelation: OutputRounding.round(solution.correlation, places: 4))
    }

    /// `weights` rounded to thousandths that stay within the bounds and sum to exactly 1000
    /// thousandths: each is rounded half-to-even, then the remainder is given (or taken) one
    /// thousandth at a time to the components with the largest (smallest) rounding residue,
    /// lowest index first on a tie.
    static func roundedWeights(_ weights: [Double]) -> ALSWeights {
        let low = Int((ALSWeights.minimumWeight * 1000).rounded())
        let high = Int((ALSWeights.maximumWeight * 1000).rounded())
        var thousandths = weights.map { min(high, max(low, Int((OutputRounding.round($0, places: 3) * 1000).rounded()))) }
        var difference = 1000 - thousandths.reduce(0, +)
        while difference != 0 {
            let residues = weights.indices.map { weights[$0] * 1000 - Double(thousandths[$0]) }
            let candidates = weights.indices.filter { difference > 0 ? thousandths[$0] < high : thousandths[$0] > low }
            guard let pick = candidates.max(by: { lhs, rhs in
                difference > 0
                    ? (residues[lhs] != residues[rhs] ? residues[lhs] < residues[rhs] : lhs > rhs)
                    : (residues[lhs] != residues[rhs] ? residues[lhs] > residues[rhs] : lhs > rhs)
            }) else { break }
            thousandths[pick] += difference > 0 ? 1 : -1
            difference += difference > 0 ? -1 : 1
        }
        let values = Dictionary(uniqueKeysWithValues: zip(ALSComponent.allCases, thousandths.map { Double($0) / 1000 }))
        return (try? ALSWeights(values)) ?? .defaults
    }
}
