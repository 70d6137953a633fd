/// The country groups company fit rewards, and the one country table both scoring paths share.
public enum ALSCountryGroup: String, CaseIterable, Codable, Hashable, Sendable {
    /// Australia: 7 points.
    case australia
    /// New Zealand, the United States and the United Kingdom: 4 points.
    case englishSpeaking = "english_speaking"

    /// Company-fit points of the group.
    public var points: Int {
        switch self {
        case .australia: return 7
        case .englishSpeaking: return 4
        }
    }

    /// Every accepted spelling (names and ISO 3166 alpha-2 / alpha-3 codes), matched trimmed,
    /// case-insensitively, word by word, with dots ignored ("U.S.A." = "usa").
    public static let spellings: [(text: String, group: ALSCountryGroup)] = [
        ("australia", .australia), ("au", .australia), ("aus", .australia),
        ("commonwealth of australia", .australia),
        ("new zealand", .englishSpeaking), ("nz", .englishSpeaking), ("nzl", .englishSpeaking),
        ("aotearoa", .englishSpeaking),
        ("united states", .englishSpeaking), ("united states of america", .englishSpeaking),
        ("us", .englishSpeaking), ("usa", .englishSpeaking),
        ("united kingdom", .englishSpeaking),
        ("united kingdom of great britain and northern ireland", .englishSpeaking),
        ("uk", .englishSpeaking), ("gb", .englishSpeaking), ("gbr", .englishSpeaking),
        ("great britain", .englishSpeaking), ("britain", .englishSpeaking), ("england", .englishSpeaking),
        ("scotland", .englishSpeaking), ("wales", .englishSpeaking), ("northern ireland", .englishSpeaking),
    ]

    private static let table = WordTable(spellings.map { ($0.text, $0.group) }, skippingDots: true)

    /// The group of a country name or code, or `nil`.
    public init?(country: String?) {
        guard let country, let key = TextScan.phraseKey(of: country, skippingDots: true),
              let group = Self.table[key] else { return nil }
        self = group
    }
}
