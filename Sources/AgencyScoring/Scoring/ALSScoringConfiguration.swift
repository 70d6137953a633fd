import AgencyCore
import AgencyOS
import Foundation

/// Everything a score depends on besides the lead: target industries, competitor domains,
/// the date scoring treats as today, and the weights.
public struct ALSScoringConfiguration: Hashable, Sendable {
    /// The reference's default target industries, used when the ICP lists none.
    public static let defaultTargetIndustries = [
        "technology", "software", "saas", "fintech", "marketing", "professional services", "consulting",
        "healthcare", "real estate", "construction", "manufacturing",
    ]

    /// The ICP's industries (`clients.icp_industries`); empty (or only blank entries)
    /// means ``defaultTargetIndustries``.
    public var targetIndustries: [String]
    /// Domains whose leads take the −15 competitor deduction (compared trimmed,
    /// case-insensitively, exactly).
    public var competitorDomains: [String]
    /// The date "days since" is measured from: new role, funding, LinkedIn post recency.
    public var today: LocalDate
    /// The weights applied, with their source.
    public var weights: ALSWeightSelection

    /// Creates a configuration.
    public init(
        today: LocalDate, targetIndustries: [String] = [], competitorDomains: [String] = [],
        weights: ALSWeightSelection = .defaults
    ) {
        self.today = today
        self.targetIndustries = targetIndustries
        self.competitorDomains = competitorDomains
        self.weights = weights
    }

    /// The configuration for scoring a client's leads: its ICP industries and its learned
    /// weights (validated; invalid ones fall back to the defaults with the reason recorded).
    public init(client: Client, today: LocalDate, competitorDomains: [String] = []) {
        self.init(
            today: today, targetIndustries: client.icpIndustries ?? [], competitorDomains: competitorDomains,
            weights: ALSWeightSelection(client: client))
    }

    /// The calendar date of `now` in `timeZone` (`nil` = UTC): the value for ``today``.
    public static func today(at now: Timestamp, in timeZone: TimeZone? = nil) -> LocalDate {
        let offset = timeZone?.secondsFromGMT(for: now.date) ?? 0
        return now.adding(seconds: Double(offset)).utcDate
    }
}
