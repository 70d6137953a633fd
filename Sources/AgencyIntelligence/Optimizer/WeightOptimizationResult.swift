import AgencyScoring

/// How a weight optimisation ended.
public enum OptimizationStatus: String, Codable, Hashable, Sendable {
    /// The optimum was found; the weights may be written to the client.
    case success
    /// The problem was degenerate (conversion or every weighted score is constant), so no
    /// weighting is better than another; the defaults are returned and should not be written.
    case partial
    /// Fewer than the minimum leads with outcomes and component data.
    case insufficientData = "insufficient_data"
    /// Enough leads, but fewer than the minimum with a complete set of components.
    case insufficientComponentData = "insufficient_component_data"
}

/// The outcome of ``WeightOptimizer``: weights, confidence and how they were found.
public struct WeightOptimizationResult: Codable, Hashable, Sendable {
    /// The weights: learned (rounded to 3 decimals, summing to exactly 1) or the defaults.
    public var weights: ALSWeights
    /// clamp(2 · improvement + 0.3 · min(1, rows / 500), 0, 0.95), 3 dp; 0 without an optimisation.
    public var confidence: Double
    /// Leads with outcomes and component data in the window.
    public var sampleSize: Int
    /// How the optimisation ended.
    public var optimizationStatus: OptimizationStatus
    /// Optimised correlation − default-weight correlation (4 dp).
    public var correlationImprovement: Double?
    /// KKT systems solved.
    public var iterations: Int?
    /// Correlation of the default weights with conversion (4 dp).
    public var baselineCorrelation: Double?
    /// Correlation of the optimised weights with conversion (4 dp).
    public var optimizedCorrelation: Double?
    /// Why the defaults were returned.
    public var note: String?

    /// Creates a result.
    public init(weights: ALSWeights, confidence: Double, sampleSize: Int, optimizationStatus: OptimizationStatus,
                correlationImprovement: Double? = nil, iterations: Int? = nil, baselineCorrelation: Double? = nil,
                optimizedCorrelation: Double? = nil, note: String? = nil) {
        self.weights = weights
        self.confidence = confidence
        self.sampleSize = sampleSize
        self.optimizationStatus = optimizationStatus
        self.correlationImprovement = correlationImprovement
        self.iterations = iterations
        self.baselineCorrelation = baselineCorrelation
        self.optimizedCorrelation = optimizedCorrelation
        self.note = note
    }

    /// Whether the weights should be written to `clients.als_learned_weights` (status success only).
    public var shouldPersist: Bool { optimizationStatus == .success }

    enum CodingKeys: String, CodingKey {
        case weights, confidence, iterations, note
        case sampleSize = "sample_size", optimizationStatus = "optimization_status"
        case correlationImprovement = "correlation_improvement", baselineCorrelation = "baseline_correlation"
        case optimizedCorrelation = "optimized_correlation"
    }
}
