import AgencyOS

/// The lowest ALS score at which each outreach channel may be used.
///
/// ``tierMap`` (the default) follows the tier table: email from cold (20), LinkedIn from
/// cool (35), voice from warm (60), SMS and direct mail only for hot leads (85).
/// ``reference`` adds the reference engines' voice ≥ 70 send gate. A policy can only be
/// stricter than the tier map, never looser.
public struct ChannelPolicy: Hashable, Sendable {
    /// Minimum score for email.
    public let email: Int
    /// Minimum score for LinkedIn.
    public let linkedin: Int
    /// Minimum score for voice.
    public let voice: Int
    /// Minimum score for SMS.
    public let sms: Int
    /// Minimum score for direct mail.
    public let mail: Int

    /// The tier map: email 20, LinkedIn 35, voice 60, SMS 85, mail 85.
    public static let tierMap = ChannelPolicy(unchecked: 20, 35, 60, 85, 85)
    /// The default policy: the tier map.
    public static let `default` = tierMap
    /// The reference's send-time gates: the tier map with voice from 70.
    public static let reference = ChannelPolicy(stricterMinimums: [.voice: 70])

    private init(unchecked email: Int, _ linkedin: Int, _ voice: Int, _ sms: Int, _ mail: Int) {
        self.email = email
        self.linkedin = linkedin
        self.voice = voice
        self.sms = sms
        self.mail = mail
    }

    /// The tier map with some channels raised: each minimum is the larger of the tier
    /// map's and the one given, so no channel opens below its tier.
    public init(stricterMinimums: [ChannelType: Int]) {
        let base = Self.tierMap
        func pick(_ channel: ChannelType) -> Int {
            max(base.minimumScore(for: channel), stricterMinimums[channel] ?? Int.min)
        }
        self.init(unchecked: pick(.email), pick(.linkedin), pick(.voice), pick(.sms), pick(.mail))
    }

    /// The lowest score at which `channel` may be used.
    public func minimumScore(for channel: ChannelType) -> Int {
        switch channel {
        case .email: return email
        case .linkedin: return linkedin
        case .voice: return voice
        case .sms: return sms
        case .mail: return mail
        }
    }

    /// Whether `channel` may be used for a lead with `score` (`nil` = unscored: never).
    public func allows(_ channel: ChannelType, score: Int?) -> Bool {
        refusal(for: channel, score: score) == nil
    }

    /// The channels open to `score`, in the order email, LinkedIn, voice, SMS, mail.
    public func channels(forScore score: Int?) -> [ChannelType] {
        Self.channelOrder.filter { allows($0, score: score) }
    }

    /// The refusal for sending on `channel` to a lead with `score`, or `nil` when allowed.
    public func refusal(for channel: ChannelType, score: Int?) -> ChannelRefusal? {
        let required = minimumScore(for: channel)
        guard let score else {
            return ChannelRefusal(channel: channel, score: nil, requiredScore: required, reason: .unscored)
        }
        guard (0...100).contains(score) else {
            return ChannelRefusal(channel: channel, score: score, requiredScore: required, reason: .invalidScore)
        }
        guard score >= required else {
            return ChannelRefusal(channel: channel, score: score, requiredScore: required, reason: .belowMinimum)
        }
        return nil
    }

    /// The guard outreach calls before sending: returns when `channel` is allowed for
    /// `score`, throws the typed refusal otherwise.
    public func authorize(_ channel: ChannelType, score: Int?) throws(ChannelRefusal) {
        if let refusal = refusal(for: channel, score: score) { throw refusal }
    }

    /// The guard for a `leads` row (its `als_score`; the stored tier is not consulted).
    public func authorize(_ channel: ChannelType, for lead: Lead) throws(ChannelRefusal) {
        try authorize(channel, score: lead.alsScore)
    }

    /// The guard for a `lead_pool` row (its `als_score`).
    public func authorize(_ channel: ChannelType, for lead: LeadPool) throws(ChannelRefusal) {
        try authorize(channel, score: lead.alsScore)
    }

    static let channelOrder: [ChannelType] = [.email, .linkedin, .voice, .sms, .mail]
}

extension ALSTier {
    /// The channels the tier opens under the tier map: hot all five (email, LinkedIn, voice,
    /// SMS, mail), warm email, LinkedIn and voice, cool email and LinkedIn, cold email, dead none.
    public var channels: [ChannelType] { ChannelPolicy.tierMap.channels(forScore: minimumScore) }
}
