import AgencyOS

/// One component of an explanation: its raw points, how they were normalised and weighted.
public struct ALSComponentBreakdown: Codable, Hashable, Sendable {
    /// The component.
    public var component: ALSComponent
    /// Points before any signal: 15 for risk (deductions are taken from it), else 0.
    public var basePoints: Int
    /// The cap of the raw points.
    public var maximumPoints: Int
    /// Raw points: clamp(base + Σ signal points, 0, maximum).
    public var rawPoints: Int
    /// The normalisation factor (5, 4, 4, 6.67, 6.67).
    public var normalizationFactor: Double
    /// The weight applied.
    public var weight: Double
    /// rawPoints × normalizationFactor × weight.
    public var weightedPoints: Double

    /// Creates a breakdown.
    public init(
        component: ALSComponent, basePoints: Int, maximumPoints: Int, rawPoints: Int, normalizationFactor: Double,
        weight: Double, weightedPoints: Double
    ) {
        self.component = component
        self.basePoints = basePoints
        self.maximumPoints = maximumPoints
        self.rawPoints = rawPoints
        self.normalizationFactor = normalizationFactor
        self.weight = weight
        self.weightedPoints = weightedPoints
    }

    enum CodingKeys: String, CodingKey {
        case component, weight
        case basePoints = "base_points"
        case maximumPoints = "maximum_points"
        case rawPoints = "raw_points"
        case normalizationFactor = "normalization_factor"
        case weightedPoints = "weighted_points"
    }
}

/// Why a lead has its score, for a person and for storage: the five components, every
/// signal with the lead value that triggered it, the boosts and the weights.
///
/// The total is reproducible from the explanation alone: ``reproducedTotal`` recomputes
/// truncate(clamp(Σ weighted + buyer boost + LinkedIn boost)) with the same floating-point
/// operations the scorer performs, and ``isConsistent`` checks every step.
public struct ALSExplanation: Codable, Hashable, Sendable {
    /// The rules used.
    public var path: ALSScoringPath
    /// The score, 0–100.
    public var total: Int
    /// The tier of the score.
    public var tier: ALSTier
    /// Default or learned weights.
    public var weightSource: ALSWeightSource
    /// Why learned weights were rejected, when they were.
    public var weightFallbackReason: String?
    /// The five components, in formula order.
    public var components: [ALSComponentBreakdown]
    /// Points added by the buyer signal.
    public var buyerBoost: Int
    /// Points added by LinkedIn activity.
    public var linkedInBoost: Int
    /// Σ weighted + boosts before clamping and truncation.
    public var unclampedTotal: Double
    /// Every signal that contributed, component by component, then the boosts.
    public var signals: [ALSSignal]

    /// Creates an explanation.
    public init(
        path: ALSScoringPath, total: Int, tier: ALSTier, weightSource: ALSWeightSource, weightFallbackReason: String?,
        components: [ALSComponentBreakdown], buyerBoost: Int, linkedInBoost: Int, unclampedTotal: Double,
        signals: [ALSSignal]
    ) {
        self.path = path
        self.total = total
        self.tier = tier
        self.weightSource = weightSource
        self.weightFallbackReason = weightFallbackReason
        self.components = components
        self.buyerBoost = buyerBoost
        self.linkedInBoost = linkedInBoost
        self.unclampedTotal = unclampedTotal
        self.signals = signals
    }

    /// The signals of one component or boost.
    public func signals(in group: ALSSignalGroup) -> [ALSSignal] { signals.filter { $0.group == group } }

    /// The total recomputed from the components' raw points and weights and the boosts.
    public var reproducedTotal: Int { recomputed.total }

    private var recomputed: (unclamped: Double, total: Int) {
        var weighted = 0.0
        for breakdown in components {
            weighted += ALSArithmetic.weighted(breakdown.rawPoints, breakdown.component, breakdown.weight)
        }
        return ALSArithmetic.total(weightedSum: weighted, buyerBoost: buyerBoost, linkedInBoost: linkedInBoost)
    }

    /// Whether every number follows from the signals: each component's raw points from its
    /// signals, each weighted value from raw points and weight, each boost from its
    /// signals, and the total and tier from those.
    public var isConsistent: Bool {
        guard components.map(\.component) == ALSComponent.allCases else { return false }
        for breakdown in components {
            let sum = signals(in: ALSSignalGroup(component: breakdown.component)).reduce(breakdown.basePoints) { $0 + $1.points }
            let raw = min(breakdown.maximumPoints, max(0, sum))
            let weighted = ALSArithmetic.weighted(breakdown.rawPoints, breakdown.component, breakdown.weight)
            guard raw == breakdown.rawPoints, weighted == breakdown.weightedPoints,
                  breakdown.normalizationFactor == breakdown.component.normalizationFactor else { return false }
        }
        let buyer = signals(in: .buyerBoost).reduce(0) { $0 + $1.points }
        let linkedIn = min(ALSLinkedInActivity.maximumBoost, signals(in: .linkedInBoost).reduce(0) { $0 + $1.points })
        let again = recomputed
        return buyer == buyerBoost && linkedIn == linkedInBoost && again.total == total
            && again.unclamped == unclampedTotal && tier == ALSTier(score: total)
    }

    enum CodingKeys: String, CodingKey {
        case path, total, tier, components, signals
        case weightSource = "weight_source"
        case weightFallbackReason = "weight_fallback_reason"
        case buyerBoost = "buyer_boost"
        case linkedInBoost = "linkedin_boost"
        case unclampedTotal = "unclamped_total"
    }
}

extension ALSSignalGroup {
    /// The group of a component.
    public init(component: ALSComponent) {
        switch component {
        case .dataQuality: self = .dataQuality
        case .authority: self = .authority
        case .companyFit: self = .companyFit
        case .timing: self = .timing
        case .risk: self = .risk
        }
    }
}
