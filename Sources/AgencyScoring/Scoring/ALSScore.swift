import AgencyOS

/// Which scoring rules produced a score.
public enum ALSScoringPath: String, Codable, Hashable, Sendable {
    /// `leads` rows: email/phone verification flags, personal email, new-role timing.
    case lead
    /// `lead_pool` rows: email status, seniority before title, pool status, LinkedIn boost.
    case pool
}

/// An Agency Lead Score: the 0–100 total, its tier, the five component points, the boosts,
/// the weights used, and the evidence behind every signal.
///
/// Creating a score allocates nothing; ``explanation`` and ``storedComponents`` build the
/// person-readable and storable forms on demand.
public struct ALSScore: Hashable, Sendable {
    /// The rules used.
    public let path: ALSScoringPath
    /// The score, 0–100: truncate(clamp(Σ weighted + boosts)).
    public internal(set) var total = 0
    /// The raw component points.
    public internal(set) var points = ALSPoints(dataQuality: 0, authority: 0, companyFit: 0, timing: 0, risk: 0)
    /// Points added by the buyer signal (0–15).
    public internal(set) var buyerBoost = 0
    /// Points added by LinkedIn activity (0–10; pool path only).
    public internal(set) var linkedInBoost = 0
    /// Σ weighted components + boosts before clamping and truncation.
    public internal(set) var unclampedTotal = 0.0
    let weightsBox: WeightSelectionBox
    /// Filled in place by the scorer; every number above is derived from it.
    var evidence = ALSEvidence()

    init(path: ALSScoringPath, weights: WeightSelectionBox) {
        self.path = path
        self.weightsBox = weights
    }

    /// The weights applied, their source and any fallback reason.
    public var weights: ALSWeightSelection { weightsBox.selection }

    /// The tier of ``total``.
    public var tier: ALSTier { ALSTier(score: total) }

    /// A component's points after normalisation and weighting.
    public func weightedPoints(_ component: ALSComponent) -> Double {
        ALSArithmetic.weighted(points[component], component, weights.weights[component])
    }

    /// The channels the score opens under `policy` (the tier map by default).
    public func channels(policy: ChannelPolicy = .default) -> [ChannelType] {
        policy.channels(forScore: total)
    }
}

/// The scorer's weight selection, shared by reference among its scores: one reference count
/// per score instead of copying a dictionary and an error.
final class WeightSelectionBox: Hashable, Sendable {
    let selection: ALSWeightSelection

    init(_ selection: ALSWeightSelection) { self.selection = selection }

    static func == (lhs: WeightSelectionBox, rhs: WeightSelectionBox) -> Bool {
        lhs === rhs || lhs.selection == rhs.selection
    }

    func hash(into hasher: inout Hasher) { hasher.combine(selection) }
}
