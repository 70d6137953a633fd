import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite("Conversion pattern helpers")
struct ConversionPatternHelperTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    @Test("make computes at now and stays valid for 14 days by default")
    func make() {
        let pattern = ConversionPattern.make(clientId: Self.client, type: .when, patterns: ["best_days": [2, 4]],
                                             sampleSize: 40, confidence: 0.75, now: Instants.now)
        #expect(pattern.computedAt == Instants.now)
        #expect(pattern.validUntil == Instants.now.adding(microseconds: 14 * 86_400_000_000))
        #expect(pattern.patternType == .when)
        #expect(pattern.sampleSize == 40)
        #expect(pattern.id.isUnassigned)
        #expect(pattern.violations.isEmpty)
        let short = ConversionPattern.make(clientId: Self.client, type: .who, patterns: [:], sampleSize: 1, confidence: 0.1,
                                           now: Instants.now, validityDays: 1)
        #expect(short.validUntil == Instants.now.adding(hours: 24))
        let broken = ConversionPattern.make(clientId: Self.client, type: .who, patterns: [:], sampleSize: 1, confidence: 0.1,
                                            now: Instants.now, validityDays: 0)
        #expect(broken.violations.map(\.rule) == ["valid_until_after_computed"])
    }

    @Test("valid strictly before valid_until")
    func isValid() {
        let pattern = ConversionPattern.make(clientId: Self.client, type: .how, patterns: [:], sampleSize: 10,
                                             confidence: 0.5, now: Instants.now)
        #expect(pattern.isValid(at: Instants.now))
        #expect(pattern.isValid(at: pattern.validUntil.adding(microseconds: -1)))
        #expect(!pattern.isValid(at: pattern.validUntil))
        #expect(!pattern.isValid(at: pattern.validUntil.adding(days: 1)))
    }

    @Test("high confidence from 0.7", arguments: [(0.7, true), (0.95, true), (0.6999, false), (0, false)])
    func isHighConfidence(confidence: Double, expected: Bool) {
        let pattern = ConversionPattern.make(clientId: Self.client, type: .what, patterns: [:], sampleSize: 10,
                                             confidence: confidence, now: Instants.now)
        #expect(pattern.isHighConfidence == expected)
    }
}

@Suite("Campaign suggestion helpers")
struct CampaignSuggestionHelperTests {
    @Test("expired strictly after expires_at")
    func isExpired() throws {
        let suggestion = try Fixtures.row(CampaignSuggestion.self)
        #expect(!suggestion.isExpired(at: suggestion.expiresAt))
        #expect(suggestion.isExpired(at: suggestion.expiresAt.adding(microseconds: 1)))
        #expect(!suggestion.isExpired(at: suggestion.generatedAt))
    }

    @Test("actionable: pending, not expired, not deleted")
    func isActionable() throws {
        var suggestion = try Fixtures.row(CampaignSuggestion.self)
        let during = suggestion.generatedAt.adding(days: 1)
        #expect(!suggestion.isActionable(at: during), "the fixture is approved")
        suggestion.status = .pending
        suggestion.reviewedAt = nil
        #expect(suggestion.isActionable(at: during))
        #expect(suggestion.isActionable(at: suggestion.expiresAt))
        #expect(!suggestion.isActionable(at: suggestion.expiresAt.adding(seconds: 1)))
        #expect(!suggestion.softDeleted(at: during).isActionable(at: during))
        for status in SuggestionStatus.allCases where status != .pending {
            var other = suggestion
            other.status = status
            #expect(!other.isActionable(at: during), "\(status)")
        }
    }
}

@Suite("ICP refinement log helpers")
struct IcpRefinementLogHelperTests {
    @Test("count and fields of the refinements")
    func refinements() throws {
        let log = try Fixtures.row(IcpRefinementLog.self)
        #expect(log.refinementCount == 2)
        #expect(log.fieldsRefined == ["titles", "company_size"])
        var edited = log
        edited.refinementsApplied.append(ICPRefinement(field: "", action: "boosted", reason: "no field"))
        edited.refinementsApplied.append(ICPRefinement(field: "industries", action: "prioritized", prioritized: ["saas"],
                                                       reason: "lift"))
        #expect(edited.refinementCount == 4)
        #expect(edited.fieldsRefined == ["titles", "company_size", "industries"])
        edited.refinementsApplied = []
        #expect(edited.refinementCount == 0)
        #expect(edited.fieldsRefined.isEmpty)
    }
}
