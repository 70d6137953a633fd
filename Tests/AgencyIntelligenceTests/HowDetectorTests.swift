import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct HowDetectorTests {
    let detector = HowDetector()

    struct Journey {
        var leads: [Lead] = []
        var activities: [Activity] = []

        /// `count` leads (the first `converted` converted) each touched on `channels` in order.
        mutating func add(_ count: Int, converted: Int, channels: [ChannelType], tier: ALSTier? = nil,
                          configure: (inout Activity) -> Void = { _ in }) {
            for index in 0..<count {
                var lead = Fixtures.lead(status: index < converted ? .converted : .unsubscribed)
                lead.alsTier = tier
                leads.append(lead)
                for (step, channel) in channels.enumerated().reversed() {
                    var activity = Activity(id: ID(UUID()), clientId: Fixtures.clientId, campaignId: Fixtures.campaignId,
                                            leadId: lead.id, channel: channel,
                                            action: channel == .voice ? "voice_completed" : "\(channel.rawValue)_sent",
                                            createdAt: Fixtures.now.adding(days: -20 + step))
                    configure(&activity)
                    activities.append(activity)
                }
            }
        }
    }

    @Test func channelsSequencesTiersAndMultiChannel() {
        var journey = Journey()
        journey.add(10, converted: 6, channels: [.email, .linkedin, .email, .linkedin], tier: .hot)
        journey.add(15, converted: 3, channels: [.email, .email, .email])
        journey.add(5, converted: 1, channels: [.linkedin])
        journey.add(3, converted: 0, channels: [])
        let pattern = detector.detect(leads: journey.leads, activities: journey.activities, now: Fixtures.now).pattern
        // 33 leads, 10 converted: baseline 0.303.
        #expect(pattern.baselineConversionRate == 0.303)
        #expect(pattern.channelEffectiveness == [
            RateRow(value: "linkedin", conversionRate: 0.4667, sample: 15, lift: 1.54),
            RateRow(value: "email", conversionRate: 0.36, sample: 25, lift: 1.19),
        ])
        #expect(pattern.sequencePatterns.winningSequences == [
            RateRow(value: "email\u{2192}linkedin\u{2192}email", conversionRate: 0.6, sample: 10),
        ])
        #expect(pattern.tierChannelEffectiveness == [
            "hot": [RateRow(value: "email", conversionRate: 0.6, sample: 10), RateRow(value: "linkedin", conversionRate: 0.6, sample: 10)],
            "unknown": [RateRow(value: "email", conversionRate: 0.2, sample: 15), RateRow(value: "linkedin", conversionRate: 0.2, sample: 5)],
        ])
        #expect(pattern.multiChannelLift == HowPattern.MultiChannelLift(
            singleChannelRate: 0.2, multiChannelRate: 0.6, multiChannelLift: 3.0, recommendation: "multi"))
    }

    @Test func activitiesOfAnyDateAndOtherLeadsAreIgnoredCorrectly() {
        var journey = Journey()
        journey.add(30, converted: 10, channels: [.email, .voice]) { $0.createdAt = $0.createdAt.adding(days: -400) }
        var outsider = Activity(clientId: Fixtures.clientId, campaignId: Fixtures.campaignId, leadId: ID(UUID()),
                                channel: .sms, action: "sms_sent", createdAt: Fixtures.now)
        outsider.id = ID(UUID())
        let opened = Activity(clientId: Fixtures.clientId, campaignId: Fixtures.campaignId, leadId: journey.leads[0].id,
                              channel: .sms, action: "opened", createdAt: Fixtures.now)
        let pattern = detector.detect(leads: journey.leads, activities: journey.activities + [outsider, opened],
                                      now: Fixtures.now).pattern
        #expect(pattern.channelEffectiveness.map(\.value) == ["email", "voice"])
        #expect(pattern.sequencePatterns.winningSequences.isEmpty)
    }

    @Test func emailEngagementCorrelation() throws {
        var journey = Journey()
        journey.add(10, converted: 10, channels: [.email]) {
            $0.emailOpened = true; $0.emailOpenCount = 3; $0.emailClicked = true; $0.timeToOpenMinutes = 30
            $0.timeToClickMinutes = 40
        }
        journey.add(30, converted: 0, channels: [.email]) { $0.emailOpenCount = 0 }
        var stray = Fixtures.lead(status: .inSequence)
        stray.deletedAt = Fixtures.now
        journey.leads.append(stray)
        let correlation = try #require(detector.detect(leads: journey.leads, activities: journey.activities, now: Fixtures.now)
            .pattern.emailEngagementCorrelation)
        #expect(correlation.sampleSize == 40)
        #expect(correlation.openRate == 25)
        #expect(correlation.conversionRateIfOpened == 100)
        #expect(correlation.conversionRateIfNotOpened == 0)
        #expect(correlation.openConversionLift == 4)
        #expect(correlation.clickConversionLift == 4)
        #expect(correlation.avgOpensConverted == 3)
        #expect(correlation.avgTimeToOpenConverted == 30)
        #expect(correlation.insights == [
            "Email opens strongly predict conversion - focus on subject line optimization",
            "Link clicks are a strong conversion signal - include clear CTAs in every email",
            "Converting leads open emails multiple times - consider follow-up sequences for re-openers",
        ])
    }

    @Test func engagementInsightRules() {
        typealias Correlation = HowPattern.EmailEngagementCorrelation
        #expect(Correlation.insights(openLift: 0.7, clickLift: 1.5, avgOpensConverted: 1, avgOpensNotConverted: 1) == [
            "Opens don't correlate with conversion - consider testing different CTAs",
            "Clicks moderately predict conversion - A/B test different link placements",
        ])
        #expect(Correlation.insights(openLift: 1.0, clickLift: 1.0, avgOpensConverted: 1.5, avgOpensNotConverted: 1) == [
            "Collect more engagement data for actionable insights",
        ])
    }

    @Test func conversationQuality() {
        var journey = Journey()
        journey.add(30, converted: 5, channels: [.email])
        let threads = [
            ConversationThreadRecord(id: UUID(), channel: "email", createdAt: Fixtures.now.adding(days: -3), messageCount: 4,
                                     theirMessageCount: 2, avgTheirResponseMinutes: 30, outcome: "meeting_booked",
                                     inboundSentiments: ["positive", "neutral"]),
            ConversationThreadRecord(id: UUID(), channel: "email", createdAt: Fixtures.now.adding(days: -5), messageCount: 3,
                                     theirMessageCount: 1, outcome: "rejected", inboundSentiments: ["negative", "neutral"]),
            ConversationThreadRecord(id: UUID(), channel: "email", createdAt: Fixtures.now.adding(days: -100), messageCount: 9),
        ]
        let quality = detector.detect(leads: journey.leads, activities: journey.activities, threads: threads,
                                      now: Fixtures.now).pattern.channelConversationQuality
        #expect(quality == ["email": HowPattern.ConversationQuality(
            threadCount: 2, avgMessagesPerThread: 3.5, avgLeadMessages: 1.5, avgLeadResponseMinutes: 30, conversionRate: 50,
            sentimentDistribution: [HowPattern.SentimentCount(sentiment: "positive", cnt: 1),
                                    HowPattern.SentimentCount(sentiment: "neutral", cnt: 2),
                                    HowPattern.SentimentCount(sentiment: "negative", cnt: 1)])])
    }

    /// §6 default, §12a #12 and #14.
    @Test func defaultPattern() throws {
        var journey = Journey()
        journey.add(12, converted: 2, channels: [.email])
        let detection = detector.detect(leads: journey.leads, activities: journey.activities, now: Fixtures.now)
        #expect(detection.isDefault)
        let json = try detection.patternJSON()
        #expect(json["version"] == "2.1")
        #expect(json["multi_channel_lift"] == ["single_channel_rate": 0, "multi_channel_rate": 0, "multi_channel_lift": 1,
                                               "recommendation": "multi"])
        #expect(json["email_engagement_correlation"] == [:])
        #expect(json["note"] == "Insufficient data. Default to multi-channel strategy.")
        let decoded = try json.decode(as: HowPattern.self)
        #expect(decoded == detection.pattern)
    }
}
