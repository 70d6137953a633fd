import AgencyCore
import AgencyOS

extension HowDetector {
    /// Email engagement versus conversion: email-channel sends (`sent`/`email_sent`) in the
    /// window to live leads of any status; a send converts when its lead is converted.
    static func engagementCorrelation(leads: [Lead], activities: [Activity], configuration: IntelligenceConfiguration,
                                      now: Timestamp) -> HowPattern.EmailEngagementCorrelation? {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        var converted: [ID<Lead>: Bool] = [:]
        for index in leads.indices where leads[index].deletedAt == nil {
            converted[leads[index].id] = configuration.outcomes.isConverted(leads[index].status)
        }
        var total = 0, opened = 0, clicked = 0, conversions = 0
        var openedConverted = 0, clickedConverted = 0, notOpenedConverted = 0, clickedAndOpened = 0
        var openMinutes = 0.0, openCount = 0, clickMinutes = 0.0, clickCount = 0
        var opensConverted = 0.0, convertedSends = 0, opensOther = 0.0, otherSends = 0
        for index in activities.indices {
            guard activities[index].channel == .email, activities[index].createdAt >= cutoff else { continue }
            let action = activities[index].action
            guard action == "sent" || action == "email_sent",
                  let isConverted = converted[activities[index].leadId] else { continue }
            let wasOpened = activities[index].emailOpened
            let wasClicked = activities[index].emailClicked
            total += 1
            if wasOpened { opened += 1 }
            if wasClicked { clicked += 1 }
            if wasOpened && wasClicked { clickedAndOpened += 1 }
            if isConverted {
                conversions += 1
                if wasOpened { openedConverted += 1 } else { notOpenedConverted += 1 }
                if wasClicked { clickedConverted += 1 }
                if let minutes = activities[index].timeToOpenMinutes {
                    openMinutes += Double(minutes)
                    openCount += 1
                }
                if let minutes = activities[index].timeToClickMinutes {
                    clickMinutes += Double(minutes)
                    clickCount += 1
                }
                opensConverted += Double(activities[index].emailOpenCount)
                convertedSends += 1
            } else {
                opensOther += Double(activities[index].emailOpenCount)
                otherSends += 1
            }
        }
        guard total > 0 else { return nil }
        let openConversion = opened > 0 ? Double(openedConverted) / Double(opened) * 100 : 0
        let notOpenedConversion = total - opened > 0 ? Double(notOpenedConverted) / Double(total - opened) * 100 : 0
        let clickConversion = clicked > 0 ? Double(clickedConverted) / Double(clicked) * 100 : 0
        let baseline = Double(conversions) / Double(total) * 100
        let openLift = baseline > 0 ? openConversion / baseline : 1.0
        let clickLift = baseline > 0 ? clickConversion / baseline : 1.0
        let avgOpensConverted = convertedSends > 0 ? opensConverted / Double(convertedSends) : 0
        let avgOpensOther = otherSends > 0 ? opensOther / Double(otherSends) : 0
        return HowPattern.EmailEngagementCorrelation(
            sampleSize: total, openRate: OutputRounding.round(Double(opened) / Double(total) * 100, places: 2),
            clickRate: OutputRounding.round(Double(clicked) / Double(total) * 100, places: 2),
            clickToOpenRate: opened > 0 ? OutputRounding.round(Double(clickedAndOpened) / Double(opened) * 100, places: 2) : 0,
            conversionRateIfOpened: OutputRounding.round(openConversion, places: 2),
            conversionRateIfNotOpened: OutputRounding.round(notOpenedConversion, places: 2),
            conversionRateIfClicked: OutputRounding.round(clickConversion, places: 2),
            openConversionLift: OutputRounding.round(openLift, places: 2),
            clickConversionLift: OutputRounding.round(clickLift, places: 2),
            avgOpensConverted: OutputRounding.round(avgOpensConverted, places: 1),
            avgOpensNotConverted: OutputRounding.round(avgOpensOther, places: 1),
            avgTimeToOpenConverted: openCount > 0 ? OutputRounding.round(openMinutes / Double(openCount), places: 0) : 0,
            avgTimeToClickConverted: clickCount > 0 ? OutputRounding.round(clickMinutes / Double(clickCount), places: 0) : 0,
            insights: HowPattern.EmailEngagementCorrelation.insights(
                openLift: openLift, clickLift: clickLift, avgOpensConverted: avgOpensConverted,
                avgOpensNotConverted: avgOpensOther))
    }

    /// Conversation quality per channel over threads started within the window.
    static func conversationQuality(_ threads: [ConversationThreadRecord],
                                    cutoff: Timestamp) -> [String: HowPattern.ConversationQuality] {
        struct Tally {
            var threads = 0, converted = 0
            var messages = 0.0, messageCount = 0, leadMessages = 0.0, leadMessageCount = 0
            var response = 0.0, responseCount = 0
            var sentiments = Counter<String>()
        }
        var channels: [String: Tally] = [:]
        for thread in threads where thread.createdAt >= cutoff {
            guard let channel = thread.channel, !channel.isEmpty else { continue }
            var tally = channels[channel, default: Tally()]
            tally.threads += 1
            if thread.outcome == "converted" || thread.outcome == "meeting_booked" { tally.converted += 1 }
            if let count = thread.messageCount {
                tally.messages += Double(count)
                tally.messageCount += 1
            }
            if let count = thread.theirMessageCount {
                tally.leadMessages += Double(count)
                tally.leadMessageCount += 1
            }
            if let minutes = thread.avgTheirResponseMinutes {
                tally.response += minutes
                tally.responseCount += 1
            }
            for sentiment in thread.inboundSentiments { tally.sentiments.add(sentiment) }
            channels[channel] = tally
        }
        var result: [String: HowPattern.ConversationQuality] = [:]
        for (channel, tally) in channels {
            func average(_ sum: Double, _ count: Int, _ places: Int) -> Double {
                count > 0 ? OutputRounding.round(sum / Double(count), places: places) : 0
            }
            result[channel] = HowPattern.ConversationQuality(
                threadCount: tally.threads, avgMessagesPerThread: average(tally.messages, tally.messageCount, 1),
                avgLeadMessages: average(tally.leadMessages, tally.leadMessageCount, 1),
                avgLeadResponseMinutes: average(tally.response, tally.responseCount, 0),
                conversionRate: OutputRounding.round(Double(tally.converted) / Double(tally.threads) * 100, places: 2),
                sentimentDistribution: zip(tally.sentiments.keys, tally.sentiments.counts).map {
                    HowPattern.SentimentCount(sentiment: $0.0, cnt: $0.1)
                })
        }
        return result
    }
}
