/// A channel sequence template of the synthetic generator: the channels of a lead's touches,
/// in order (repeated when a lead has more touches than the template).
public enum SyntheticSequence: String, CaseIterable, Codable, Hashable, Sendable {
    /// email → email → email …
    case emailOnly = "email_only"
    /// email → linkedin → email → linkedin …
    case emailThenLinkedIn = "email_then_linkedin"
    /// linkedin → email → email …
    case linkedInFirst = "linkedin_first"
    /// email → voice → email …
    case emailThenVoice = "email_then_voice"

    /// The channel pattern, cycled over the touches.
    var pattern: [String] {
        switch self {
        case .emailOnly: return ["email"]
        case .emailThenLinkedIn: return ["email", "linkedin"]
        case .linkedInFirst: return ["linkedin", "email", "email"]
        case .emailThenVoice: return ["email", "voice", "email"]
        }
    }

    /// Share of leads on the template.
    var share: Double {
        switch self {
        case .emailOnly: return 0.4
        case .emailThenLinkedIn: return 0.3
        case .linkedInFirst: return 0.15
        case .emailThenVoice: return 0.15
        }
    }
}

/// Leads matching a title and/or industry convert `multiplier` times as often.
public struct SegmentEffect: Hashable, Codable, Sendable {
    /// The title, compared after ``TitleNormalizer`` (so "CEO" covers "Chief Executive Officer"); `nil` = any.
    public var title: String?
    /// The industry, exactly; `nil` = any.
    public var industry: String?
    /// The conversion multiplier.
    public var multiplier: Double

    /// Creates the effect.
    public init(title: String? = nil, industry: String? = nil, multiplier: Double) {
        self.title = title
        self.industry = industry
        self.multiplier = multiplier
    }
}

/// Touches sent on an ISO weekday within a local-hour range are `multiplier` times as likely
/// to be the converting touch (and to be replied to).
public struct TimingEffect: Hashable, Codable, Sendable {
    /// ISO weekday, Monday = 1 … Sunday = 7, in the lead's time zone.
    public var isoWeekday: Int
    /// Local hours (e.g. 9..<10).
    public var hours: Range<Int>
    /// The weight multiplier.
    public var multiplier: Double

    /// Creates the effect.
    public init(isoWeekday: Int, hours: Range<Int>, multiplier: Double) {
        self.isoWeekday = isoWeekday
        self.hours = hours
        self.multiplier = multiplier
    }
}

/// Leads on a channel sequence convert `multiplier` times as often.
public struct SequenceEffect: Hashable, Codable, Sendable {
    /// The sequence template.
    public var sequence: SyntheticSequence
    /// The conversion multiplier.
    public var multiplier: Double

    /// Creates the effect.
    public init(sequence: SyntheticSequence, multiplier: Double) {
        self.sequence = sequence
        self.multiplier = multiplier
    }
}

/// Touches whose body uses a call to action are `multiplier` times as likely to convert.
public struct CallToActionEffect: Hashable, Codable, Sendable {
    /// The CTA phrase (one of ``ContentVocabulary/callsToAction`` the generator uses).
    public var callToAction: String
    /// The weight multiplier.
    public var multiplier: Double

    /// Creates the effect.
    public init(callToAction: String, multiplier: Double) {
        self.callToAction = callToAction
        self.multiplier = multiplier
    }
}

/// The effects the synthetic generator plants, so tests and benchmarks can check that the
/// detectors recover them (and find nothing with ``none``).
public struct PlantedEffects: Hashable, Codable, Sendable {
    /// Lead-level title/industry effects.
    public var segments: [SegmentEffect]
    /// Touch-level day/hour effects.
    public var timing: [TimingEffect]
    /// Lead-level channel-sequence effects.
    public var sequences: [SequenceEffect]
    /// Touch-level CTA effects.
    public var callsToAction: [CallToActionEffect]
    /// Conversion multiplier of leads in a new role.
    public var newRoleMultiplier: Double
    /// Conversion multiplier of leads whose company is hiring.
    public var hiringMultiplier: Double
    /// Conversion multiplier of leads whose company was recently funded.
    public var fundedMultiplier: Double
    /// Conversion multiplier per campaign index (missing = 1).
    public var campaignMultipliers: [Double]

    /// Creates a set of effects (none by default).
    public init(segments: [SegmentEffect] = [], timing: [TimingEffect] = [], sequences: [SequenceEffect] = [],
                callsToAction: [CallToActionEffect] = [], newRoleMultiplier: Double = 1, hiringMultiplier: Double = 1,
                fundedMultiplier: Double = 1, campaignMultipliers: [Double] = []) {
        self.segments = segments
        self.timing = timing
        self.sequences = sequences
        self.callsToAction = callsToAction
        self.newRoleMultiplier = newRoleMultiplier
        self.hiringMultiplier = hiringMultiplier
        self.fundedMultiplier = fundedMultiplier
        self.campaignMultipliers = campaignMultipliers
    }

    /// No effect: every segment, time and channel converts alike.
    public static let none = PlantedEffects()

    /// CEOs in SaaS convert 3×; Tuesday 9–10 am touches convert 2×; email→linkedin
    /// sequences convert 2× email-only.
    public static let standard = PlantedEffects(
        segments: [SegmentEffect(title: "CEO", industry: "SaaS", multiplier: 3)],
        timing: [TimingEffect(isoWeekday: 2, hours: 9..<10, multiplier: 2)],
        sequences: [SequenceEffect(sequence: .emailThenLinkedIn, multiplier: 2)])
}

/// What to generate.
public struct SyntheticConfiguration: Hashable, Codable, Sendable {
    /// The seed: the same seed and `now` give identical data.
    public var seed: UInt64
    /// Leads to generate.
    public var leadCount: Int
    /// Outbound touches per lead.
    public var touchesPerLead: ClosedRange<Int>
    /// Conversion probability of a lead with no effect.
    public var baseConversionRate: Double
    /// Share of leads still in sequence (no outcome yet).
    public var openLeadShare: Double
    /// Campaigns the leads are spread over.
    public var campaignCount: Int
    /// Whether to generate meetings, deals and stage changes for converted leads.
    public var includeFunnel: Bool
    /// The planted effects.
    public var effects: PlantedEffects

    /// Creates a configuration.
    public init(seed: UInt64 = 42, leadCount: Int = 10_000, touchesPerLead: ClosedRange<Int> = 3...6,
                baseConversionRate: Double = 0.1, openLeadShare: Double = 0.1, campaignCount: Int = 3,
                includeFunnel: Bool = true, effects: PlantedEffects = .standard) {
        self.seed = seed
        self.leadCount = leadCount
        self.touchesPerLead = touchesPerLead
        self.baseConversionRate = baseConversionRate
        self.openLeadShare = openLeadShare
        self.campaignCount = campaignCount
        self.includeFunnel = includeFunnel
        self.effects = effects
    }
}
