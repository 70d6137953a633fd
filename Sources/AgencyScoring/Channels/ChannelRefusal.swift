import AgencyOS

/// Why outreach on a channel was refused: names the channel, the lead's score and tier, and
/// the score the channel needs.
public struct ChannelRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the send was refused.
    public enum Reason: String, Codable, Hashable, Sendable {
        /// The lead has no ALS score.
        case unscored
        /// The score is outside 0–100 (corrupt data).
        case invalidScore = "invalid_score"
        /// The score is below the channel's minimum.
        case belowMinimum = "below_minimum"
    }

    /// The channel refused.
    public let channel: ChannelType
    /// The lead's score (`nil` when unscored).
    public let score: Int?
    /// The lead's tier (`nil` when unscored or the score is invalid).
    public let tier: ALSTier?
    /// The lowest score the channel accepts.
    public let requiredScore: Int
    /// Why.
    public let reason: Reason

    /// Creates a refusal; the tier is derived from the score.
    public init(channel: ChannelType, score: Int?, requiredScore: Int, reason: Reason) {
        self.channel = channel
        self.score = score
        self.tier = score.flatMap { (0...100).contains($0) ? ALSTier(score: $0) : nil }
        self.requiredScore = requiredScore
        self.reason = reason
    }

    /// A sentence for logs and people, e.g. "sms refused: ALS 72 (warm) is below 85".
    public var description: String {
        switch reason {
        case .unscored:
            return "\(channel.rawValue) refused: the lead has no ALS score (needs \(requiredScore))"
        case .invalidScore:
            return "\(channel.rawValue) refused: ALS \(score.map(String.init) ?? "?") is outside 0–100"
        case .belowMinimum:
            let tierText = tier.map { " (\($0.rawValue))" } ?? ""
            return "\(channel.rawValue) refused: ALS \(score.map(String.init) ?? "?")\(tierText) is below \(requiredScore)"
        }
    }
}
