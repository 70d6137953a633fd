import AgencyOS

/// Produces campaign suggestions for a client from its patterns and campaigns.
///
/// AgencyKit ships a deterministic ``RuleBasedSuggestionGenerator``. An LLM-backed generator
/// can conform too; pass its output through ``SuggestionPolicy/finalize(_:)`` to apply the
/// per-type confidence floors, validation, ordering and the limit of 7 the reference applies
/// after its model.
public protocol SuggestionGenerator: Sendable {
    /// Pending suggestions (ids unassigned) for `context.clientId`, sorted by priority
    /// descending, at most 7.
    func generateSuggestions(for context: SuggestionContext) async throws -> [CampaignSuggestion]
}
