import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// SDK gates: email and voice KB for hot leads; enrichment for hot leads with a §6 signal.
@Suite struct SDKEligibilityTests {
    @Test func sdkEmailAndVoiceNeedHot() {
        #expect(!SDKEligibility.allowsSDKEmail(score: nil))
        #expect(!SDKEligibility.allowsSDKEmail(score: 84))
        #expect(SDKEligibility.allowsSDKEmail(score: 85))
        #expect(SDKEligibility.allowsSDKVoiceKnowledgeBase(score: 100))
        #expect(!SDKEligibility.allowsSDKVoiceKnowledgeBase(score: 60))
    }

    @Test func enrichmentNeedsHotScore() {
        let lead = Fixture.lead { $0.alsScore = 84 }
        let decision = SDKEligibility.enrichment(for: lead, today: Fixture.today)
        #expect(!decision.isEligible)
        #expect(decision.signals.isEmpty)
        #expect(!SDKEligibility.enrichment(for: Fixture.lead, today: Fixture.today).isEligible, "unscored counts as 0")
    }

    @Test func hotLeadWithoutSignalsIsNotEligible() {
        let lead = Fixture.lead {
            $0.alsScore = 90
            $0.title = "Marketing Manager"
            $0.organizationIsHiring = false
            $0.organizationLatestFundingDate = Fixture.today.adding(days: -200)
        }
        #expect(SDKEligibility.dataCompleteness(of: lead) == 0.68)
        let decision = SDKEligibility.enrichment(for: lead, today: Fixture.today)
        #expect(!decision.isEligible)
        #expect(decision.signals.isEmpty)
    }

    @Test func hotLeadSignals() {
        let lead = Fixture.lead {
            $0.alsScore = 92
            $0.title = "VP Sales"
            $0.organizationEmployeeCount = 800
            $0.organizationLatestFundingDate = Fixture.today.adding(days: -90)
        }
        let decision = SDKEligibility.enrichment(for: lead, today: Fixture.today)
        #expect(decision.isEligible)
        #expect(decision.signalCodes == ["enterprise_800_employees", "executive_vp_sales", "recent_funding_90d", "actively_hiring"])
    }

    @Test func sparseDataAndCallerSuppliedSignals() {
        let lead = Fixture.bare {
            $0.alsScore = 88
            $0.title = "Engineer"
        }
        #expect(SDKEligibility.dataCompleteness(of: lead) == 0.09)
        let inputs = SDKSignalInputs(openRoles: 5, techStackMatch: 0.85, linkedInEngagement: 71, source: "Referral")
        let decision = SDKEligibility.enrichment(for: lead, today: Fixture.today, inputs: inputs)
        #expect(decision.signalCodes == ["sparse_data_9pct", "hiring_5_roles", "tech_match_85pct", "linkedin_engaged_71", "referral"])
    }

    @Test(arguments: [
        ("CEO", true), ("Head of Sales", true), ("Partner", true), ("Managing Director", true), ("President", true),
        ("Coordinator", false), ("Head Chef", false), ("Executive Assistant to the CEO", false), ("Engineer", false),
        ("Directorate Clerk", false), (nil, false),
    ] as [(String?, Bool)])
    func executiveTitlesMatchWholeWords(title: String?, executive: Bool) {
        #expect(SDKEligibility.isExecutiveTitle(title) == executive)
    }

    @Test(arguments: [(-1, false), (0, true), (90, true), (91, false)])
    func recentFundingWindow(days: Int, fires: Bool) {
        let lead = Fixture.bare {
            $0.alsScore = 90
            $0.organizationLatestFundingDate = Fixture.today.adding(days: -days)
        }
        let codes = SDKEligibility.enrichment(for: lead, today: Fixture.today).signalCodes
        #expect(codes.contains("recent_funding_\(days)d") == fires)
    }

    @Test func poolCompletenessCountsPoolColumns() {
        let pool = LeadPool(
            email: "a@b.co", firstName: "A", lastName: "B", title: "CTO", linkedinHeadline: "Builder",
            companyName: "B Co", companyDomain: "b.co", companyIndustry: "Software", companyEmployeeCount: 12,
            companyIsHiring: true, companyLatestFundingStage: "seed", companyTechnologies: ["swift"],
            enrichmentData: ["linkedin_person": ["posts": []]], alsScore: 95)
        #expect(SDKEligibility.dataCompleteness(of: pool) == 0.79)
        #expect(SDKEligibility.enrichment(for: pool, today: Fixture.today).signalCodes == ["executive_cto", "actively_hiring"])
    }
}
