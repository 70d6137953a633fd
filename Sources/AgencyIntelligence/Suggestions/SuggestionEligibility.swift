import AgencyCore
import AgencyOS

/// Whether a client qualifies for campaign suggestions (the reference's evolution eligibility,
/// checked in order, the first failure giving the reason):
///
/// 1. subscription active or trialing;
/// 2. account at least 60 days old (when `created_at` is set);
/// 3. the largest sample of its live patterns valid at `now` with confidence ≥ 0.5 is ≥ 20;
/// 4. those patterns include WHO, WHAT and HOW.
public struct SuggestionEligibility: Hashable, Sendable {
    /// Whether suggestions may be generated.
    public var isEligible: Bool
    /// Why not (`"Account age: 12 days (need 60+)"`, `"Conversions: 8 (need 20+)"`,
    /// `"Missing patterns: {'how', 'what'}"`, `"Subscription status: paused"`).
    public var reason: String?
    /// The largest sample size of the qualifying patterns.
    public var conversionCount: Int
    /// Qualifying patterns.
    public var patternCount: Int

    /// Days an account needs (60).
    public static let minimumAccountAgeDays = 60
    /// Conversions needed (20).
    public static let minimumConversions = 20
    /// Pattern confidence needed (0.5).
    public static let minimumPatternConfidence = 0.5

    /// Evaluates `client` with its stored patterns at `now`.
    public static func evaluate(client: Client, patterns: [ConversionPattern], now: Timestamp) -> SuggestionEligibility {
        func refuse(_ reason: String, _ conversions: Int = 0, _ count: Int = 0) -> SuggestionEligibility {
            SuggestionEligibility(isEligible: false, reason: reason, conversionCount: conversions, patternCount: count)
        }
        guard client.subscriptionStatus == .active || client.subscriptionStatus == .trialing else {
            return refuse("Subscription status: \(client.subscriptionStatus.rawValue)")
        }
        if !client.createdAt.isUnassigned {
            let age = now.wholeDays(since: client.createdAt)
            if age < minimumAccountAgeDays { return refuse("Account age: \(age) days (need \(minimumAccountAgeDays)+)") }
        }
        let qualifying = patterns.filter {
            $0.clientId == client.id && $0.deletedAt == nil && now < $0.validUntil && $0.confidence >= minimumPatternConfidence
        }
        let conversions = qualifying.map(\.sampleSize).max() ?? 0
        guard conversions >= minimumConversions else {
            return refuse("Conversions: \(conversions) (need \(minimumConversions)+)", conversions, qualifying.count)
        }
        let present = Set(qualifying.map(\.patternType))
        let missing = [PatternType.how, .what, .who].filter { !present.contains($0) }
        guard missing.isEmpty else {
            let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            return refuse("Missing patterns: {\(names)}", conversions, qualifying.count)
        }
        return SuggestionEligibility(isEligible: true, reason: nil, conversionCount: conversions, patternCount: qualifying.count)
    }
}
