import AgencyCore

/// An ALS tier (CHECK on `als_tier`): the band of the 0–100 lead score.
public enum ALSTier: String, SchemaEnum, Comparable {
    /// 85–100: every channel.
    case hot
    /// 60–84: email, LinkedIn, voice.
    case warm
    /// 35–59: email, LinkedIn.
    case cool
    /// 20–34: email only.
    case cold
    /// 0–19: no outreach.
    case dead

    /// The tier of a score: ≥ 85 hot, ≥ 60 warm, ≥ 35 cool, ≥ 20 cold, else dead.
    public init(score: Int) {
        switch score {
        case 85...: self = .hot
        case 60...: self = .warm
        case 35...: self = .cool
        case 20...: self = .cold
        default: self = .dead
        }
    }

    /// The lowest score in the tier.
    public var minimumScore: Int {
        switch self {
        case .hot: return 85
        case .warm: return 60
        case .cool: return 35
        case .cold: return 20
        case .dead: return 0
        }
    }

    /// Orders tiers from dead (lowest) to hot (highest).
    public static func < (lhs: ALSTier, rhs: ALSTier) -> Bool { lhs.minimumScore < rhs.minimumScore }
}
