extension WhatPattern {
    /// Conversion of messages with and without links.
    ///
    /// A side's rate exists when it has ≥ 5 messages; a rate of 0.0 is reported as 0.0
    /// (the reference turned it into `null`, D#14).
    public struct LinkEffectiveness: Codable, Hashable, Sendable {
        /// Rate of messages with links (4 dp), or `nil` with fewer than 5.
        public var withLinksRate: Double?
        /// Rate of messages without links (4 dp), or `nil` with fewer than 5.
        public var withoutLinksRate: Double?
        /// with ÷ without (2 dp; 1.0 when without is 0), when both rates exist.
        public var linksLift: Double?
        /// The link count (capped at 5) with the strictly highest rate above 0, among counts
        /// with ≥ 5 messages.
        public var optimalLinkCount: Int?
        /// `include_links` when both rates exist and with > without, `no_links` otherwise;
        /// `unknown` in the default pattern.
        public var recommendation: String

        /// Creates the section.
        public init(withLinksRate: Double?, withoutLinksRate: Double?, linksLift: Double?, optimalLinkCount: Int?,
                    recommendation: String) {
            self.withLinksRate = withLinksRate
            self.withoutLinksRate = withoutLinksRate
            self.linksLift = linksLift
            self.optimalLinkCount = optimalLinkCount
            self.recommendation = recommendation
        }

        /// The default pattern's section: `{with_links_rate: null, without_links_rate: null,
        /// recommendation: "unknown"}`.
        public static let unknown = LinkEffectiveness(withLinksRate: nil, withoutLinksRate: nil, linksLift: nil,
                                                      optimalLinkCount: nil, recommendation: "unknown")

        enum CodingKeys: String, CodingKey {
            case recommendation
            case withLinksRate = "with_links_rate", withoutLinksRate = "without_links_rate", linksLift = "links_lift"
            case optimalLinkCount = "optimal_link_count"
        }

        /// Encodes absent rates as `null`; the default (`unknown`) has only three keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(withLinksRate, forKey: .withLinksRate)
            try container.encode(withoutLinksRate, forKey: .withoutLinksRate)
            if recommendation != "unknown" {
                try container.encode(linksLift, forKey: .linksLift)
                try container.encode(optimalLinkCount, forKey: .optimalLinkCount)
            }
            try container.encode(recommendation, forKey: .recommendation)
        }
    }
}
