/// How a prospect's contact form answered a test submission: the input of the seed's
/// response-score algorithm.
public struct AutoresponderTest: Hashable, Sendable {
    /// What kind of reply arrived.
    public enum ReplyStyle: String, Hashable, Sendable, CaseIterable {
        /// A reply written for the enquiry.
        case personalized
        /// A canned reply.
        case generic
        /// No reply content to judge.
        case none
    }

    /// Whether an automatic reply was sent.
    public var hasAutoresponder: Bool
    /// How long the reply took; `nil` when none arrived.
    public var responseTime: Duration?
    /// How personal the reply was.
    public var replyStyle: ReplyStyle

    /// Creates a test result.
    public init(hasAutoresponder: Bool, responseTime: Duration?, replyStyle: ReplyStyle) {
        self.hasAutoresponder = hasAutoresponder
        self.responseTime = responseTime
        self.replyStyle = replyStyle
    }
}
