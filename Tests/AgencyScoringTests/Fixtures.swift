import AgencyCore
import AgencyOS
@testable import AgencyScoring

/// Shared test data: the spec's fixture F (§9A) and helpers.
enum Fixture {
    static let today = LocalDate(daysSinceEpoch: 20_476)  // 2026-01-23

    static let configuration = ALSScoringConfiguration(today: today)
    static let scorer = ALSScorer(configuration: configuration)

    /// Fixture F of §9A (`mock_lead`).
    static var lead: Lead {
        Lead(
            clientId: .unassigned, campaignId: .unassigned, email: "john.doe@acme.com", phone: "+61400123456",
            firstName: "John", lastName: "Doe", title: "CEO", company: "Acme", linkedinUrl: "https://linkedin.com/in/johndoe",
            domain: "acme.com", organizationIndustry: "Technology", organizationEmployeeCount: 25,
            organizationCountry: "Australia", organizationIsHiring: true,
            organizationLatestFundingDate: today.adding(days: -90), employmentStartDate: today.adding(days: -60),
            personalEmail: "john@gmail.com", status: .enriched, emailVerified: true, phoneVerified: true, bounceCount: 0)
    }

    /// A lead with nothing but the required email, which is blank: scores 15 (risk only).
    static var bareLead: Lead {
        Lead(clientId: .unassigned, campaignId: .unassigned, email: "")
    }

    /// A pool lead with nothing set (email status null).
    static var barePool: LeadPool {
        LeadPool(email: "", emailStatus: nil)
    }

    static func lead(_ change: (inout Lead) -> Void) -> Lead {
        var lead = Self.lead
        change(&lead)
        return lead
    }

    static func bare(_ change: (inout Lead) -> Void) -> Lead {
        var lead = bareLead
        change(&lead)
        return lead
    }

    static func pool(_ change: (inout LeadPool) -> Void) -> LeadPool {
        var lead = barePool
        change(&lead)
        return lead
    }

    static func score(_ lead: Lead, configuration: ALSScoringConfiguration = configuration) -> ALSScore {
        ALSScorer(configuration: configuration).score(lead)
    }

    static func authority(_ title: String?) -> Int {
        scorer.score(bare { $0.title = title }).points.authority
    }

    static func risk(_ lead: Lead, competitors: [String] = []) -> Int {
        ALSScorer(configuration: ALSScoringConfiguration(today: today, competitorDomains: competitors))
            .score(lead).points.risk
    }

    static func weights(_ dq: Double, _ auth: Double, _ fit: Double, _ timing: Double, _ risk: Double) throws -> ALSWeights {
        try ALSWeights([.dataQuality: dq, .authority: auth, .companyFit: fit, .timing: timing, .risk: risk])
    }
}
