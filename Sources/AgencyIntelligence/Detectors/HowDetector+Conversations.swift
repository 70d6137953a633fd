import AgencyCore
import AgencyOS

extension HowDetector {
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
