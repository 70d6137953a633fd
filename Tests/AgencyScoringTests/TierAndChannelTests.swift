import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// Tier boundaries, channel access per tier, the send guard and its typed refusal, and the
/// reference voice gate as a policy.
@Suite struct TierAndChannelTests {
    @Test(arguments: [
        (84, ALSTier.warm), (85, .hot), (100, .hot), (19, .dead), (20, .cold), (0, .dead), (59, .cool), (60, .warm),
        (34, .cold), (35, .cool),
    ])
    func tierBoundariesAreExact(score: Int, tier: ALSTier) {
        #expect(ALSTier(score: score) == tier)
    }

    @Test func everyScoreMapsToTheTierWhoseRangeHoldsIt() {
        for score in 0...100 {
            let tier = ALSTier(score: score)
            let next = ALSTier.allCases.filter { $0 > tier }.map(\.minimumScore).min() ?? 101
            #expect(score >= tier.minimumScore && score < next, "\(score)")
        }
    }

    @Test func guardRefusesSMSForWarm() throws {
        let lead = Fixture.bare { $0.alsScore = 72 }
        let refusal = #expect(throws: ChannelRefusal.self) { try ChannelPolicy.default.authorize(.sms, for: lead) }
        #expect(refusal?.channel == .sms)
        #expect(refusal?.score == 72)
        #expect(refusal?.tier == .warm)
        #expect(refusal?.requiredScore == 85)
        #expect(refusal?.reason == .belowMinimum)
        #expect(refusal?.description == "sms refused: ALS 72 (warm) is below 85")
    }

    @Test func guardRefusesVoiceForCool() throws {
        let refusal = #expect(throws: ChannelRefusal.self) { try ChannelPolicy.default.authorize(.voice, score: 45) }
        #expect(refusal == ChannelRefusal(channel: .voice, score: 45, requiredScore: 60, reason: .belowMinimum))
        #expect(refusal?.tier == .cool)
    }

    @Test func guardRefusesUnscoredAndCorruptScores() throws {
        let unscored = #expect(throws: ChannelRefusal.self) {
            try ChannelPolicy.default.authorize(.email, for: Fixture.bareLead)
        }
        #expect(unscored?.reason == .unscored)
        #expect(unscored?.score == nil)
        #expect(unscored?.tier == nil)
        let corrupt = #expect(throws: ChannelRefusal.self) { try ChannelPolicy.default.authorize(.email, score: 150) }
        #expect(corrupt?.reason == .invalidScore)
        #expect(corrupt?.tier == nil)
    }

    @Test func guardAllowsEveryChannelOfTheTier() throws {
        for score in 0...100 {
            let open = ALSTier(score: score).channels
            for channel in ChannelType.allCases {
                #expect(ChannelPolicy.default.allows(channel, score: score) == open.contains(channel), "\(score) \(channel)")
            }
        }
        try ChannelPolicy.default.authorize(.voice, score: 60)
        try ChannelPolicy.default.authorize(.mail, for: LeadPool(email: "a@b.c", alsScore: 85))
        #expect(ChannelPolicy.default.channels(forScore: 85) == [.email, .linkedin, .voice, .sms, .mail])
        #expect(ChannelPolicy.default.channels(forScore: nil).isEmpty)
    }

    @Test func referencePolicyGatesVoiceAt70() throws {
        #expect(ChannelPolicy.reference.voice == 70)
        #expect(!ChannelPolicy.reference.allows(.voice, score: 69))
        #expect(ChannelPolicy.reference.allows(.voice, score: 70))
        #expect(ChannelPolicy.default.allows(.voice, score: 60))
        let refusal = #expect(throws: ChannelRefusal.self) { try ChannelPolicy.reference.authorize(.voice, score: 65) }
        #expect(refusal?.requiredScore == 70)
        #expect(refusal?.tier == .warm)
        #expect(ChannelPolicy.reference.channels(forScore: 65) == [.email, .linkedin])
    }

    @Test func policiesCannotBeLooserThanTheTierMap() {
        let policy = ChannelPolicy(stricterMinimums: [.sms: 10, .email: 0, .linkedin: 50])
        #expect(policy.sms == 85)
        #expect(policy.email == 20)
        #expect(policy.linkedin == 50)
    }

    @Test func scoreReportsItsChannels() {
        let score = Fixture.scorer.score(Fixture.lead)
        #expect(score.channels() == [.email, .linkedin, .voice, .sms, .mail])
        #expect(Fixture.scorer.score(Fixture.bareLead).channels().isEmpty)
    }
}
