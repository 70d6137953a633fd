/// The value pools the synthetic generator draws from (with weights).
enum SyntheticVocabulary {
    static let titles: [(String, Double)] = [
        ("CEO", 6), ("Chief Executive Officer", 3), ("Founder", 6), ("Co-Founder", 3), ("CMO", 4), ("VP Marketing", 4),
        ("Marketing Director", 6), ("Director of Sales", 5), ("CTO", 3), ("Operations Manager", 8),
        ("Account Executive", 8), ("Head of Growth", 6), ("Marketing Coordinator", 5), ("Managing Director", 4),
    ]
    static let industries: [(String, Double)] = [
        ("SaaS", 3), ("Healthcare", 2), ("Financial Services", 2), ("Retail", 2), ("Manufacturing", 2),
        ("Marketing and Advertising", 2), ("Education", 1),
    ]
    static let timezones: [(name: String, offsetMinutes: Int, weight: Double)] = [
        ("Australia/Sydney", 600, 4), ("America/New_York", -300, 3), ("Europe/London", 0, 2), ("Asia/Singapore", 480, 1),
    ]
    static let firstNames = ["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
                             "Harper", "Rowan", "Sage", "Emerson", "Finley", "Parker"]
    static let lastNames = ["Smith", "Nguyen", "Patel", "Garcia", "Brown", "Lee", "Wilson", "Martin"]
    static let openers = ["Hi {name},", "Hey {name},", "Hello,"]
    static let painSentences = [
        "I noticed your team is spending hours on manual prospecting every week.",
        "Most agencies struggle to scale their pipeline without adding headcount.",
        "We helped companies like yours increase qualified meetings by 40% in a quarter.",
        "Rising costs and a tight budget make every lead count this year.",
    ]
    static let middle = "Our outbound program books meetings with decision makers in your market, "
        + "and the first results usually arrive within a few weeks of launch."
    static let callsToAction = [
        "Open to a quick chat next week?", "Worth a conversation?", "Would a quick call on Thursday work?",
        "Happy to share a free audit of your outbound.",
    ]
    static let signature = "Best,\nChris from Northwind Growth"
    static let subjects = ["Quick question about your pipeline", "Idea for your team", "Re: outbound at your company",
                           "Thought about your growth", "Question for you", "Scaling outbound", "{first_name}, a quick idea",
                           "Meetings with decision makers"]
    static let objections = ["price", "timing", "already_have_vendor", "no_budget", "not_decision_maker"]
    static let lostReasons = ["price_too_high", "chose_competitor", "no_budget", "timing_not_right", "went_silent"]
    static let models = ["claude-sonnet-4", "gpt-4o"]
    static let prompts = ["v1", "v2"]

    /// Authority points of a raw title (the generator's stand-in for the ALS scorer).
    static func authority(_ title: String) -> Int {
        switch title {
        case "CEO", "Chief Executive Officer", "Founder", "Co-Founder": return 25
        case "CMO", "CTO": return 22
        case "VP Marketing": return 18
        case "Marketing Director", "Director of Sales", "Managing Director", "Head of Growth": return 15
        case "Operations Manager": return 7
        default: return 5
        }
    }
}
