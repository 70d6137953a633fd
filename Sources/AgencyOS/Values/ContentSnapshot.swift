import AgencyCore

/// The JSONB of `activities.content_snapshot`: the features of a sent message that the
/// WHAT detector learns from. Every field is optional; unknown keys are kept in ``extra``
/// so a row read and written back is unchanged.
public struct ContentSnapshot: Codable, Hashable, Sendable {
    /// The subject line.
    public var subject: String?
    /// The message body.
    public var body: String?
    /// Pain-point categories the body addresses.
    public var painPointsUsed: [String]?
    /// The call-to-action phrase used.
    public var ctaUsed: String?
    /// The channel the message went out on (`email` when absent).
    public var channel: String?
    /// Words in the body.
    public var wordCount: Int?
    /// Characters in the body.
    public var charCount: Int?
    /// The body names the lead's company.
    public var hasCompanyMention: Bool?
    /// The body uses the lead's first name.
    public var hasFirstName: Bool?
    /// The body refers to recent news.
    public var hasRecentNews: Bool?
    /// The body mentions a mutual connection.
    public var hasMutualConnection: Bool?
    /// The body names the lead's industry.
    public var hasIndustrySpecific: Bool?
    /// The touch number within the sequence.
    public var touchNumber: Int?
    /// The sequence the message belongs to.
    public var sequenceId: String?
    /// When the message was sent.
    public var sentAt: Timestamp?
    /// ISO weekday the message was sent (Monday = 1 … Sunday = 7).
    public var dayOfWeek: Int?
    /// Hour of day the message was sent (0–23).
    public var hourOfDay: Int?
    /// Words in the subject.
    public var subjectWordCount: Int?
    /// Any other keys, preserved unchanged.
    public var extra: [String: JSONValue]

    /// Creates a snapshot.
    public init(subject: String? = nil, body: String? = nil, painPointsUsed: [String]? = nil, ctaUsed: String? = nil,
                channel: String? = nil, wordCount: Int? = nil, charCount: Int? = nil, hasCompanyMention: Bool? = nil,
                hasFirstName: Bool? = nil, hasRecentNews: Bool? = nil, hasMutualConnection: Bool? = nil,
                hasIndustrySpecific: Bool? = nil, touchNumber: Int? = nil, sequenceId: String? = nil,
                sentAt: Timestamp? = nil, dayOfWeek: Int? = nil, hourOfDay: Int? = nil, subjectWordCount: Int? = nil,
                extra: [String: JSONValue] = [:]) {
        self.subject = subject
        self.body = body
        self.painPointsUsed = painPointsUsed
        self.ctaUsed = ctaUsed
        self.channel = channel
        self.wordCount = wordCount
        self.charCount = charCount
        self.hasCompanyMention = hasCompanyMention
        self.hasFirstName = hasFirstName
        self.hasRecentNews = hasRecentNews
        self.hasMutualConnection = hasMutualConnection
        self.hasIndustrySpecific = hasIndustrySpecific
        self.touchNumber = touchNumber
        self.sequenceId = sequenceId
        self.sentAt = sentAt
        self.dayOfWeek = dayOfWeek
        self.hourOfDay = hourOfDay
        self.subjectWordCount = subjectWordCount
        self.extra = extra
    }

    enum Key: String, CaseIterable {
        case subject, body, channel
        case painPointsUsed = "pain_points_used", ctaUsed = "cta_used", wordCount = "word_count"
        case charCount = "char_count", hasCompanyMention = "has_company_mention", hasFirstName = "has_first_name"
        case hasRecentNews = "has_recent_news", hasMutualConnection = "has_mutual_connection"
        case hasIndustrySpecific = "has_industry_specific", touchNumber = "touch_number", sequenceId = "sequence_id"
        case sentAt = "sent_at", dayOfWeek = "day_of_week", hourOfDay = "hour_of_day"
        case subjectWordCount = "subject_word_count"

        var key: AnyCodingKey { AnyCodingKey(rawValue) }
    }

    /// Decodes the known keys and keeps the rest in ``extra``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        subject = try c.decodeIfPresent(String.self, forKey: Key.subject.key)
        body = try c.decodeIfPresent(String.self, forKey: Key.body.key)
        painPointsUsed = try c.decodeIfPresent([String].self, forKey: Key.painPointsUsed.key)
        ctaUsed = try c.decodeIfPresent(String.self, forKey: Key.ctaUsed.key)
        channel = try c.decodeIfPresent(String.self, forKey: Key.channel.key)
        wordCount = try c.decodeIfPresent(Int.self, forKey: Key.wordCount.key)
        charCount = try c.decodeIfPresent(Int.self, forKey: Key.charCount.key)
        hasCompanyMention = try c.decodeIfPresent(Bool.self, forKey: Key.hasCompanyMention.key)
        hasFirstName = try c.decodeIfPresent(Bool.self, forKey: Key.hasFirstName.key)
        hasRecentNews = try c.decodeIfPresent(Bool.self, forKey: Key.hasRecentNews.key)
        hasMutualConnection = try c.decodeIfPresent(Bool.self, forKey: Key.hasMutualConnection.key)
        hasIndustrySpecific = try c.decodeIfPresent(Bool.self, forKey: Key.hasIndustrySpecific.key)
        touchNumber = try c.decodeIfPresent(Int.self, forKey: Key.touchNumber.key)
        sequenceId = try c.decodeIfPresent(String.self, forKey: Key.sequenceId.key)
        sentAt = try c.decodeIfPresent(Timestamp.self, forKey: Key.sentAt.key)
        dayOfWeek = try c.decodeIfPresent(Int.self, forKey: Key.dayOfWeek.key)
        hourOfDay = try c.decodeIfPresent(Int.self, forKey: Key.hourOfDay.key)
        subjectWordCount = try c.decodeIfPresent(Int.self, forKey: Key.subjectWordCount.key)
        let known = Set(Key.allCases.map(\.rawValue))
        var rest: [String: JSONValue] = [:]
        for key in c.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
        extra = rest
    }

    /// Encodes the known keys (omitting absent ones) and ``extra``.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        try c.encodeIfPresent(subject, forKey: Key.subject.key)
        try c.encodeIfPresent(body, forKey: Key.body.key)
        try c.encodeIfPresent(painPointsUsed, forKey: Key.painPointsUsed.key)
        try c.encodeIfPresent(ctaUsed, forKey: Key.ctaUsed.key)
        try c.encodeIfPresent(channel, forKey: Key.channel.key)
        try c.encodeIfPresent(wordCount, forKey: Key.wordCount.key)
        try c.encodeIfPresent(charCount, forKey: Key.charCount.key)
        try c.encodeIfPresent(hasCompanyMention, forKey: Key.hasCompanyMention.key)
        try c.encodeIfPresent(hasFirstName, forKey: Key.hasFirstName.key)
        try c.encodeIfPresent(hasRecentNews, forKey: Key.hasRecentNews.key)
        try c.encodeIfPresent(hasMutualConnection, forKey: Key.hasMutualConnection.key)
        try c.encodeIfPresent(hasIndustrySpecific, forKey: Key.hasIndustrySpecific.key)
        try c.encodeIfPresent(touchNumber, forKey: Key.touchNumber.key)
        try c.encodeIfPresent(sequenceId, forKey: Key.sequenceId.key)
        try c.encodeIfPresent(sentAt, forKey: Key.sentAt.key)
        try c.encodeIfPresent(dayOfWeek, forKey: Key.dayOfWeek.key)
        try c.encodeIfPresent(hourOfDay, forKey: Key.hourOfDay.key)
        try c.encodeIfPresent(subjectWordCount, forKey: Key.subjectWordCount.key)
        for (key, value) in extra { try c.encode(value, forKey: AnyCodingKey(key)) }
    }
}
