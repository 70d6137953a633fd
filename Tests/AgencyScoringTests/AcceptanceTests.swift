import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// §9A: every case of the reference's `test_scorer.py` and the buyer-boost service test,
/// with §10's correction for #8.
@Suite struct AcceptanceTests {
    let scorer = Fixture.scorer

    @Test func case01_fixtureDataQualityIs20() {
        #expect(scorer.score(Fixture.lead).points.dataQuality == 20)
    }

    @Test func case02_verifiedEmailOnlyIs8() {
        let lead = Fixture.lead {
            $0.phone = nil
            $0.phoneVerified = false
            $0.linkedinUrl = nil
            $0.personalEmail = nil
        }
        #expect(scorer.score(lead).points.dataQuality == 8)
    }

    @Test func case03_unverifiedEmailOnlyIs4() {
        let lead = Fixture.lead {
            $0.emailVerified = false
            $0.phone = nil
            $0.linkedinUrl = nil
            $0.personalEmail = nil
        }
        #expect(scorer.score(lead).points.dataQuality == 4)
    }

    @Test func case04_verifiedPhoneOnlyIs6() {
        let lead = Fixture.lead {
            $0.emailVerified = false
            $0.email = ""
            $0.linkedinUrl = nil
            $0.personalEmail = nil
        }
        #expect(scorer.score(lead).points.dataQuality == 6)
    }

    @Test func case05_linkedInOnlyIs4() {
        let lead = Fixture.lead {
            $0.email = ""
            $0.emailVerified = false
            $0.phone = nil
            $0.personalEmail = nil
        }
        #expect(scorer.score(lead).points.dataQuality == 4)
    }

    @Test(arguments: [
        ("CEO", 25), ("Founder & CEO", 25), ("Vice President of Sales", 18), ("Director of Marketing", 15),
        ("Marketing Manager", 7),
    ])
    func cases06to10_authority(title: String, expected: Int) {
        #expect(scorer.score(Fixture.lead { $0.title = title }).points.authority == expected)
    }

    @Test func case11_noTitleIs0() {
        #expect(scorer.score(Fixture.lead { $0.title = nil }).points.authority == 0)
    }

    @Test func case12_fixtureCompanyFitIs25() {
        #expect(scorer.score(Fixture.lead).points.companyFit == 25)
    }

    @Test func case13_industryOnlyIs10() {
        let lead = Fixture.lead {
            $0.organizationEmployeeCount = nil
            $0.organizationCountry = nil
        }
        #expect(scorer.score(lead).points.companyFit == 10)
    }

    @Test(arguments: [(30, 8), (100, 5)])
    func cases14and15_employeesOnly(employees: Int, expected: Int) {
        let lead = Fixture.lead {
            $0.organizationIndustry = nil
            $0.organizationCountry = nil
            $0.organizationEmployeeCount = employees
        }
        #expect(scorer.score(lead).points.companyFit == expected)
    }

    @Test func case16_countryOnlyIs7() {
        let lead = Fixture.lead {
            $0.organizationIndustry = nil
            $0.organizationEmployeeCount = nil
        }
        #expect(scorer.score(lead).points.companyFit == 7)
    }

    @Test func case17_fixtureTimingIs15() {
        #expect(scorer.score(Fixture.lead).points.timing == 15)
    }

    @Test func case18_newRoleOnlyIs6() {
        let lead = Fixture.lead {
            $0.employmentStartDate = Fixture.today.adding(days: -90)
            $0.organizationIsHiring = false
            $0.organizationLatestFundingDate = nil
        }
        #expect(scorer.score(lead).points.timing == 6)
    }

    @Test func case19_hiringOnlyIs5() {
        let lead = Fixture.lead {
            $0.employmentStartDate = nil
            $0.organizationIsHiring = true
            $0.organizationLatestFundingDate = nil
        }
        #expect(scorer.score(lead).points.timing == 5)
    }

    @Test func case20_noRiskIs15() {
        let lead = Fixture.lead { $0.domain = "safe.com" }
        #expect(Fixture.risk(lead, competitors: ["competitor.com"]) == 15)
    }

    @Test func case21_bounceCostsTen() {
        #expect(Fixture.risk(Fixture.lead { $0.bounceCount = 1 }) == 5)
    }

    @Test func case22_internTitleCostsFive() {
        #expect(Fixture.risk(Fixture.lead { $0.title = "Marketing Intern" }) == 10)
    }

    @Test func case23_competitorCostsFifteen() {
        let lead = Fixture.lead { $0.domain = "competitor.com" }
        #expect(Fixture.risk(lead, competitors: ["competitor.com"]) == 0)
    }

    @Test func case24_tiers() {
        let expected: [(ALSTier, [Int])] = [
            (.hot, [100, 85, 90]), (.warm, [84, 60, 72]), (.cool, [59, 35, 45]), (.cold, [34, 20, 25]), (.dead, [19, 0, 10]),
        ]
        for (tier, scores) in expected {
            for score in scores { #expect(ALSTier(score: score) == tier, "score \(score)") }
        }
    }

    @Test func case25_channelsPerTier() {
        #expect(ALSTier.hot.channels == [.email, .linkedin, .voice, .sms, .mail])
        #expect(ALSTier.warm.channels == [.email, .linkedin, .voice])
        #expect(ALSTier.cool.channels == [.email, .linkedin])
        #expect(ALSTier.cold.channels == [.email])
        #expect(ALSTier.dead.channels.isEmpty)
    }

    @Test func case26_fixtureScores100Hot() {
        let score = scorer.score(Fixture.lead)
        #expect(score.total == 100)
        #expect(score.tier == .hot)
        #expect(score.weights.source == .default)
    }

    @Test func buyerService_repeatBuyerScore80Boosts12() {
        let signal = ALSBuyerSignal(buyerScore: 80, timesBought: 3)
        #expect(signal.boost == 12)
        #expect(signal.reason == "Repeat agency buyer (3x)")
        let score = scorer.score(Fixture.bare { $0.domain = "acme.com" }, buyerSignal: signal)
        #expect(score.buyerBoost == 12)
        let reasons = score.signals.filter { $0.group == .buyerBoost }.map(\.detail)
        #expect(reasons == ["Repeat agency buyer (3x)"])
    }

    @Test func buyerService_unknownDomainGivesNothing() {
        let score = scorer.score(Fixture.bare { $0.domain = "unknown.com" }, buyerSignal: nil)
        #expect(score.buyerBoost == 0)
        #expect(score.signals.allSatisfy { $0.group != .buyerBoost })
    }
}
