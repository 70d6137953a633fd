import AgencyCore

extension ClientIntelligence {
    /// Data older than this many whole days needs a refresh.
    public static let refreshAfterDays = 30

    /// How many testimonials and case studies ``proofSummary()`` includes.
    public static let proofSampleSize = 3

    /// Whether the website was scraped.
    public var hasWebsiteData: Bool { websiteScrapedAt != nil }

    /// Whether LinkedIn, X/Twitter, Facebook or Instagram was scraped.
    public var hasSocialData: Bool {
        [linkedinScrapedAt, twitterScrapedAt, facebookScrapedAt, instagramScrapedAt].contains { $0 != nil }
    }

    /// Whether G2, Capterra, Trustpilot or Google Business was scraped.
    public var hasReviewData: Bool {
        [g2ScrapedAt, capterraScrapedAt, trustpilotScrapedAt, googleScrapedAt].contains { $0 != nil }
    }

    /// Whether the data should be scraped again at `now`: never fully scraped, or the last
    /// full scrape is more than 30 whole days old (exactly 30 days is still fresh).
    public func needsRefresh(now: Timestamp) -> Bool {
        guard let lastFullScrapeAt else { return true }
        return now.wholeDays(since: lastFullScrapeAt) > Self.refreshAfterDays
    }

    /// The proof points for SDK agents: metrics, clients, industries, pain points and
    /// differentiators (`NULL` as empty), the first three testimonials and case studies, and
    /// each platform's rating and review count.
    ///
    /// Ratings stay exact decimals; a rating of 0 is kept (the reference turned it into
    /// `None` by testing truthiness).
    public func proofSummary() -> ProofSummary {
        ProofSummary(
            metrics: proofMetrics ?? [],
            clients: proofClients ?? [],
            industries: proofIndustries ?? [],
            painPoints: commonPainPoints ?? [],
            differentiators: differentiators ?? [],
            testimonials: Array((websiteTestimonials ?? []).prefix(Self.proofSampleSize)),
            caseStudies: Array((websiteCaseStudies ?? []).prefix(Self.proofSampleSize)),
            ratings: ReviewRatings(
                g2: PlatformRating(rating: g2Rating, count: g2ReviewCount),
                capterra: PlatformRating(rating: capterraRating, count: capterraReviewCount),
                trustpilot: PlatformRating(rating: trustpilotRating, count: trustpilotReviewCount),
                google: PlatformRating(rating: googleRating, count: googleReviewCount)))
    }
}
