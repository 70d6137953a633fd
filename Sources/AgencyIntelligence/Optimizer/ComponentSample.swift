import AgencyOS
import AgencyScoring

/// One lead's five raw ALS component points and whether it converted: a row the weight
/// optimiser learns from.
public struct ComponentSample: Hashable, Sendable {
    /// Raw points in ``ALSComponent`` order (data quality, authority, company fit, timing, risk).
    public var points: [Int]
    /// Whether the lead converted.
    public var converted: Bool

    /// Creates a row; `points` must hold the five components in ``ALSComponent`` order.
    public init(points: [Int], converted: Bool) {
        self.points = points
        self.converted = converted
    }

    /// The lead's points from `als_components`, or else from the five `als_*` columns when all
    /// are set; `nil` when the lead has no complete set.
    public static func points(of lead: Lead) -> [Int]? {
        if let components = lead.alsComponents {
            return [components.dataQuality, components.authority, components.companyFit, components.timing,
                    components.risk]
        }
        guard let dataQuality = lead.alsDataQuality, let authority = lead.alsAuthority,
              let companyFit = lead.alsCompanyFit, let timing = lead.alsTiming, let risk = lead.alsRisk else { return nil }
        return [dataQuality, authority, companyFit, timing, risk]
    }

    /// The points scaled to 0–100 exactly as the scorer scales them before weighting
    /// (× 5, 4, 4, 6.67, 6.67), so learned weights mean what the scorer does with them.
    public var normalized: [Double] {
        zip(ALSComponent.allCases, points).map { $0.normalized($1) }
    }
}
