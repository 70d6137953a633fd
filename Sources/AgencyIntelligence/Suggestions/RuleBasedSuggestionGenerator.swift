import AgencyCore
import AgencyOS
import Foundation

/// Deterministic campaign suggestions from patterns and campaign metrics, without a language
/// model. Implements the trigger rules of the reference's prompt:
///
/// | Type | Trigger |
/// |---|---|
/// | refine_targeting | a WHO title, industry, size bucket or timing signal with lift ≥ 1.5 |
/// | update_content | a WHAT subject pattern, pain point, CTA, angle, template or personalisation flag with lift ≥ 1.3 |
/// | adjust_timing | a WHEN day or hour with lift ≥ 1.3 |
/// | change_channel_mix | a HOW channel or channel sequence with lift ≥ 1.5 |
/// | pause_campaign | an active campaign with a reply rate < 1 % after ≥ 100 leads |
/// | adjust_allocation | an active campaign converting ≥ 2× the other active campaigns |
/// | create_campaign | a WHO title or industry converting ≥ 15 % that no campaign targets |
///
/// Confidence = pattern confidence × Φ(z)^m, where z tests the segment's rate against the
/// baseline and m is the number of segments examined for the type (campaign rules use the
/// test alone). Priority = round(20 + 50·strength + 30·confidence) with strength =
/// min(1, (lift − 1) / 2). One suggestion per type (pause: one per campaign), each citing its
/// evidence; the per-type floors, validation, ordering and the limit of 7 are
/// ``SuggestionPolicy``'s.
public struct RuleBasedSuggestionGenerator: SuggestionGenerator {
    /// Thresholds.
    public var rules: SuggestionRules
    /// Floors, validation and limit.
    public var policy: SuggestionPolicy

    /// A generator with the given rules and policy.
    public init(rules: SuggestionRules = .standard, policy: SuggestionPolicy = SuggestionPolicy()) {
        self.rules = rules
        self.policy = policy
    }

    /// ``suggestions(for:)``.
    public func generateSuggestions(for context: SuggestionContext) async throws -> [CampaignSuggestion] {
        suggestions(for: context)
    }

    /// Pending suggestions for the context's client, by priority descending, at most 7.
    public func suggestions(for context: SuggestionContext) -> [CampaignSuggestion] {
        var drafts: [CampaignSuggestion] = []
        if let suggestion = refineTargeting(context) { drafts.append(suggestion) }
        if let suggestion = updateContent(context) { drafts.append(suggestion) }
        if let suggestion = adjustTiming(context) { drafts.append(suggestion) }
        if let suggestion = changeChannelMix(context) { drafts.append(suggestion) }
        drafts += pauseCampaigns(context)
        if let suggestion = adjustAllocation(context) { drafts.append(suggestion) }
        if let suggestion = createCampaign(context) { drafts.append(suggestion) }
        return policy.finalize(drafts)
    }

    /// The parts of a suggestion built from pattern findings.
    struct Draft {
        var type: SuggestionType
        var patternTypes: [PatternType]
        var findings: [SuggestionFinding]
        var comparisons: Int
        var patternConfidence: Double
        var title: (SuggestionFinding) -> String
        var description: (SuggestionFinding, [SuggestionFinding]) -> String
        var action: JSONValue
        var assumption: String
        var campaignId: ID<Campaign>?
    }

    /// A suggestion from qualifying findings: the primary finding is the most confident one.
    func suggestion(_ draft: Draft, context: SuggestionContext) -> CampaignSuggestion? {
        guard !draft.findings.isEmpty else { return nil }
        let scored = draft.findings.map { ($0, draft.patternConfidence * $0.evidence(comparisons: draft.comparisons)) }
        var primary = scored[0]
        for candidate in scored.dropFirst() where candidate.1 > primary.1 { primary = candidate }
        let (finding, rawConfidence) = primary
        let confidence = OutputRounding.round(rawConfidence, places: 2)
        let projected = finding.baseline + rules.projectedShare * (finding.rate - finding.baseline)
        return makeSuggestion(
            type: draft.type, campaignId: draft.campaignId, title: draft.title(finding),
            description: draft.description(finding, draft.findings),
            rationale: .object([
                "summary": .string(draft.description(finding, draft.findings)),
                "primary": finding.json,
                "evidence": .array(draft.findings.map(\.json)),
                "pattern_confidence": number(draft.patternConfidence),
                "segments_examined": .number(Decimal(draft.comparisons)),
            ]),
            action: draft.action, confidence: confidence,
            priority: SuggestionStatistics.priority(strength: SuggestionStatistics.strength(lift: finding.lift),
                                                    confidence: confidence),
            patternTypes: draft.patternTypes,
            currentMetrics: .object([
                "baseline_conversion_rate": number(OutputRounding.round(finding.baseline, places: 4)),
                "segment_sample": .number(Decimal(finding.sample)),
            ]),
            projected: projection(current: finding.baseline, projected: projected, assumption: draft.assumption),
            context: context)
    }

    func makeSuggestion(type: SuggestionType, campaignId: ID<Campaign>?, title: String, description: String,
                        rationale: JSONValue, action: JSONValue, confidence: Double, priority: Int,
                        patternTypes: [PatternType], currentMetrics: JSONValue?, projected: JSONValue,
                        context: SuggestionContext) -> CampaignSuggestion {
        CampaignSuggestion(
            clientId: context.clientId, campaignId: campaignId, suggestionType: type, status: .pending, title: title,
            description: description, rationale: rationale, recommendedAction: action,
            confidence: SQLNumeric(min(1, max(0, confidence))).rounded(scale: 2), priority: priority,
            patternTypes: patternTypes, patternSnapshot: context.patternSnapshot, currentMetrics: currentMetrics,
            projectedImprovement: projected, generatedAt: context.now,
            expiresAt: context.now.adding(days: rules.validityDays))
    }

    func projection(current: Double, projected: Double, assumption: String) -> JSONValue {
        let relative = current > 0 ? (projected / current - 1) * 100 : 0
        return .object([
            "metric": .string("conversion_rate"), "current": number(OutputRounding.round(current, places: 4)),
            "projected": number(OutputRounding.round(projected, places: 4)),
            "relative_change_pct": number(OutputRounding.round(relative, places: 1)), "assumption": .string(assumption),
        ])
    }

    /// `"a, b and c"`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
