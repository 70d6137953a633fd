import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// Properties over thousands of seeded random leads: bounds, monotonicity, and
/// explanations that always reproduce the total.
@Suite struct PropertyTests {
    static let titles: [String?] = [
        nil, "", "CEO", "Founder", "Chief Revenue Officer", "CFO", "President", "Vice President of Sales", "VP Marketing",
        "Director of Ops", "Head of Growth", "Senior Manager", "Marketing Manager", "Team Lead", "Engineer",
        "Marketing Intern", "Executive Assistant to the CEO", "International Sales Director", "Leadership Coach",
        "Receptionist", "Product Owner", "Student",
    ]
    static let industries: [String?] = [
        nil, "", "Technology", "Computer Software", "Marketing and Advertising", "Retail", "Hospital & Health Care",
        "Real Estate", "Financial Services", "Construction",
    ]
    static let countries: [String?] = [nil, "", "Australia", "AU", "United Kingdom", "usa", "Germany", " nz ", "France"]
    static let domains: [String?] = [nil, "", "acme.com", "rival.com", "globex.io"]
    static let configurationIndustries: [[String]] = [[], ["Marketing"], ["Software", "Retail"]]

    static func randomWeights(_ rng: inout SeededGenerator) -> ALSWeightSelection {
        if Bool.random(using: &rng) { return .defaults }
        for _ in 0..<100 {
            let four = (0..<4).map { _ in Double.random(in: 0.05...0.5, using: &rng) }
            let last = 1 - four.reduce(0, +)
            if let weights = try? Fixture.weights(four[0], four[1], four[2], four[3], last) { return .learned(weights) }
        }
        return .defaults
    }

    static func randomDate(_ rng: inout SeededGenerator) -> LocalDate? {
        Bool.random(using: &rng) ? Fixture.today.adding(days: Int.random(in: -100...900, using: &rng)) : nil
    }

    static func randomLead(_ rng: inout SeededGenerator) -> Lead {
        var lead = Fixture.bareLead
        lead.email = Bool.random(using: &rng) ? "someone@acme.com" : ""
        lead.emailVerified = [nil, true, false].randomElement(using: &rng) ?? nil
        lead.phone = Bool.random(using: &rng) ? "+61400000000" : nil
        lead.phoneVerified = Bool.random(using: &rng)
        lead.linkedinUrl = Bool.random(using: &rng) ? "https://linkedin.com/in/someone" : nil
        lead.personalEmail = Bool.random(using: &rng) ? "me@gmail.com" : nil
        lead.title = titles.randomElement(using: &rng) ?? nil
        lead.organizationIndustry = industries.randomElement(using: &rng) ?? nil
        lead.organizationEmployeeCount = Bool.random(using: &rng) ? Int.random(in: -5...600, using: &rng) : nil
        lead.organizationCountry = countries.randomElement(using: &rng) ?? nil
        lead.organizationIsHiring = [nil, true, false].randomElement(using: &rng) ?? nil
        lead.organizationLatestFundingDate = randomDate(&rng)
        lead.employmentStartDate = randomDate(&rng)
        lead.bounceCount = Int.random(in: 0...2, using: &rng)
        lead.status = LeadStatus.allCases.randomElement(using: &rng) ?? .new
        lead.domain = domains.randomElement(using: &rng) ?? nil
        return lead
    }

    static func randomPool(_ rng: inout SeededGenerator) -> LeadPool {
        var lead = Fixture.barePool
        lead.emailStatus = ([nil] + EmailStatus.allCases.map(Optional.some)).randomElement(using: &rng) ?? nil
        lead.phone = Bool.random(using: &rng) ? "+61400000000" : nil
        lead.linkedinUrl = Bool.random(using: &rng) ? "https://linkedin.com/in/someone" : nil
        lead.title = titles.randomElement(using: &rng) ?? nil
        lead.seniority = [nil, "owner", "c_suite", "manager", "entry", "partner"].randomElement(using: &rng) ?? nil
        lead.companyIndustry = industries.randomElement(using: &rng) ?? nil
        lead.companyEmployeeCount = Bool.random(using: &rng) ? Int.random(in: -5...600, using: &rng) : nil
        lead.companyCountry = countries.randomElement(using: &rng) ?? nil
        lead.companyIsHiring = Bool.random(using: &rng)
        lead.companyLatestFundingDate = randomDate(&rng)
        lead.isBounced = Bool.random(using: &rng)
        lead.isUnsubscribed = Int.random(in: 0..<5, using: &rng) == 0
        lead.poolStatus = PoolStatus.allCases.randomElement(using: &rng) ?? .available
        lead.companyDomain = domains.randomElement(using: &rng) ?? nil
        return lead
    }

    static func randomBuyer(_ rng: inout SeededGenerator) -> ALSBuyerSignal? {
        Bool.random(using: &rng)
            ? ALSBuyerSignal(buyerScore: Int.random(in: -10...120, using: &rng), timesBought: Int.random(in: 0...5, using: &rng))
            : nil
    }

    static func randomActivity(_ rng: inout SeededGenerator) -> ALSLinkedInActivity? {
        Bool.random(using: &rng)
            ? ALSLinkedInActivity(
                personPostCount: Int.random(in: 0...3, using: &rng), latestPersonPostDate: randomDate(&rng),
                connections: Int.random(in: 0...1000, using: &rng), companyPostCount: Int.random(in: 0...2, using: &rng),
                companyFollowers: Int.random(in: 0...3000, using: &rng))
            : nil
    }

    /// Scorers over a spread of ICPs, competitor lists and valid random weights.
    static let scorers: [ALSScorer] = {
        var rng = SeededGenerator(seed: 0x5C0)
        return (0..<24).map { index in
            ALSScorer(configuration: ALSScoringConfiguration(
                today: Fixture.today, targetIndustries: configurationIndustries[index % configurationIndustries.count],
                competitorDomains: index % 2 == 0 ? ["rival.com"] : [], weights: randomWeights(&rng)))
        }
    }()

    static func randomScorer(_ rng: inout SeededGenerator) -> ALSScorer {
        scorers.randomElement(using: &rng) ?? Fixture.scorer
    }

    static func check(_ score: ALSScore) {
        #expect((0...100).contains(score.total))
        #expect(score.tier == ALSTier(score: score.total))
        let explanation = score.explanation
        #expect(explanation.isConsistent)
        #expect(explanation.reproducedTotal == score.total)
        #expect(explanation.components.map(\.rawPoints) == ALSComponent.allCases.map { score.points[$0] })
        for component in ALSComponent.allCases {
            #expect((0...component.maximumPoints).contains(score.points[component]))
        }
    }

    @Test func leadScoresStayInRangeAndExplainThemselves() {
        var rng = SeededGenerator(seed: 0xA15)
        for _ in 0..<3_000 {
            let scorer = Self.randomScorer(&rng)
            Self.check(scorer.score(Self.randomLead(&rng), buyerSignal: Self.randomBuyer(&rng)))
        }
    }

    @Test func poolScoresStayInRangeAndExplainThemselves() {
        var rng = SeededGenerator(seed: 0xB0057)
        for _ in 0..<3_000 {
            let scorer = Self.randomScorer(&rng)
            Self.check(scorer.score(
                Self.randomPool(&rng), buyerSignal: Self.randomBuyer(&rng), linkedInActivity: Self.randomActivity(&rng)))
        }
    }

    @Test func addingAVerifiedEmailNeverLowersTheScore() {
        var rng = SeededGenerator(seed: 0xE3A11)
        for _ in 0..<3_000 {
            let scorer = Self.randomScorer(&rng)
            let lead = Self.randomLead(&rng)
            let buyer = Self.randomBuyer(&rng)
            var verified = lead
            verified.email = "someone@acme.com"
            verified.emailVerified = true
            #expect(scorer.score(verified, buyerSignal: buyer).total >= scorer.score(lead, buyerSignal: buyer).total)

            let pool = Self.randomPool(&rng)
            var verifiedPool = pool
            verifiedPool.emailStatus = .verified
            #expect(scorer.score(verifiedPool).total >= scorer.score(pool).total)
        }
    }

    @Test func aStrongerTitleNeverLowersTheScore() {
        var rng = SeededGenerator(seed: 0x717E)
        let strongTitles = Self.titles.compactMap { $0 }.filter { TitleMatcher.analyse($0).assistantWord == nil }
        for _ in 0..<3_000 {
            let scorer = Self.randomScorer(&rng)
            let lead = Self.randomLead(&rng)
            let weaker = Fixture.authority(lead.title)
            guard let title = strongTitles.randomElement(using: &rng), Fixture.authority(title) > weaker else { continue }
            var stronger = lead
            stronger.title = title
            #expect(scorer.score(stronger).total >= scorer.score(lead).total, "\(lead.title ?? "nil") → \(title)")
        }
    }

    @Test func scoringIsDeterministic() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            let scorer = Self.randomScorer(&rng)
            let lead = Self.randomLead(&rng)
            #expect(scorer.score(lead) == scorer.score(lead))
        }
    }
}
