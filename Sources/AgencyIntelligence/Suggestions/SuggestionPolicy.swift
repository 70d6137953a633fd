import AgencyCore
import AgencyOS

/// The deterministic rules every generated suggestion passes: per-type confidence floors,
/// validation, ordering by priority and the per-run limit.
public struct SuggestionPolicy: Hashable, Sendable {
    /// Minimum confidence per type; a suggestion below its type's floor is dropped.
    public var confidenceFloors: [SuggestionType: Double]
    /// Floor for a type missing from ``confidenceFloors``.
    public var defaultFloor: Double
    /// Suggestions kept per run.
    public var maximumSuggestions: Int

    /// The reference's floors: create_campaign 0.80, change_channel_mix 0.80, every other type 0.70; at most 7.
    public init(confidenceFloors: [SuggestionType: Double] = SuggestionPolicy.referenceFloors, defaultFloor: Double = 0.70,
                maximumSuggestions: Int = 7) {
        self.confidenceFloors = confidenceFloors
        self.defaultFloor = defaultFloor
        self.maximumSuggestions = maximumSuggestions
    }

    /// The reference's per-type floors.
    public static let referenceFloors: [SuggestionType: Double] = [
        .createCampaign: 0.80, .pauseCampaign: 0.70, .adjustAllocation: 0.70, .refineTargeting: 0.70,
        .changeChannelMix: 0.80, .updateContent: 0.70, .adjustTiming: 0.70,
    ]

    /// The floor of `type`.
    public func floor(for type: SuggestionType) -> Double { confidenceFloors[type] ?? defaultFloor }

    /// Whether `suggestion` may be stored: non-empty title and description, a recommended
    /// action, confidence in [0, 1], priority in [1, 100], and no schema violation.
    public func isValid(_ suggestion: CampaignSuggestion) -> Bool {
        let confidence = suggestion.confidence.doubleValue
        return !suggestion.title.isEmpty && !suggestion.description.isEmpty && !suggestion.recommendedAction.isNull
            && (0...1).contains(confidence) && (1...100).contains(suggestion.priority) && suggestion.violations.isEmpty
    }

    /// The suggestions that pass validation and their floor, by priority descending (ties keep
    /// their order), at most ``maximumSuggestions``.
    public func finalize(_ suggestions: [CampaignSuggestion]) -> [CampaignSuggestion] {
        let kept = suggestions.filter { isValid($0) && $0.confidence.doubleValue >= floor(for: $0.suggestionType) }
        return Array(kept.stablySorted(by: { Double($0.priority) }).prefix(maximumSuggestions))
    }
}
