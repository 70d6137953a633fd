import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// Company fit: the shared country table, word-level two-way industry matching, the
/// default industry list, and the employee buckets.
@Suite struct CompanyFitTests {
    func fit(_ lead: Lead, industries: [String] = []) -> Int {
        ALSScorer(configuration: ALSScoringConfiguration(today: Fixture.today, targetIndustries: industries))
            .score(lead).points.companyFit
    }

    @Test(arguments: [
        ("Australia", 7), ("australia ", 7), (" AU", 7), ("AUS", 7), ("aus", 7),
        ("United Kingdom", 4), ("UK", 4), ("U.K.", 4), ("GB", 4), ("gbr", 4), ("Great Britain", 4), ("England", 4),
        ("United States", 4), ("united  states", 4), ("US", 4), ("U.S.A.", 4), ("USA", 4), ("United States of America", 4),
        ("New Zealand", 4), ("NZ", 4), ("NZL", 4),
        ("Austria", 0), ("Australian Capital Territory", 0), ("Germany", 0), ("Russia", 0), ("", 0), ("  ", 0),
    ])
    func countryTableSharedByBothPaths(country: String, expected: Int) {
        #expect(fit(Fixture.bare { $0.organizationCountry = country }) == expected, "lead \(country)")
        #expect(Fixture.scorer.score(Fixture.pool { $0.companyCountry = country }).points.companyFit == expected,
                "pool \(country)")
        #expect((ALSCountryGroup(country: country)?.points ?? 0) == expected)
    }

    @Test func noCountryIsZero() {
        #expect(fit(Fixture.bareLead) == 0)
    }

    @Test(arguments: [
        // (ICP list, lead industry, matches)
        (["Marketing and Advertising"], "Marketing", true),
        (["Marketing"], "Marketing and Advertising", true),
        (["marketing & advertising"], "Marketing and Advertising", true),
        (["Real Estate"], "Commercial Real Estate", true),
        (["Commercial Real Estate"], "Real Estate", true),
        (["Software"], "Computer Software", true),
        (["software"], "SOFTWARE", true),
        (["Real Estate"], "Estate Real", false),
        (["tech"], "Technology", false),
        (["Software"], "Technology", false),
        (["Healthcare"], "Hospital & Health Care", false),
        (["Marketing and Advertising"], "Advertising Marketing Services", false),
    ])
    func industryMatchesWordRunsInBothDirections(icp: [String], industry: String, matches: Bool) {
        #expect(fit(Fixture.bare { $0.organizationIndustry = industry }, industries: icp) == (matches ? 10 : 0),
                "\(icp) vs \(industry)")
    }

    @Test(arguments: [
        ("Technology", true), ("Information Technology & Services", true), ("Computer Software", true),
        ("SaaS", true), ("Professional Services", true), ("Management Consulting", true), ("Healthcare", true),
        ("Commercial Real Estate", true), ("Construction", true), ("Fintech", true),
        ("Financial Services", false), ("Retail", false), ("Services", true), ("", false),
    ])
    func defaultIndustriesWhenICPIsEmpty(industry: String, matches: Bool) {
        let lead = Fixture.bare { $0.organizationIndustry = industry }
        #expect(fit(lead) == (matches ? 10 : 0), "\(industry)")
        #expect(fit(lead, industries: [""]) == (matches ? 10 : 0), "blank ICP entries fall back to the defaults")
    }

    @Test func icpReplacesDefaults() {
        let scorer = ALSScorer(configuration: ALSScoringConfiguration(today: Fixture.today, targetIndustries: ["Retail"]))
        #expect(scorer.effectiveTargetIndustries == ["Retail"])
        #expect(fit(Fixture.bare { $0.organizationIndustry = "Technology" }, industries: ["Retail"]) == 0)
        #expect(Fixture.scorer.effectiveTargetIndustries == ALSScoringConfiguration.defaultTargetIndustries)
    }

    @Test func firstMatchingTargetIsReported() {
        let lead = Fixture.bare { $0.organizationIndustry = "Marketing Software" }
        let signal = Fixture.scorer.score(lead).signals.first { $0.name == .industryMatch }
        #expect(signal?.detail == "target \"software\"")
        #expect(signal?.value == "Marketing Software")
    }

    @Test(arguments: [
        (nil, 0), (0, 0), (-3, 0), (1, 3), (4, 3), (5, 8), (50, 8), (51, 5), (200, 5), (201, 0), (10_000, 0),
    ] as [(Int?, Int)])
    func employeeBuckets(employees: Int?, expected: Int) {
        #expect(fit(Fixture.bare { $0.organizationEmployeeCount = employees }) == expected)
        #expect(Fixture.scorer.score(Fixture.pool { $0.companyEmployeeCount = employees }).points.companyFit == expected)
    }
}
