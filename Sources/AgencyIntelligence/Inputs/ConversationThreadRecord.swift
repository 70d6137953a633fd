import AgencyCore
import AgencyOS
import Foundation

/// A conversation thread as the HOW detector reads it (`conversation_threads`, which Agency OS
/// does not model), with the sentiments of its inbound messages (`thread_messages`).
///
/// Decodes from a `row_to_json` row of `conversation_threads`; `inbound_sentiments` is
/// optional in the row and is filled by the caller from `thread_messages`.
public struct ConversationThreadRecord: Codable, Hashable, Sendable {
    /// The thread.
    public var id: UUID
    /// The channel of the thread.
    public var channel: String?
    /// When the thread started.
    public var createdAt: Timestamp
    /// Messages in the thread.
    public var messageCount: Int?
    /// Messages from the lead.
    public var theirMessageCount: Int?
    /// The lead's mean response time in minutes.
    public var avgTheirResponseMinutes: Double?
    /// The thread's outcome (`converted`, `meeting_booked`, `rejected`, …).
    public var outcome: String?
    /// The sentiment of each inbound message that has one.
    public var inboundSentiments: [String]

    /// Creates a record.
    public init(id: UUID, channel: String?, createdAt: Timestamp, messageCount: Int? = nil,
                theirMessageCount: Int? = nil, avgTheirResponseMinutes: Double? = nil, outcome: String? = nil,
                inboundSentiments: [String] = []) {
        self.id = id
        self.channel = channel
        self.createdAt = createdAt
        self.messageCount = messageCount
        self.theirMessageCount = theirMessageCount
        self.avgTheirResponseMinutes = avgTheirResponseMinutes
        self.outcome = outcome
        self.inboundSentiments = inboundSentiments
    }

    enum CodingKeys: String, CodingKey {
        case id, channel, outcome
        case createdAt = "created_at", messageCount = "message_count", theirMessageCount = "their_message_count"
        case avgTheirResponseMinutes = "avg_their_response_minutes", inboundSentiments = "inbound_sentiments"
    }

    /// Decodes a row; a missing `inbound_sentiments` is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        channel = try container.decodeIfPresent(String.self, forKey: .channel)
        createdAt = try container.decode(Timestamp.self, forKey: .createdAt)
        messageCount = try container.decodeIfPresent(Int.self, forKey: .messageCount)
        theirMessageCount = try container.decodeIfPresent(Int.self, forKey: .theirMessageCount)
        avgTheirResponseMinutes = try container.decodeIfPresent(Double.self, forKey: .avgTheirResponseMinutes)
        outcome = try container.decodeIfPresent(String.self, forKey: .outcome)
        inboundSentiments = try container.decodeIfPresent([String].self, forKey: .inboundSentiments) ?? []
    }
}
