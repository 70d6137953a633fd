/// The keyword tables shared by the content producer (snapshot features) and the WHAT
/// detector, lower case, in the reference's order.
public enum ContentVocabulary {
    /// Pain-point categories and their keywords; a category matches when any keyword is a
    /// substring of the lower-cased body ("time" also matches "sometimes").
    public static let painPoints: [(category: String, keywords: [String])] = [
        ("leads", ["leads", "pipeline", "prospects", "opportunities", "qualified", "mql", "sql", "inbound", "lead gen"]),
        ("revenue", ["revenue", "sales", "growth", "roi", "profit", "income", "deals", "closed", "won", "booking"]),
        ("time", ["time", "hours", "manual", "automate", "efficiency", "busy", "bandwidth", "overwhelmed", "tedious",
                  "repetitive"]),
        ("scaling", ["scale", "scaling", "growth", "capacity", "bandwidth", "hire", "team", "expand", "growing",
                     "bottleneck"]),
        ("competition", ["competitors", "competition", "market share", "behind", "catching up", "losing", "threat",
                         "outpace"]),
        ("cost", ["cost", "expensive", "budget", "waste", "spending", "save", "afford", "price", "investment", "roi"]),
        ("quality", ["quality", "results", "performance", "outcomes", "better", "improve", "consistent", "reliable"]),
        ("clients", ["clients", "customers", "retention", "churn", "satisfaction", "referrals", "testimonials",
                     "reviews"]),
    ]

    /// Calls to action, in priority order: the first one found in the body is recorded.
    public static let callsToAction: [String] = [
        "open to a quick chat", "worth 15 minutes", "worth a conversation", "free audit", "free analysis",
        "quick call", "schedule a call", "book a time", "interested in learning", "happy to share", "let me know",
        "thoughts?", "make sense to connect", "grab 15 minutes", "coffee chat", "worth exploring", "quick question",
    ]

    /// Message angles and their keywords; one body can hit several angles.
    public static let angles: [(angle: String, keywords: [String])] = [
        ("roi_focused", ["roi", "return", "revenue", "profit", "save", "increase", "boost"]),
        ("social_proof", ["clients like", "companies like", "case study", "helped", "worked with"]),
        ("curiosity", ["noticed", "wondering", "quick question", "curious", "saw that"]),
        ("fear_based", ["missing out", "losing", "behind", "risk", "problem", "struggle"]),
        ("value_add", ["free", "complimentary", "audit", "analysis", "no cost"]),
        ("authority", ["expert", "specialist", "experience", "trusted", "leading"]),
    ]

    /// Words that mark a reference to recent news (the regex
    /// `(noticed|saw|congrats|congratulations|just saw|read about|heard about)`).
    public static let recentNews: [String] = [
        "noticed", "saw", "congrats", "congratulations", "just saw", "read about", "heard about",
    ]

    /// Words that mark a mutual connection.
    public static let mutualConnection: [String] = ["mutual", "connection", "referred", "introduced", "recommended"]

    static let painPointAutomaton = KeywordAutomaton(groups: painPoints.map(\.keywords))
    static let callToActionAutomaton = KeywordAutomaton(groups: callsToAction.map { [$0] })
    static let angleAutomaton = KeywordAutomaton(groups: angles.map(\.keywords))
    static let personalizationAutomaton = KeywordAutomaton(groups: [recentNews, mutualConnection])
}
